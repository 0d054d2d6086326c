# Error messages from int operations and conversions
float_index = 1.0
tests = [
    ("1 + 'a'", lambda: 1 + "a"),
    ("'a' + 1", lambda: "a" + 1),
    ("1 - None", lambda: 1 - None),
    ("[] * 1.5", lambda: [] * 1.5),
    ("1 < 'a'", lambda: 1 < "a"),
    ("int('abc')", lambda: int("abc")),
    ("int('12', 2)", lambda: int("12", 2)),
    ("int(float('inf'))", lambda: int(float("inf"))),
    ("int(float('nan'))", lambda: int(float("nan"))),
    ("int('1' * 5000)", lambda: len(str(int("1" * 5000)))),
    ("str(10 ** 5000)", lambda: len(str(10 ** 5000))),
    ("(1).foo", lambda: (1).foo),
    ("hex(1.5)", lambda: hex(1.5)),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("1 @ 2", lambda: 1 @ 2),
    ("-'5'", lambda: -"5"),
    ("int.from_bytes(5, 'big')", lambda: int.from_bytes(5, "big")),
    ("range(1.5)", lambda: range(1.5)),
    ("[1][idx]", lambda: [1][float_index]),
    ("chr(2 ** 40)", lambda: chr(2 ** 40)),
    ("(5).bit_length(1)", lambda: (5).bit_length(1)),
]
for label, fn in tests:
    try:
        print(label, "=", fn())
    except Exception as e:
        print(label, "!", type(e).__name__, e)
import sys
sys.set_int_max_str_digits(10000)
print(len(str(10 ** 5000)), int("7" * 4400) % 1000)
