# Complex numbers in containers, sorting by key, and dunder methods
zs = [3 + 4j, 1 - 1j, -2 + 0.5j, 0j, 5j, -3 - 4j]
by_abs = sorted(zs, key=abs)
print(by_abs)
print(sorted(zs, key=lambda z: (z.real, z.imag)))
print(max(zs, key=abs), min(zs, key=lambda z: z.imag))
try:
    sorted(zs)
except TypeError as e:
    print(type(e).__name__, e)
print([z.conjugate() for z in zs])
print([z * 1j for z in zs])
cs = {1 + 0j, 1, 1.0, 2j, 2j + 0}
print(len(cs), 1 in cs, 2j in cs, 1j in cs, len({0j, 0, 0.0, False}))
print(sorted({1j: "a", 2: "b"}.values()))
print((1 + 2j).__mul__(2), (1 + 2j).__rmul__(2), (1 + 2j).__truediv__(1j))
print((1 + 2j).__abs__(), (1 + 2j).__bool__(), (1 + 2j).__pos__(), (2j).__pow__(2))
print(complex.__name__, isinstance(1j, complex), isinstance(1, complex), type(1j * 0) is complex)
print((1 + 2j).__lt__(1), complex.__add__(1j, 1j), complex(2, 3) in [2 + 3j])

class C(complex):
    def describe(self):
        return "C(%s, %s)" % (self.real, self.imag)

c = C(1, 2)
print(c, repr(c), c.describe(), type(c).__name__, type(c + 1).__name__, c == 1 + 2j)
print(complex("1e-3+1e3j"), complex("infj"), complex("-nanj").imag != complex("-nanj").imag)
total = 0
for k in range(1, 6):
    total += 1j ** k
print(total)
