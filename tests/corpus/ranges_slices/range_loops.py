# Loops driven by range with computed bounds
n = 12
fizz = []
for i in range(1, n + 1):
    fizz.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
print(" ".join(fizz))
rows = 5
for r in range(rows):
    print(" " * (rows - r - 1) + "*" * (2 * r + 1))
for r in range(rows - 1, -1, -2):
    print(r, list(range(r, -1, -r if r else -1)))
table = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in table:
    print("".join(f"{v:4}" for v in row))
acc = []
for i in range(3):
    for j in range(i, 3):
        for k in range(j, 3):
            acc.append((i, j, k))
print(len(acc), acc[:5], acc[-1])
step_counts = [len(range(0, 100, s)) for s in range(1, 11)]
print(step_counts)
print([len(range(a, b)) for a, b in [(0, 0), (5, 2), (-5, 5), (3, 4)]])
collatz = 27
steps = 0
while collatz != 1:
    collatz = collatz // 2 if collatz % 2 == 0 else 3 * collatz + 1
    steps += 1
print(steps)
for i in range(3):
    pass
print(i)
for i in range(0):
    pass
print(i)
