# repr of nested and recursive lists
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a))
b = []
b.append(b)
b.append(b)
print(b)
c = [1]
d = [c]
c.append(d)
print(c, d)
e = {"self": None}
f = [e]
e["self"] = f
print(f, e)
t = ([],)
t[0].append(t)
print(t)
g = [[], [[]], [[], [[]]]]
print(g, len(g), len(g[2][1]))
print([None, True, 1.0, "s", b"b", (1,), {1}, {}, frozenset()])
print([1, 'it\'s', "q\"q", "\n"])
print([[1, 2], [3, 4]] == [[1, 2], [3, 4]], a[2] is a, a[2][2][2][0])
h = [0, 1]
h[1] = h
print(h == h, h[1][1][1][0])
print(h == [0, [0, [0]]], h != [0, h], [h] == [h])
class Named:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Named({self.n!r})"

print([Named(1), Named("x")], str([Named(None)]))
