# Bitwise operators and shifts, including negative and huge operands
vals = [0, 1, 5, 12, -1, -6, 255]
for a in vals:
    print(a, ~a, a & 6, a | 6, a ^ 6, a << 3, a >> 1)
print(-1 >> 100, -(2 ** 100) >> 99, (2 ** 100) >> 99)
print(1 << 100)
print((1 << 200) >> 190)
print(-5 >> 1, -5 >> 2, -5 >> 64)
print(3 << 0, 3 >> 0, 0 << 1000)
print((2 ** 80 - 1) & (2 ** 40 + 3))
print((2 ** 80) | 1, (2 ** 80) ^ (2 ** 80 + 5))
print(-(2 ** 70) & 0xFFFF, -(2 ** 70) | 0xFF)
print(~(2 ** 65), ~-(2 ** 65))
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & True).__name__, type(True & 1).__name__)
for label, fn in [("1 << -1", lambda: 1 << -1), ("1 >> -1", lambda: 1 >> -1),
                  ("1.0 << 1", lambda: 1.0 << 1), ("1 & 1.0", lambda: 1 & 1.0),
                  ("~1.5", lambda: ~1.5), ("'a' | 1", lambda: "a" | 1)]:
    try:
        print(label, fn())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
x = 0b1010
x &= 0b0110
print(bin(x))
x |= 0b1000
print(bin(x))
x ^= 0b1111
print(bin(x))
x <<= 70
print(x)
x >>= 69
print(x)
print(1 << 64 >> 64, 2 ** 64 >> 1 << 1)
