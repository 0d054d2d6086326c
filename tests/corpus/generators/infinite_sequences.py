# Infinite generators consumed in bounded ways: primes, fibonacci, cycling.

def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1

def take(n, iterable):
    result = []
    for x in iterable:
        if len(result) == n:
            break
        result.append(x)
    return result

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def cycle(items):
    saved = list(items)
    while saved:
        yield from saved

def zip_longest_pair(a, b, fill=None):
    ia, ib = iter(a), iter(b)
    while True:
        x = next(ia, fill)
        y = next(ib, fill)
        if x is fill and y is fill:
            return
        yield x, y

print(take(15, primes()))
print(take(12, fibonacci()))
fib_iter = fibonacci()
for value in fib_iter:
    if value > 10_000:
        print("first fib over 10000:", value)
        break
print("next after break continues:", next(fib_iter))
print(take(7, cycle("abc")), take(3, cycle([])))
print(list(zip_longest_pair([1, 2, 3], "ab", fill="-")))
print(list(zip(naturals(), "xyz")))

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
longest = max(range(1, 30), key=lambda s: sum(1 for _ in collatz(s)))
print(longest, list(collatz(longest))[:8])

def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("ab", [1, 2, 3], ())))
print(take(5, (p for p in primes() if p % 10 == 3)))
