# del on names, items, slices and attributes, and the errors that follow.

x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

nums = list(range(10))
del nums[0]
del nums[-1]
print(nums)
del nums[1:3]
print(nums)
del nums[::2]
print(nums)
a, b, c = 1, 2, 3
del a, c
print("b" in dir(), "a" in dir(), "c" in dir())

d = {"k1": 1, "k2": 2, "k3": 3}
del d["k2"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)

class Node:
    def __init__(self):
        self.value = 1
        self.extra = 2

n = Node()
del n.extra
print(sorted(vars(n)))
try:
    del n.extra
except AttributeError as e:
    print("AttributeError:", e)

def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(f())

grid = [[1, 2], [3, 4]]
del grid[0][1], grid[1]
print(grid)

def g():
    z = 1
    def inner():
        return z
    del z
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(g())

for i in range(3):
    pass
del i
try:
    i
except NameError as e:
    print("NameError:", e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print("TypeError:", e)
