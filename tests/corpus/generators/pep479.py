# PEP 479: a StopIteration escaping a generator body becomes RuntimeError.

def leaky(items):
    it = iter(items)
    while True:
        yield next(it)  # StopIteration escapes when it is exhausted

try:
    print(list(leaky([1, 2, 3])))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, "| context is cause:", e.__context__ is e.__cause__)

def safe(items):
    it = iter(items)
    while True:
        try:
            value = next(it)
        except StopIteration:
            return
        yield value

print(list(safe([1, 2, 3])))

def explicit():
    yield 1
    raise StopIteration("manual")

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def with_value():
    yield "x"
    return "final value"

g = with_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)

# Plain iterators (not generators) may raise StopIteration freely
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))

def subclass_stop():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop
try:
    list(subclass_stop())
except RuntimeError as e:
    print("RuntimeError for subclass:", e, type(e.__cause__).__name__)

genexp = (next(iter([])) for _ in range(1))
try:
    list(genexp)
except RuntimeError as e:
    print("genexp RuntimeError:", e)
print(next(iter([]), "default works"))
