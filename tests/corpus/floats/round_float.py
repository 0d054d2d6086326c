# round(): banker's rounding, ndigits, return types
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1.005, 0.125, 0.375]:
    print(repr(v), round(v), round(v, 2), round(v, 1), round(v, 0), type(round(v)).__name__)
for v in [12345.6789, -12345.6789, 0.0, -0.0, 1e20, 123.456]:
    print(repr(v), [round(v, n) for n in (-3, -2, -1, 0, 1, 2, 3)])
print(round(5e-324, 400), round(1.23456789e-10, 12), round(1e300, -299))
print(round(2.5, None), type(round(2.5, None)).__name__, round(-0.4), repr(round(-0.4, 0)))
for v in [float("inf"), float("nan")]:
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(v, 2))
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
print(round(1e22), round(2 ** 60 + 0.0), round(-1e16 - 0.5))
print(round(0.5 + 1e-16), round(True), round(7, 1), round(15, -1), round(25, -1))
