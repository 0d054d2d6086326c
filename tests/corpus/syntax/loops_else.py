# for/while with break, continue and else clauses; nested loops.

def find(haystack, needle):
    for i, item in enumerate(haystack):
        if item == needle:
            print(f"found {needle!r} at {i}")
            break
    else:
        print(f"{needle!r} not found")

find(["a", "b", "c"], "b")
find(["a", "b", "c"], "z")
find([], "a")

primes = []
for n in range(2, 40):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    if steps > 1000:
        break
else:
    print("collatz reached 1 in", steps, "steps")

i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("while finished, i =", i)

for row in range(3):
    for col in range(3):
        if col > row:
            break
        print(f"({row},{col})", end=" ")
    print()

def search(grid, target):
    for r, line in enumerate(grid):
        for c, v in enumerate(line):
            if v == target:
                return r, c
    return None
print(search([[1, 2], [3, 4]], 4), search([[1]], 9))

for x in range(3):
    try:
        if x == 1:
            continue
        print("body", x)
    finally:
        print("finally", x)
for ch in "abc":
    pass
print("loop var after loop:", ch)
while False:
    pass
else:
    print("else of never-run while")
