# Formatting complex numbers
zs = [1 + 2j, -1.5 - 0.25j, 1j, -1j, 0j, 1e20 + 1e-20j, complex(1, float("inf")),
      complex(float("nan"), 1), 3.14159 + 2.71828j, complex(-0.0, -0.0)]
for z in zs:
    print(repr(z), format(z, ""), format(z, ".2f"), format(z, "e"), format(z, "g"))
print(f"{1 + 2j:>20}|{1 + 2j:<20}|{1 + 2j:^20}|")
print(f"{1 + 2j:+.3f} {1 - 2j:+g} {1.5 + 2.5j:.0f} {123456 + 7j:,.1f}")
print(f"{3 + 4j:*^30.2e}")
print("{0.real} {0.imag} {0!r:>12}".format(5 - 6j))
for spec in ["d", "%", "=10", "010"]:
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
print(str(1e16j), repr(1e-7j), repr(123456789012345678j), repr(0.1j + 0.2j))
print(repr(complex(1e300 * 10, 0)), repr(complex(0, -1e300 * 10)))
print("%s %r" % (1 + 1j, -2j), "{:>10}".format(str(1j)))
print(format(complex(1.5, -2.5), "+.1e"), format(complex(0.001, 1000), ".3g"))
parts = [format(z, ".1f") for z in [1j ** k for k in range(4)]]
print(parts)
