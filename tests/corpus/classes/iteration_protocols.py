# __iter__/__next__, the __getitem__ fallback, __contains__ and __reversed__.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __contains__(self, x):
        print(f"  __contains__({x})")
        return isinstance(x, int) and 0 < x <= self.start
c = Countdown(4)
print(list(c), list(reversed(c)), 3 in c, 9 in c, 2 not in c)
class Squares:
    """Old-style sequence: only __getitem__, iteration stops at IndexError."""
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
s = Squares()
print(list(s), 16 in s, 15 in s, list(reversed([*s])))
it = iter(s)
print(type(it).__name__, next(it), next(it))
try:
    reversed(s)
except TypeError as e:
    print("TypeError:", e)

class ManualIter:
    def __init__(self, data):
        self.data = data
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        self.i += 1
        return self.data[self.i - 1].upper()
m = ManualIter("abc")
print([x for x in m], list(m))
class SeqWithLen:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
print(list(reversed(SeqWithLen("xyz"))), "y" in SeqWithLen("xyz"))
class NotIterable:
    pass
for op in (lambda: iter(NotIterable()), lambda: 1 in NotIterable(), lambda: list(NotIterable())):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)

class IterReturnsNonIterator:
    def __iter__(self):
        return [1, 2]
try:
    iter(IterReturnsNonIterator())
except TypeError as e:
    print("TypeError:", e)

class NoContainsButIter:
    def __iter__(self):
        print("  iterating for 'in'")
        return iter([1, 2, 3])
print(2 in NoContainsButIter())
a, b, *rest = Countdown(5)
print(a, b, rest, sum(Countdown(10)), dict(zip(Countdown(3), "abc")))
