# finally blocks and try/except inside generators during normal exit,
# early close, exceptions and return.

def resource(name, log):
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        log.append(f"close {name}")

log = []
for item in resource("A", log):
    log.append(item)
print(log)

log = []
g = resource("B", log)
log.append(next(g))
g.close()
print(log)

log = []
g = resource("C", log)
next(g)
try:
    g.throw(RuntimeError("abort"))
except RuntimeError as e:
    log.append(f"caught {e}")
print(log)

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

def nested_resources(log):
    for name in ("outer", "inner"):
        log.append(f"enter {name}")
    try:
        try:
            yield "work"
        finally:
            log.append("exit inner")
    finally:
        log.append("exit outer")

log = []
g = nested_resources(log)
next(g)
g.close()
print(log)

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

def break_inside(log):
    gen = resource("D", log)
    try:
        for item in gen:
            if item.endswith("1"):
                return item
    finally:
        gen.close()
log = []
print(break_inside(log), log)
