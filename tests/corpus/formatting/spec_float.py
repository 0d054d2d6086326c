# Format-spec mini-language for floats
x = 1234.5678
for spec in ["", "f", ".2f", "10.2f", "<12.1f", "^12.1f", "*>12.3f", "012.2f", "+.1f", " .1f",
             ",.2f", "_.3f", "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "n", ".0f",
             "#.0f", "=+15.2f", ".0e", "#g", "15", ",", ".3", "10.1"]:
    print(repr(spec).ljust(10), "|" + format(x, spec) + "|", "|" + format(-x, spec) + "|")
for v in [0.0, -0.0, 1e-7, 1e16, 123456789.0, 0.5, float("inf"), float("nan")]:
    print(repr(v), format(v, "g"), format(v, ".3"), format(v, "e"), format(v, ",.1f"), format(v, "010.2f"))
print(format(1e100, ".3"), format(1.5, ".0"), format(2.5, ".0f"), format(3.5, ".0f"))
print(format(0.000012345, ".3g"), format(0.00012345, ".3"), format(123456.0, ".6"))
print(format(100.0, ".0%"), format(0.5, "%"), format(1 / 3, ".4%"))
print(format(1.0, ""), format(1.0, "g"), format(1.0, ".1"), format(10.0, ".1"))
print(format(-0.0, "z.1f") if False else format(-0.0, ".1f"), format(-1e-10, ".1f"))
print(f"{3.14159:{'>'}{10}.{3}}|", f"{2.5:+08.2f}", f"{-2.5:+08.2f}", f"{2.5: 08.2f}")
print(format(7, "f"), format(7, ".2e"), format(7, "%"), format(7, "g"))
for spec in ["d", "x", "c", "s", "b", ",d"]:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
