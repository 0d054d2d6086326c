# repr/ascii/str/bin/oct/hex and chr/ord errors
for v in [0, 1, -1, 255, -255, 2 ** 40, True]:
    print(v, bin(v), oct(v), hex(v))
for v in ["plain", "é", "\U0001f600", "tab\t", "'", None, 1.5, [1, "é"], {"k": "ü"}, b"\xff"]:
    print(repr(v), ascii(v), str(v))

class Idx:
    def __index__(self):
        return 42

print(bin(Idx()), oct(Idx()), hex(Idx()), f"{Idx.__name__}")
for bad in [lambda: bin(1.5), lambda: hex("ff"), lambda: oct(None), lambda: chr(-5), lambda: chr("a"),
            lambda: ord(""), lambda: ord("ab"), lambda: ord(5)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class R:
    def __repr__(self):
        return "R<é>"

class S:
    def __str__(self):
        return "str-only"

class BadRepr:
    def __repr__(self):
        return 5

print(repr(R()), ascii(R()), str(R()), str(S()), [R()], ascii([R()]))
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
print(int(hex(255), 16), int(bin(5), 0), int(oct(8), 8), int("0x1f", 16))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "#X"))
