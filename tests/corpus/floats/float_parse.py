# float() parsing of strings and special values
for s in ["1", "1.5", "  -2.25  ", "+3", "1e3", "1E-3", "-1.5e+2", ".5", "5.", "1_000.5",
          "inf", "-inf", "+inf", "Infinity", "-INFINITY", "iNf", "nan", "NaN", "-nan",
          "\t0.1\n", "1e400", "-1e400", "1e-400", "0x10" if False else "10",
          "00012.50", "-0", "0.000000000000000000000000001"]:
    print(repr(s), "->", repr(float(s)))
for s in ["", " ", "abc", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "0x10", "in f",
          "infinit", "--1", "1,5", "nan1"]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
for obj in [None, [1.0], "1j"]:
    try:
        print(float(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(float(), float(True), float(7), float(-(2 ** 60)), float(b"2.5"), float(bytearray(b"-1")))
print(float("١٫٥".replace("٫", ".")))
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan is nan)
print(nan != nan, [nan] == [nan], nan in [nan], float("nan") in [float("nan")])
print(max(1.0, nan), max(nan, 1.0), min(nan, 1.0), sorted([3.0, 1.0, 2.0]))
print(inf == 10 ** 400, abs(-inf), -nan != -nan, 0.0 * inf != 0.0 * inf)
