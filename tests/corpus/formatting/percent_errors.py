# Errors from %-formatting
cases = [
    ("%d", "x"), ("%d", None), ("%s %s", ("one",)), ("%s", ("a", "b")), ("%z", 1),
    ("%(key)s", {"other": 1}), ("%(key)s", (1,)), ("%c", "ab"), ("%c", 0x110000), ("%c", -1),
    ("%x", 1.5), ("%o", 2.0), ("%f", "1.0"), ("%e", None), ("%", ()), ("%(", {}),
    ("%*d", ("5", 1)), ("%.*f", (1.5, 2.0)), ("%s %(a)s", {"a": 1}), ("%d", []),
    ("abc", 5), ("abc", "x"), ("%i", "3"), ("%c", 1.5), ("%s", ()), ("%.2", 1.0),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), "!", type(e).__name__, e)
print("abc" % [], "abc" % {}, "%s" % [])
try:
    print(5 % "x")
except TypeError as e:
    print(type(e).__name__, e)
print(b"%d %s %x" % (5, b"by", 255), b"%c" % 65, b"%c" % b"z", b"%5.1f" % 2.25)
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
