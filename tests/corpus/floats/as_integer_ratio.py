# as_integer_ratio and is_integer
for v in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 2.5, 1e20, 1e-3, 3.0, 123.456, 2 ** -30]:
    n, d = v.as_integer_ratio()
    print(repr(v), n, d, n / d == v, v.is_integer())
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(v.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
    print(repr(v), "is_integer", v.is_integer())
print((7).is_integer() if hasattr(int, "is_integer") else "int has no is_integer")
print((1e300).is_integer(), (1.0000001).is_integer(), (-5.0).is_integer())
print((2.5).real, (2.5).imag, (2.5).conjugate(), (-2.5).__abs__())
print(float.__bases__[0].__name__, (1.5).__class__ is float)
x = 0.1
parts = []
for i in range(5):
    parts.append(x.as_integer_ratio()[1].bit_length())
    x *= 2
print(parts)
