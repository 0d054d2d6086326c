# iter() with a sentinel, next() with default, reversed()
values = iter([3, 1, 4])
print(next(values), next(values), next(values), next(values, "exhausted"), next(values, None))
try:
    next(values)
except StopIteration as e:
    print("StopIteration", e.args)
counter = [0]

def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 5)), counter)
lines = ["alpha", "beta", "", "gamma"]
pos = iter(range(len(lines)))
print(list(iter(lambda: lines[next(pos)], "")))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter([1], None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
for bad in [{1, 2}, 5, iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)

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

class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 11

print(list(Countdown(4)), list(iter(Seq())), list(reversed(Seq())), 22 in Seq())
it = iter(Countdown(2))
print(it is iter(it), next(it), next(it), next(it, "end"))
