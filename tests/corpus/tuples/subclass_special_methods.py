# Subclasses of tuple and list that override item access and iteration: the
# interpreter's fast paths for exact tuples and lists must not bypass them.


class T(tuple):
    def __getitem__(self, i):
        return ("T", i)

    def __iter__(self):
        return iter(["a", "b"])


class L(list):
    def __getitem__(self, i):
        return ("L", i)

    def __setitem__(self, i, v):
        print("L set", i, v)

    def __iter__(self):
        return iter(["c", "d"])


t = T((1, 2))
lst = L([3, 4])
print(t[0], t[-1], lst[0], lst[1])
lst[0] = 9
print(list.__getitem__(lst, 0), tuple.__getitem__(t, 1))
x, y = t
print(x, y)
x, y = lst
print(x, y)
print([v for v in t], [v for v in lst])
first, *rest = t
print(first, rest)
try:
    a, b, c = t
except ValueError as e:
    print(type(e).__name__, e)
d = {t: 1}
print(d[T((1, 2))], d[(1, 2)])
