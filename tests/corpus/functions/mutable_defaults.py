# Default values are evaluated once, at definition time.

def append_to(item, target=[]):
    target.append(item)
    return target

first = append_to(1)
second = append_to(2)
print(first, second, first is second)
print(append_to(3, []), append_to.__defaults__)

def append_fixed(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_fixed(1), append_fixed(2))

stamp = 0
def next_stamp():
    global stamp
    stamp += 1
    return stamp

def record(event, when=next_stamp()):
    return (event, when)

print(record("a"), record("b"), record("c", next_stamp()), record("d"))

def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]

print(memo_fib(40), len(memo_fib.__defaults__[0]))

def counter(calls={"n": 0}):
    calls["n"] += 1
    return calls["n"]
print(counter(), counter(), counter({"n": 100}), counter())

x = 5
def uses_x(v=x):
    return v
x = 6
print(uses_x(), x)
uses_x.__defaults__ = (42,)
print(uses_x())

def make(default):
    def inner(v=default):
        return v
    return inner
print(make("A")(), make("B")(), make([1])())

class Basket:
    def __init__(self, items=[]):
        self.items = items
    def add(self, x):
        self.items.append(x)

b1, b2 = Basket(), Basket()
b1.add("apple")
print(b2.items, Basket.__init__.__defaults__)
