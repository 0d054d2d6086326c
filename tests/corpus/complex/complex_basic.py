# Complex numbers: construction, repr, attributes
zs = [1j, 2 + 3j, -1.5 - 0.5j, complex(1, 2), complex(-0.0, 0.0), complex(0, -0.0),
      complex("3+4j"), complex("-2j"), complex(" 1.5e1-2j "), complex(5), complex(2.5),
      complex(1j, 1j), complex(), complex("inf+nanj"), 3 + 0j, 0j, -0j, 1e20j, 1e-5 + 1e16j]
for z in zs:
    print(repr(z), str(z), z.real, z.imag)
z = 3 + 4j
print(abs(z), z.conjugate(), z == complex(3, 4), z != 3, (3 + 0j) == 3, 1j ** 2)
print(type(z.real).__name__, type(abs(z)).__name__, bool(0j), bool(1j), bool(0 + 0.0j))
print(complex(True, False), complex(real=1, imag=2), complex(imag=7))
for bad in ["1+2", "j1", "1+2jj", "", "1 + 2j", "(1+2j", "2j)"]:
    try:
        print(repr(bad), complex(bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for args in [("1", 2), (None,), ([],), (1, "2")]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(complex("(1+2j)"), complex("1J"), complex("-j"), complex("+1.5-J"))
print([1j, 2j], (1 + 1j,), {"z": -1j})
print(f"{1 + 2j}", f"{1 + 2j!r}", "%s" % (1 - 1j), str(complex(1, -0.0)))
