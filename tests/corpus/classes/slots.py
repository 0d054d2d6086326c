# __slots__: fixed attributes, no __dict__, inheritance and errors.

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
p.x = 10
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
print(type(Point.x).__name__)

class Point3D(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
q = Point3D(1, 2, 3)
print(q.x, q.y, q.z, hasattr(q, "__dict__"))

class Loose(Point):
    pass
l = Loose(0, 0)
l.anything = "allowed"
print(l.anything, sorted(l.__dict__))

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)

class Single:
    __slots__ = "only"
s = Single()
s.only = "string slots means one slot"
print(s.only, Single.__slots__)

class Empty:
    __slots__ = ()
try:
    Empty().attr = 1
except AttributeError as e:
    print("AttributeError:", e)

class Vec:
    __slots__ = ("coords",)
    def __init__(self, *c):
        self.coords = c
    def __repr__(self):
        return f"Vec{self.coords}"
print([Vec(i, i * 2) for i in range(3)])
print(sorted(n for n in dir(Point) if not n.startswith("__")))
