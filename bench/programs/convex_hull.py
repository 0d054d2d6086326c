"""Convex hull: Andrew's monotone-chain algorithm and a gift-wrapping (Jarvis
march) pass on pseudo-random points; both must find the same hull."""
import _harness


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def monotone_chain(points):
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts
    lower = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def gift_wrap(points):
    pts = list(set(points))
    start = min(pts)
    hull = []
    current = start
    while True:
        hull.append(current)
        candidate = pts[0] if pts[0] != current else pts[1]
        for p in pts:
            if p == current:
                continue
            turn = cross(current, candidate, p)
            if turn < 0:
                candidate = p
            elif turn == 0:
                # collinear: keep the farther point
                d1 = (candidate[0] - current[0]) ** 2 + (candidate[1] - current[1]) ** 2
                d2 = (p[0] - current[0]) ** 2 + (p[1] - current[1]) ** 2
                if d2 > d1:
                    candidate = p
        current = candidate
        if current == start:
            return hull


def area2(hull):
    s = 0
    for i in range(len(hull)):
        x1, y1 = hull[i]
        x2, y2 = hull[(i + 1) % len(hull)]
        s += x1 * y2 - x2 * y1
    return abs(s)


def run(size):
    n, rounds = size
    rng = _harness.Random(99)
    checksum = 0
    for r in range(rounds):
        # points in a disc, so the hull has a fair number of vertices
        points = []
        while len(points) < n:
            x = rng.randint(-10000, 10000)
            y = rng.randint(-10000, 10000)
            if x * x + y * y <= 100000000:
                points.append((x, y))
        h1 = monotone_chain(points)
        h2 = gift_wrap(points)
        if sorted(h1) != sorted(h2):
            return "hulls differ in round %d" % r
        checksum = (checksum * 131 + len(h1) * 1000003 + area2(h1)) % 1000000007
    return checksum


SIZES = {"tiny": (200, 2), "normal": (4000, 8)}
EXPECTED = {"tiny": 452331097, "normal": 337034652}

if __name__ == "__main__":
    _harness.main("convex_hull", run, SIZES, EXPECTED)
