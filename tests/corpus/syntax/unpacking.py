# Iterable unpacking in assignments, for loops and displays.

a, b = 1, 2
a, b = b, a
print(a, b)

first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *rest = [1]
print(head, rest)

(x, y), [z, *w] = (1, 2), "abc"
print(x, y, z, w)

for i, (name, score) in enumerate([("ann", 9), ("bob", 7)]):
    print(i, name, score)

for k, *vals in [(1, 2, 3), (4,), (5, 6)]:
    print(k, vals)

merged = [*range(3), *"xy", *(10, 11)]
print(merged)
combined = {**{"a": 1, "b": 2}, "b": 20, **{"c": 3}}
print(combined)
print({*[1, 2], *(2, 3)} == {1, 2, 3})
t = *range(2), 5
print(t)

def pair():
    return "left", "right"

l, r = pair()
print(l, r)

errors = [
    "a, b = [1, 2, 3]",
    "a, b, c = [1, 2]",
    "a, *b, c = [1]",
    "a, b = 5",
    "a, = []",
]
for src in errors:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# Assignment targets evaluated left to right
data = [0, 0, 0]
i = 0
i, data[i] = 2, 99
print(i, data)
obj = {}
obj["k"], obj["j"] = obj["j"], obj["k"] = 1, 2
print(obj)
x = y = [7]
x.append(8)
print(y)
