# Thousands separators and grouping across types
for v in [0, 7, 999, 1000, 12345, 999999, 1000000, -1234567, 10 ** 18]:
    print(f"{v:,} {v:_} {v:,d} {v:12,} {v:012,} {v:_x} {v:_o} {v:_b}"[:100])
for v in [0.0, 1234.5, -1234567.891, 1e10, 0.001]:
    print(f"{v:,} {v:,.2f} {v:_.3f} {v:,g} {v:,e} {v:015,.1f}")
print(f"{123456789:,}".replace(",", "."), f"{1234:,}".split(","))
for spec in [",_", "_,", ",n", ",c", "_s"]:
    try:
        print(format(1234, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
try:
    print(format("abc", ","))
except ValueError as e:
    print(type(e).__name__, e)
print("{:,}".format(2 ** 64), "{:_}".format(-(2 ** 40)), "{:,.0f}".format(2.0 ** 60))
print(format(1234567, "0=+15,"), format(1234567, "0>15,"), format(-1234567, "015_"))
print(f"{12345678:,}".count(","), f"{-987654321:_}".split("_"))
print(format(1234.5, ",.0f"), format(0.5, ","), format(12, "08,"))
print(format(123456789, "n"), format(12345.6789, ",g"))
