# Indexing errors and messages
a = [10, 20, 30]
for i in [0, 2, -1, -3, 3, -4, 10 ** 20]:
    try:
        print(i, a[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
for key in ["0", 1.0, None, (0,), [0]]:
    try:
        print(a[key])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a[3] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[-4]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[1.5] = 0
except TypeError as e:
    print(type(e).__name__, e)
print(a[True], a[False:], a[-10:10], a[::2], a[1:-1])

class Idx:
    def __index__(self):
        return 2

print(a[Idx()], a[Idx():], a[:Idx()], a.pop(Idx()), a)
x, y = a
print(x, y)
try:
    x, y, z = a
except ValueError as e:
    print(type(e).__name__, e)
try:
    (x,) = a
except ValueError as e:
    print(type(e).__name__, e)
first, *rest = [1, 2, 3, 4]
*init, last = [1, 2, 3, 4]
print(first, rest, init, last)
try:
    p, q, *r = [1]
except ValueError as e:
    print(type(e).__name__, e)
empty = []
try:
    empty[0]
except IndexError as e:
    print(type(e).__name__, e)
print(empty[0:1], empty[-1:], empty[::-1])
