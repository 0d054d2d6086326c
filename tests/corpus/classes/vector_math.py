# A 2-D vector class combining operators, comparisons, hashing and iteration.

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __iter__(self):
        yield self.x
        yield self.y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __eq__(self, other):
        return isinstance(other, Vec) and tuple(self) == tuple(other)
    def __hash__(self):
        return hash(tuple(self))
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y) if isinstance(other, Vec) else NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y) if isinstance(other, Vec) else NotImplemented
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y  # dot product
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x  # 2-D cross product
    def __getitem__(self, i):
        return (self.x, self.y)[i]

a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 2 * a, a * b, a @ b, -a, abs(a), a / 2)
print(bool(Vec()), bool(a), a == Vec(3, 4), a != b, a[0], a[-1], list(a), tuple(b))
x, y = a
print(x, y, dict.fromkeys([a, Vec(3, 4), b]))
total = Vec()
for v in [Vec(1, 1), Vec(2, 3), Vec(-1, 0)]:
    total += v
print(total, sum([Vec(1, 2), Vec(3, 4)], Vec()))

# Polygon area via the shoelace formula using the cross product operator
square = [Vec(0, 0), Vec(4, 0), Vec(4, 4), Vec(0, 4)]
tri = [Vec(0, 0), Vec(5, 0), Vec(0, 3)]
def area(poly):
    return abs(sum(p @ q for p, q in zip(poly, poly[1:] + poly[:1]))) / 2
print(area(square), area(tri))

# Sorting by magnitude then angle-ish key
pts = [Vec(3, 4), Vec(-1, 0), Vec(0, 2), Vec(1, 1), Vec(0, -5)]
print(sorted(pts, key=lambda p: (abs(p), p.x)))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
