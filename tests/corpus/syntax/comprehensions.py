# List, set, dict comprehensions and generator expressions, nested and filtered.

matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [x for row in matrix for x in row if x % 2 == 0]
print(flat)
pairs = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2]
print(pairs)
squares = {n: n * n for n in range(6) if n != 3}
print(squares)
inverted = {v: k for k, v in squares.items()}
print(inverted)
lengths = {len(w) for w in "a bb cc ddd e".split()}
print(sorted(lengths))
gen = (c.upper() for c in "abc")
print(next(gen), list(gen), list(gen))
print(sum(x * x for x in range(10)), max((len(w), w) for w in ["hi", "hello", "hey"]))

# Conditional expressions inside comprehensions
labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)

# Nested comprehension that builds a multiplication table
table = "\n".join(" ".join(f"{r * c:3d}" for c in range(1, 6)) for r in range(1, 6))
print(table)

# The first iterable is evaluated eagerly, the rest lazily
log = []
def src(name, items):
    log.append(name)
    return items
g = (x + y for x in src("outer", [1, 2]) for y in src("inner", [10, 20]))
print("after creating generator:", log)
print(list(g), log)

# Loop variable does not leak
x = "outer x"
_ = [x for x in range(3)]
print(x)

# Comprehension over dict with tuple unpacking and sorted output
stock = {"pear": 4, "fig": 0, "plum": 7, "kiwi": 2}
restock = sorted(name for name, qty in stock.items() if qty < 3)
print(restock)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [v for v in words if v[0] == w[0]] for w in words}
print(by_letter)
print([[y for y in range(x)] for x in range(4)])
print([i for i in range(20) if i % 2 if i % 3])
