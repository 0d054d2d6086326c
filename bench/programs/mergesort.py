"""Mergesort: a top-down recursive mergesort and a bottom-up iterative one, in
pure Python, on pseudo-random integers and on (key, index) tuples (stability)."""
import _harness


def merge(left, right):
    out = []
    i = j = 0
    nl = len(left)
    nr = len(right)
    while i < nl and j < nr:
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    if i < nl:
        out.extend(left[i:])
    if j < nr:
        out.extend(right[j:])
    return out


def mergesort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    return merge(mergesort(items[:mid]), mergesort(items[mid:]))


def mergesort_bottom_up(items, key):
    src = list(items)
    n = len(src)
    dst = [None] * n
    width = 1
    while width < n:
        for lo in range(0, n, 2 * width):
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i, j, k = lo, mid, lo
            while i < mid and j < hi:
                if key(src[j]) < key(src[i]):
                    dst[k] = src[j]
                    j += 1
                else:
                    dst[k] = src[i]
                    i += 1
                k += 1
            while i < mid:
                dst[k] = src[i]
                i += 1
                k += 1
            while j < hi:
                dst[k] = src[j]
                j += 1
                k += 1
        src, dst = dst, src
        width *= 2
    return src


def first(pair):
    return pair[0]


def run(n):
    rng = _harness.Random(1234)
    data = [rng.randint(0, 1000000) for _ in range(n)]
    a = mergesort(data)
    pairs = [(rng.randint(0, 100), i) for i in range(n)]
    b = mergesort_bottom_up(pairs, first)
    checksum = 0
    for i in range(1, n):
        if a[i - 1] > a[i] or b[i - 1][0] > b[i][0]:
            return "unsorted at %d" % i
        if b[i - 1][0] == b[i][0] and b[i - 1][1] > b[i][1]:
            return "unstable at %d" % i
    for i in range(0, n, 97):
        checksum = (checksum * 31 + a[i] + b[i][1]) % 1000000007
    return checksum


SIZES = {"tiny": 500, "normal": 40000}
EXPECTED = {"tiny": 790198411, "normal": 948505393}

if __name__ == "__main__":
    _harness.main("mergesort", run, SIZES, EXPECTED)
