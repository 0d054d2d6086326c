# float.hex and float.fromhex
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 2.0, 3.0, 255.0, 1e10, 1.5e-10,
          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 1 / 3]:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, repr(back), back == v or (back != back and v != v))
for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x.8p0", "0x10",
          "1", "  0xap0  ", "inf", "-Infinity", "nan", "0x1p-1074", "0x1p-1075",
          "0x1.0000000000001p0", "0x0p0", "0xABCDEFp-24"]:
    print(s.strip(), "->", repr(float.fromhex(s)))
for s in ["", "0x", "0xg", "0x1p", "1.2.3", "0x1q3"]:
    try:
        print(float.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
try:
    float.fromhex("0x1p1024")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float.fromhex(12)
except TypeError as e:
    print(type(e).__name__, e)
