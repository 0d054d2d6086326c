# int() from strings: bases, base 0, underscores and whitespace
cases = [("42",), ("  -17  ",), ("+8",), ("\t\n99\n",), ("1_000",), ("0",), ("-0",),
         ("ff", 16), ("FF", 16), ("0xff", 16), ("0x_ff", 16), ("777", 8), ("0o777", 8),
         ("1010", 2), ("0b1010", 2), ("z", 36), ("Zz", 36), ("10", 3),
         ("0x1A", 0), ("0o17", 0), ("0b11", 0), ("123", 0), ("1_2_3", 0), ("0", 0),
         ("00", 0), ("-0x10", 0), ("  0b_1  ", 0), ("١٢٣",), ("9" * 30,)]
for args in cases:
    print(repr(args[0]), args[1:], int(*args))

bad = [("",), ("  ",), ("1.5",), ("1__0",), ("_1",), ("1_",), ("12a",), ("0x10",),
       ("010", 0), ("1e5",), ("0b2", 0), ("8", 8), ("g", 16), ("- 1",), ("++1",),
       ("10", 1), ("10", 37), ("10", -1)]
for args in bad:
    try:
        print(int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
print(int(), int(True), int(-3.99), int(3.99), int(b"12"), int(bytearray(b" 7 ")))
print(int("10", base=2), int(x="11", base=3) if False else int("11", base=3))
