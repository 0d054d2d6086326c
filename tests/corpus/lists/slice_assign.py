# Slice assignment and deletion, including extended slices
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[2:2] = ["inserted", "twice"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [99, 100]
print(a)
a[-3:] = []
print(a)
a[1:3] = "xy"
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[::-3] = ["R"] * len(a[::-3])
print(a)
b = list(range(8))
b[5:1:-1] = "WXYZ"
print(b)
b[10:20] = [7]
print(b)
b[-100:1] = ["head"]
print(b)
b[3:1] = ["between"]
print(b)
for bad in [lambda: b.__setitem__(slice(None, None, 2), [1, 2]),
            lambda: b.__setitem__(slice(None, None, -1), []),
            lambda: b.__setitem__(slice(0, 2), 5),
            lambda: b.__setitem__(slice(None, None, 0), []),
            lambda: b.__setitem__(20, "x"),
            lambda: b.__setitem__("k", "x")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
c = list(range(12))
del c[::3]
print(c)
del c[-1::-2]
print(c)
del c[1:3]
print(c)
del c[100:]
del c[:]
print(c)
d = [1, 2, 3]
try:
    del d[5]
except IndexError as e:
    print(type(e).__name__, e)
d[:] = d + d
print(d)
e = [1, 2, 3, 4]
e[1:3] = e
print(e)
f = [0, 1, 2, 3, 4, 5]
f[1::2] = reversed(f[1::2])
print(f)
