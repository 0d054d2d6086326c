# Format-spec mini-language for integers
n = 1234567
for spec in ["", "d", "10d", "<10", ">10", "^10", "*^11", "0>10", "010", "+", "-", " ", "+010",
             ",", "_", "15,", "015,", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_x", "#_b",
             "n", "e", ".2e", "f", ".1f", "g", "%", ".0%", "=+12", "=12", "#012x", "+_"]:
    print(repr(spec).ljust(8), "|" + format(n, spec) + "|", "|" + format(-n, spec) + "|")
for v in [0, 1, -1, 255, 65, 10 ** 20]:
    print(v, format(v, "08b"), format(v, "#06x"), format(v, ","), format(v, "_"), format(v, "e"))
print(format(65, "c"), format(0x1f600, "c") == "\U0001f600", format(9731, "c"))
print(format(True, "d"), format(True, ""), format(False, "5"), format(True, "x"))
print(format(12345, "n"), format(-0, "+d"), format(0, " d"), format(42, "^+7"))
print(f"{255:#010b} {255:#_b} {1 << 40:_x} {-255:#x} {10 ** 12:,d}")
for spec in ["s", ".2", "z", "c"]:
    try:
        print(format(10 ** 30 if spec == "c" else 5, spec))
    except (ValueError, OverflowError) as e:
        print(spec, type(e).__name__, e)
print(f"{12:=^8}", f"{-12:=^8}", f"{12:0=8}", f"{-12:0=8}")
print(format(2 ** 100, "x"), format(-(2 ** 100), ","), format(2 ** 40, "_o"))
print(format(0, "#b"), format(0, "#o"), format(0, "#x"), format(0, "08,"))
