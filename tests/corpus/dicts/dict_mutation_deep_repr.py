# setdefault compares once, update notices a source cleared by __eq__, fromkeys keeps the
# stored hashes, deeply nested reprs raise RecursionError, list subclasses with __new__
import sys

class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)

h1 = Hashed()
y = {h1: 5}
h2 = Hashed()
y.setdefault(h2, [])
print(h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)

class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False

other = dict((i, 0) for i in range(1, 100))
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("RuntimeError", e)

class HashCounting(int):
    count = 0
    def __hash__(self):
        HashCounting.count += 1
        return int.__hash__(self)

keys = dict.fromkeys(map(HashCounting, range(10)))
print(HashCounting.count)
d2 = dict.fromkeys(set(keys))
d3 = dict.fromkeys(frozenset(keys), 1)
d4 = dict.fromkeys(keys, 2)
print(HashCounting.count, sorted(d2), sorted(d3.values()), d4 == dict.fromkeys(range(10), 2))

for make in (lambda x: {1: x}, lambda x: [x]):
    v = None
    for i in range(sys.getrecursionlimit() + 100):
        v = make(v)
    try:
        repr(v)
        print("no error")
    except RecursionError as e:
        print("RecursionError", e)
print(repr([[[1]]]), {1: {2: (3, [4])}})
l = [1]
l.append(l)
print(l)

class WithNew(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self

u = WithNew([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)
class Plain(list):
    pass
try:
    Plain(sequence=())
except TypeError as e:
    print("TypeError", e)

class Bad:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return 1
    def __eq__(self, o):
        self.s.clear()
        return False

s = set()
src = {}
for i in range(20):
    src[Bad(src)] = i
s = {Bad(src) for i in range(5)}
try:
    s.symmetric_difference_update(src)
    s.difference(src)
    print("done")
except RuntimeError as e:
    print("RuntimeError", e)
