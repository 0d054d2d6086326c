"""Float: build many 3-D points from trigonometric functions, normalise them and
fold them to the component-wise maximum. Exercises float arithmetic, small
objects with attributes and method calls."""
import math

import _harness


class Point(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        x = math.sin(i)
        self.x = x
        self.y = math.cos(i) * 3.0
        self.z = (x * x) / 2.0

    def normalize(self):
        length = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= length
        self.y /= length
        self.z /= length

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    total = 0.0
    for p in points:
        total += p.x - p.y + p.z
    return "%s %s %s %s" % (_harness.fmt(best.x), _harness.fmt(best.y), _harness.fmt(best.z),
                            _harness.fmt(total, 8))


SIZES = {"tiny": 2000, "normal": 150000}
EXPECTED = {"tiny": '0.894369175 1 0.447180906 318.81115', "normal": '0.894427189 1 0.447213595 23931.497'}

if __name__ == "__main__":
    _harness.main("float", run, SIZES, EXPECTED)
