# Generator expressions: laziness, single use, scoping and use as arguments.

def noisy(n):
    for i in range(n):
        print(f"  produce {i}")
        yield i

squares = (x * x for x in noisy(3))
print("created")
print("first:", next(squares))
print("rest:", list(squares))
print("again:", list(squares))

print(sum(x for x in range(101)))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "ab1"))
print(", ".join(str(n) for n in range(5)))
print(sorted((w for w in "the quick brown fox".split()), key=len))
print(max((len(s), s) for s in ["aa", "b", "ccc"]))
print(dict((k, v) for k, v in zip("abc", range(3))))
print(tuple(x for x in "xyz" if x != "y"))

# The outermost iterable is evaluated immediately, even if never iterated
try:
    g = (x for x in 42)
except TypeError as e:
    print("TypeError at creation:", e)

def lazy_error():
    raise ValueError("inner iterable")
g = (y for x in [1] for y in lazy_error())
print("inner iterable not evaluated yet")
try:
    next(g)
except ValueError as e:
    print("ValueError on first next:", e)

gen = (i for i in range(3))
print(type(gen).__name__, gen.__name__, iter(gen) is gen)

# Nested generator expressions
grid = ((r, c) for r in range(2) for c in range(3) if r != c)
print(list(grid))
total = sum(sum(row) for row in ([1, 2], [3, 4], [5]))
print(total)

# Chaining generator expressions keeps memory constant and order lazy
nums = (n for n in range(1, 1_000_000_000))
evens = (n for n in nums if n % 2 == 0)
big = (n * 10 for n in evens)
print([next(big) for _ in range(5)])

# Generator expression closes over loop variable of enclosing function
def multipliers():
    return [(lambda x, k=k: x * k) for k in range(3)]
print([f(10) for f in multipliers()])
data = [3, 1, 2]
g = (d for d in data)
data.append(99)
data = [0]
print(list(g))
