# ord and chr round trips and errors
for c in ["A", "a", "0", " ", "\n", "\x00", "é", "€", "日", "\uffff", "\U0001f600", "\U0010ffff"]:
    print(ascii(c), ord(c), hex(ord(c)), ascii(chr(ord(c))))
print([chr(i) for i in range(65, 75)], "".join(chr(ord("a") + i) for i in range(26)))
for args in [(-1,), (0x110000,), (2 ** 31,), ("a",), (65.0,)]:
    try:
        print(chr(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for arg in ["", "ab", b"A", b"AB", bytearray(b"z"), 65, ["a"], "\U0001f600"]:
    try:
        print(ord(arg))
    except TypeError as e:
        print(type(e).__name__, e)
shift = 3
msg = "Attack at Dawn!"
enc = "".join(chr((ord(c) - 65 + shift) % 26 + 65) if c.isupper() else
              chr((ord(c) - 97 + shift) % 26 + 97) if c.islower() else c for c in msg)
print(enc)
print(chr(True), ord(chr(0)), chr(0x41).lower(), ord("\t") + ord("\n"))
