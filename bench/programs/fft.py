"""FFT: a recursive radix-2 Cooley-Tukey transform and an iterative in-place
one on Python complex numbers, checked against each other, then used to
multiply two big numbers digit-wise (convolution) and checked modulo primes."""
import cmath
import math

import _harness


def fft_recursive(xs, invert):
    n = len(xs)
    if n == 1:
        return list(xs)
    even = fft_recursive(xs[0::2], invert)
    odd = fft_recursive(xs[1::2], invert)
    sign = 1 if invert else -1
    out = [0j] * n
    half = n // 2
    for k in range(half):
        t = cmath.exp(sign * 2j * math.pi * k / n) * odd[k]
        out[k] = even[k] + t
        out[k + half] = even[k] - t
    return out


def fft_iterative(xs, invert):
    a = list(xs)
    n = len(a)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j ^= bit
        if i < j:
            a[i], a[j] = a[j], a[i]
    length = 2
    while length <= n:
        angle = (2 if invert else -2) * math.pi / length
        wlen = complex(math.cos(angle), math.sin(angle))
        half = length // 2
        for start in range(0, n, length):
            w = 1 + 0j
            for k in range(start, start + half):
                u = a[k]
                v = a[k + half] * w
                a[k] = u + v
                a[k + half] = u - v
                w *= wlen
        length *= 2
    return a


def multiply(x_digits, y_digits):
    n = 1
    while n < len(x_digits) + len(y_digits):
        n *= 2
    fa = fft_iterative([complex(d) for d in x_digits] + [0j] * (n - len(x_digits)), False)
    fb = fft_iterative([complex(d) for d in y_digits] + [0j] * (n - len(y_digits)), False)
    prod = fft_iterative([p * q for p, q in zip(fa, fb)], True)
    digits = []
    carry = 0
    for c in prod:
        v = int(round(c.real / n)) + carry
        digits.append(v % 10)
        carry = v // 10
    while carry:
        digits.append(carry % 10)
        carry //= 10
    while len(digits) > 1 and digits[-1] == 0:
        digits.pop()
    return digits


def digits_mod(digits, prime):
    """The number whose little-endian decimal digits are given, modulo prime."""
    v = 0
    for d in reversed(digits):
        v = (v * 10 + d) % prime
    return v


def run(n):
    rng = _harness.Random(3)
    signal = [complex(rng.random() - 0.5, rng.random() - 0.5) for _ in range(n)]
    r = fft_recursive(signal, False)
    it = fft_iterative(signal, False)
    worst = max(abs(p - q) for p, q in zip(r, it))
    if worst > 1e-6:
        return "transforms differ by %g" % worst
    back = fft_iterative(it, True)
    if max(abs(b / n - s) for b, s in zip(back, signal)) > 1e-9:
        return "inverse transform is wrong"
    x = [rng.randint(0, 9) for _ in range(n // 2)]
    y = [rng.randint(0, 9) for _ in range(n // 2)]
    digits = multiply(x, y)
    # check the product modulo two primes (Horner over the digits)
    for prime in (1000000007, 998244353):
        if digits_mod(digits, prime) != digits_mod(x, prime) * digits_mod(y, prime) % prime:
            return "product is wrong"
    energy = sum(abs(c) ** 2 for c in it) / n
    return "%d %s" % (len(digits), _harness.fmt(energy, 8))


SIZES = {"tiny": 256, "normal": 16384}
EXPECTED = {"tiny": '255 40.958253', "normal": '16384 2711.4638'}

if __name__ == "__main__":
    _harness.main("fft", run, SIZES, EXPECTED)
