# bytes construction, repr, indexing and slicing
samples = [b"", b"abc", b"\x00\x01\xff", b"quote'", b'dq"', b"both'\"", b"\\", b"\t\n\r",
           bytes(3), bytes([65, 66, 67]), bytes(range(0x7c, 0x82)), bytes("é", "utf-8"), b"\x7f"]
for b in samples:
    print(repr(b), len(b), list(b))
b = b"Hello, World"
print(b[0], b[-1], type(b[0]).__name__, b[0:5], b[::-1], b[::3], b[7:], b[-5:-1])
print(b[100:], b[1:1], bytes(b"copy"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")))
for args in [(-1,), ([256],), ([-1],), ("text",), (1.5,), (["a"],)]:
    try:
        print(bytes(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print(b[20])
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b"ab" + b"cd", b"ab" * 3, 2 * b"-", b"a" in b"cat", 97 in b"cat", b"" in b"x")
try:
    b"ab" + "cd"
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(300 in b"x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("a" in b"abc")
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc" == b"abc", b"abc" < b"abd", b"" < b"\x00", b"abc" == "abc", b"a" == bytearray(b"a"))
print([x for x in b"hi!"], sorted(b"cab"), max(b"xyz"), sum(b"\x01\x02"))
print(str(b"x"), bytes.fromhex("00ff"), b"%s=%d" % (b"k", 5))
