# Numeric, string, bytes and container literals.

ints = [0, 7, -7, 0b1011, 0o17, 0xff, 0XAB, 1_000_000, 0x_ff_ff, 0b_1_0]
print(ints)
print(10 ** 30, -(2 ** 64), 0xDEADBEEFCAFEBABE1234)
floats = [1.0, .5, 5., 1e3, 1E-3, 1_0.5_0, 3.14e+2, 1.7976931348623157e308, 5e-324]
print(floats)
print(1e309, -1e309, 2.5e-400)
cplx = [1j, 2.5j, 3 + 4j, 1e2j, 0j]
print(cplx, (3 + 4j).real, (3 + 4j).imag, abs(3 + 4j))

strings = ['single', "double", '''triple
line''', """triple "double" quotes""", 'it\'s', "tab\tsep", r"raw\n", "uni\u00e9\N{GREEK SMALL LETTER ALPHA}\U0001F600"]
for s in strings:
    print(repr(s), len(s))
print("adjacent" ' literal ' "concat")
print("\x41\101\x7e", "\\", "a\
b")
print(repr("\0\a\b\f\v\r"))
bs = [b"bytes", b'\x00\xff', rb"\n", b"A\101"]
print(bs, [len(b) for b in bs])
print(repr('"'), repr("'"), repr("'\""), repr("\x7f\x80"))

print([], [1], [1, 2,], (), (1,), (1, 2), {}, {1: 2}, {1, 2}, {1,})
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
print(..., Ellipsis is ..., None, True, False)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e-5, 123456789.0 * 10 ** 10)
print(1_2_3 + 0o1_0 + 0b1_1)
print(repr(-0.0), 0.0 == -0.0, 10 / 4, 10 // 4, 2 ** 100)
