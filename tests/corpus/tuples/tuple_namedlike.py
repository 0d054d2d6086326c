# A small record type built on tuple subclassing
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

p = Point(1, 2)
q = p + (10, 20)
print(p, q, p.x, q.y, len(q), q[0], tuple(q), list(p))
print(p == (1, 2), isinstance(p, tuple), type(p).__name__, type(p[:1]).__name__, p[:1])
print(sorted([Point(3, 1), Point(1, 5), Point(1, 2)]))
print({p: "origin-ish"}[(1, 2)], hash(p) == hash((1, 2)))
x, y = q
print(x, y)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(p * 2, type(p * 2).__name__, (0, 0) + p, type((0, 0) + p).__name__)
path = [Point(0, 0)]
for step in [(1, 0), (0, 1), (1, 1), (-2, 0)]:
    path.append(path[-1] + step)
print(path)
print(max(path, key=lambda pt: pt.x + pt.y), min(path))
