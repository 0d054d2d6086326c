# Class patterns with __match_args__, keyword patterns and nested classes.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

class Rect:
    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h

class Square(Rect):
    def __init__(self, corner, side):
        super().__init__(corner, side, side)

def describe(shape):
    match shape:
        case Point(0, 0):
            return "point at origin"
        case Point(x, 0) | Point(0, x):
            return f"point on an axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal point {x}"
        case Point():
            return f"point ({shape.x}, {shape.y})"
        case Circle(Point(0, 0), r):
            return f"circle at origin, r={r}"
        case Circle(center=Point(x, y), radius=r) if r > 10:
            return f"big circle at ({x}, {y})"
        case Circle(c, r):
            return f"circle r={r}"
        case Square(w=side):
            return f"square side {side}"
        case Rect(corner=Point(x, y), w=w, h=h):
            return f"rect {w}x{h} at ({x}, {y})"
        case _:
            return "unknown"
shapes = [Point(0, 0), Point(5, 0), Point(0, -3), Point(2, 2), Point(1, 4),
          Circle(Point(0, 0), 3), Circle(Point(1, 1), 20), Circle(Point(1, 1), 2),
          Square(Point(0, 0), 4), Rect(Point(1, 2), 3, 5), "not a shape"]
for s in shapes:
    print(describe(s))

class NoArgs:
    pass
match NoArgs():
    case NoArgs():
        print("bare class pattern is isinstance check")
try:
    match NoArgs():
        case NoArgs(x):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(a, b, c):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(a, x=b):
            pass
except TypeError as e:
    print("TypeError:", e)

class Lazy:
    __match_args__ = ("value",)
    @property
    def value(self):
        print("  (value property read)")
        return 99
match Lazy():
    case Lazy(v) if v > 50:
        print("lazy matched", v)
