"""Unpack sequence: tuple and list unpacking (and packing) in tight loops,
including starred targets and swaps."""
import _harness


def run(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    l = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    acc = 0
    for i in range(n):
        a, b, c, d, e, f, g, h, j, k = t
        acc += a + k
        a, b, c, d, e, f, g, h, j, k = l
        acc += b - j
        x, y = i, acc
        x, y = y, x
        acc = (acc + x - y) & 0xFFFFFF
        first, *middle, last = t
        acc += first + last + len(middle)
        p, (q, r), s = 1, (i & 7, 3), 4
        acc += p + q + r + s
        a, b, c = l[i % 3], l[(i + 1) % 3], l[(i + 2) % 3]
        a, b, c = c, a, b
        acc += a - b + c
    return acc


SIZES = {"tiny": 2000, "normal": 250000}
EXPECTED = {"tiny": 4269223, "normal": 2120475}

if __name__ == "__main__":
    _harness.main("unpack_sequence", run, SIZES, EXPECTED)
