# Generators whose finally blocks return or yield: what close() and next() do then.

def return_in_finally():
    try:
        yield 1
        yield 2
    finally:
        return "finally wins"

g = return_in_finally()
next(g)
try:
    next(g)
    next(g)
except StopIteration as e:
    print("StopIteration:", e.value)

g = return_in_finally()
next(g)
print("close with return in finally:", g.close())

def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "from finally"

g = yield_in_finally()
print(list(g))
g = yield_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(g)
except GeneratorExit:
    print("resuming re-raised the pending GeneratorExit")
print("leftover:", next(g, "none"))


def counts_closes():
    closes = 0
    while True:
        try:
            yield closes
        except GeneratorExit:
            closes += 1
            return
g = counts_closes()
print(next(g), g.close(), g.close(), next(g, "finished"))
