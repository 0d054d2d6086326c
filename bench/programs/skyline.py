"""City skyline: the outline of a city's buildings (left, right, height),
computed by divide and conquer (merging two skylines), checked against a
brute-force sweep over all x coordinates on a smaller city."""
import _harness


def merge_skylines(a, b):
    """Merges two skylines, each a list of (x, height) key points."""
    out = []
    i = j = 0
    ha = hb = 0
    while i < len(a) and j < len(b):
        if a[i][0] < b[j][0]:
            x, ha = a[i]
            i += 1
        elif b[j][0] < a[i][0]:
            x, hb = b[j]
            j += 1
        else:
            x, ha = a[i]
            hb = b[j][1]
            i += 1
            j += 1
        h = ha if ha > hb else hb
        if not out or out[-1][1] != h:
            out.append((x, h))
    for rest in (a[i:], b[j:]):
        for point in rest:
            if not out or out[-1][1] != point[1]:
                out.append(point)
    return out


def skyline(buildings, lo, hi):
    if hi - lo == 1:
        left, right, height = buildings[lo]
        return [(left, height), (right, 0)]
    mid = (lo + hi) // 2
    return merge_skylines(skyline(buildings, lo, mid), skyline(buildings, mid, hi))


def brute_force(buildings):
    xs = sorted(set([b[0] for b in buildings] + [b[1] for b in buildings]))
    out = []
    for x in xs:
        h = 0
        for left, right, height in buildings:
            if left <= x < right and height > h:
                h = height
        if not out or out[-1][1] != h:
            out.append((x, h))
    return out


def make_city(rng, n, width):
    city = []
    for _ in range(n):
        left = rng.randint(0, width)
        city.append((left, left + rng.randint(1, width // 20 + 1), rng.randint(1, 500)))
    return city


def run(size):
    n, rounds = size
    rng = _harness.Random(2009)
    checksum = 0
    for _ in range(rounds):
        city = make_city(rng, n, 100000)
        line = skyline(city, 0, len(city))
        for x, h in line:
            checksum = (checksum * 31 + x * 7 + h) % 1000000007
        small = make_city(rng, 120, 1000)
        if skyline(small, 0, len(small)) != brute_force(small):
            return "mismatch with brute force"
    return checksum


SIZES = {"tiny": (100, 1), "normal": (6000, 12)}
EXPECTED = {"tiny": 78791306, "normal": 896537289}

if __name__ == "__main__":
    _harness.main("skyline", run, SIZES, EXPECTED)
