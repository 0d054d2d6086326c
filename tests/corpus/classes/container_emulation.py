# A sparse array emulating a mutable sequence: __getitem__/__setitem__/__delitem__ with slices.

class SparseArray:
    def __init__(self, size, default=0):
        self.size = size
        self.default = default
        self.data = {}

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(f"indices must be integers or slices, not {type(i).__name__}")
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("SparseArray index out of range")
        return i

    def __len__(self):
        return self.size

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(self.size))]
        return self.data.get(self._index(key), self.default)

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            for i, v in zip(range(*key.indices(self.size)), value):
                self[i] = v
            return
        i = self._index(key)
        if value == self.default:
            self.data.pop(i, None)
        else:
            self.data[i] = value

    def __delitem__(self, key):
        i = self._index(key)
        self.data = {(j - 1 if j > i else j): v for j, v in self.data.items() if j != i}
        self.size -= 1

    def __repr__(self):
        return f"SparseArray({list(self)}, stored={len(self.data)})"

a = SparseArray(8)
a[2] = 5
a[-1] = 9
a[0:8:3] = [1, 1, 1]
print(a)
print(a[2], a[-2], a[1:4], a[::-2], len(a))
a[2] = 0
del a[0]
print(a)
for bad in (100, "x", 2.0):
    try:
        a[bad]
    except (IndexError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
print(9 in a, 7 in a, list(reversed(a)), sum(a), max(a))
print(a.index(9) if hasattr(a, "index") else [i for i, v in enumerate(a) if v == 9])

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, pos):
        r, c = pos
        if isinstance(r, slice):
            return [row[c] for row in self.rows[r]]
        return self.rows[r][c]
    def __setitem__(self, pos, value):
        r, c = pos
        self.rows[r][c] = value
m = Matrix([[1, 2, 3], [4, 5, 6]])
m[1, 1] = 50
print(m[0, 2], m[1, 1], m[:, 0], m[1, 1:])
