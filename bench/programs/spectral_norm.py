"""Spectral norm: the largest singular value of the infinite matrix
A[i][j] = 1 / ((i + j)(i + j + 1) / 2 + i + 1), approximated by power iteration
on A^T A truncated to n x n."""
import _harness


def a(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times_a(v, n):
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(i, j) * v[j]
        out.append(total)
    return out


def times_at(v, n):
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(j, i) * v[j]
        out.append(total)
    return out


def times_ata(v, n):
    return times_at(times_a(v, n), n)


def run(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = 0.0
    vv = 0.0
    for x, y in zip(u, v):
        vbv += x * y
        vv += y * y
    return _harness.fmt((vbv / vv) ** 0.5, 10)


SIZES = {"tiny": 20, "normal": 200}
EXPECTED = {"tiny": '1.273839841', "normal": '1.274223601'}

if __name__ == "__main__":
    _harness.main("spectral_norm", run, SIZES, EXPECTED)
