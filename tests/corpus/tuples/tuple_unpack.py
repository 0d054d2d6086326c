# Tuple packing and unpacking, swaps, and star-targets
a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z), w = 1, (2, 3), 4
print(x, y, z, w)
first, *middle, last = (10, 20, 30, 40, 50)
print(first, middle, last, type(middle).__name__)
*head, = (1, 2)
print(head)
(p, q), r = "ab", "c"
print(p, q, r)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
def pair():
    return 3, 4
s, t = pair()
print(s, t, pair())
def too_many():
    a, b = (1, 2, 3)

def too_few():
    a, b, c = (1, 2)

def not_iterable():
    a, b = 5

def star_short():
    a, *b, c = (1,)

for bad in [too_many, too_few, not_iterable, star_short]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u, v = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    u, v = {"only": 1}
except ValueError as e:
    print(type(e).__name__, e)
u, v = {"k1": 1, "k2": 2}
print(u, v)
data = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*data)
print(nums, names)
print(*data, sep=" | ")
print(tuple(reversed((1, 2, 3))), tuple(sorted((3, 1, 2))))
i = j = k = 0
i, j, k = j + 1, i + 2, k + 3
print(i, j, k)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 2, 9
print(idx, lst)
