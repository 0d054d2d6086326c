# Generator object attributes and states across its lifecycle.

def stages():
    print("  running, gi_running =", g.gi_running)
    received = yield "first"
    print("  received", received)
    yield "second"
    return "end"

g = stages()
print("created: suspended", g.gi_suspended, "running", g.gi_running, "frame", g.gi_frame is not None)
print(g.__name__, g.__qualname__, g.gi_code.co_name)
print(next(g))
print("after first: suspended", g.gi_suspended)
print(g.send("hello"))
print(next(g, "exhausted"))
print("done: frame", g.gi_frame, "suspended", g.gi_suspended)

def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def names():
    yield "a"
gen1 = names()
gen1.__name__ = "renamed"
print(gen1.__name__, names().__name__)

class Holder:
    def items(self):
        yield from range(2)
print(Holder().items().__qualname__)

def closed_state():
    try:
        yield 1
    finally:
        pass
c = closed_state()
next(c)
c.close()
print("closed: frame", c.gi_frame, "suspended", c.gi_suspended)
print(list(c), next(c, "nothing"))

def raises():
    yield 1
    raise ValueError("boom")
r = raises()
next(r)
try:
    next(r)
except ValueError as e:
    print("ValueError:", e, "then", next(r, "exhausted after error"))
print(type(iter(stages())).__name__, hasattr(g, "send"), hasattr(g, "__next__"))
