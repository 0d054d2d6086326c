# slice objects: attributes, indices() and repr
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, None, -1))
for sl in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(-100, 100),
           slice(8, 2, -2), slice(None, -1, 3), slice(20, None, -1), slice(0, 0)]:
    print(sl, sl.indices(10), sl.indices(0), sl.indices(3))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice("a", "b").indices(5)
except TypeError as e:
    print(type(e).__name__, e)
data = list(range(10))
for sl in [slice(2, 8), slice(None, None, 3), slice(8, 2, -2), slice(-3, None)]:
    print(sl, data[sl], "abcdefghij"[sl], tuple(data)[sl], range(10)[sl])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice(1, 2) < slice(1, 3), slice("a", [1], {}).stop)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)

class Show:
    def __getitem__(self, key):
        return key

sh = Show()
print(sh[1:2], sh[::], sh[1:2, 3], sh[..., 1], sh[:, None], sh["x":"y":"z"])
start, stop, step = slice(None, None, -2).indices(7)
print(list(range(start, stop, step)), len(range(*slice(1, 100, 7).indices(50))))
