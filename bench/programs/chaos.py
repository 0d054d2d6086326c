"""Chaos: a chaos game whose attractors are B-spline curves. Each step picks a
curve by weight, a point on it (evaluated with de Boor's algorithm on a small
vector class) and moves part of the way towards it; the visited points are
plotted into a grid. Float arithmetic, small objects, method calls."""
import _harness


class V(object):
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def scaled(self, k):
        return V(self.x * k, self.y * k)

    def lerp(self, o, t):
        return V(self.x + (o.x - self.x) * t, self.y + (o.y - self.y) * t)


class BSpline(object):
    """A clamped uniform B-spline of the given degree through control points."""

    def __init__(self, points, degree=3):
        if len(points) <= degree:
            raise ValueError("need more control points than the degree")
        self.points = points
        self.degree = degree
        inner = len(points) - degree
        self.knots = ([0.0] * degree + [float(i) / inner for i in range(inner + 1)]
                      + [1.0] * degree)

    def span(self, u):
        """The index k with knots[k] <= u < knots[k + 1] (the last span for u = 1)."""
        lo = self.degree
        hi = len(self.points) - 1
        if u >= self.knots[hi + 1]:
            return hi
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.knots[mid] <= u:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def __call__(self, u):
        p = self.degree
        k = self.span(u)
        d = [self.points[j + k - p] for j in range(p + 1)]
        knots = self.knots
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                left = knots[j + k - p]
                right = knots[j + 1 + k - r]
                alpha = (u - left) / (right - left)
                d[j] = d[j - 1].lerp(d[j], alpha)
        return d[p]


def make_curves():
    return [
        (BSpline([V(0.0, 0.0), V(0.1, 0.6), V(0.3, 0.9), V(0.5, 1.0), V(0.7, 0.9),
                  V(0.9, 0.6), V(1.0, 0.0)]), 0.45, 4),
        (BSpline([V(0.2, 0.1), V(0.4, 0.4), V(0.6, 0.1), V(0.8, 0.4)]), 0.55, 2),
        (BSpline([V(0.0, 1.0), V(0.3, 0.3), V(0.5, 0.5), V(0.7, 0.7), V(1.0, 0.0)],
                 degree=2), 0.5, 3),
    ]


def run(size):
    steps, width, height = size
    rng = _harness.Random(11)
    curves = make_curves()
    total_weight = sum(w for _, _, w in curves)
    grid = [[0] * width for _ in range(height)]
    point = V(0.5, 0.5)
    for _ in range(steps):
        pick = rng.randint(1, total_weight)
        for curve, ratio, weight in curves:
            pick -= weight
            if pick <= 0:
                break
        target = curve(rng.random())
        point = point.lerp(target, ratio)
        col = int(point.x * (width - 1))
        row = int((1.0 - point.y) * (height - 1))
        if 0 <= col < width and 0 <= row < height:
            grid[row][col] += 1
    checksum = 0
    lit = 0
    for row in grid:
        for cell in row:
            if cell:
                lit += 1
            checksum = (checksum * 31 + cell) % 1000000007
    return "%d %d" % (lit, checksum)


SIZES = {"tiny": (2000, 40, 30), "normal": (60000, 200, 150)}
EXPECTED = {"tiny": '420 566650465', "normal": '11278 178290819'}

if __name__ == "__main__":
    _harness.main("chaos", run, SIZES, EXPECTED)
