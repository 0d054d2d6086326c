# Encoding strings to UTF-8 and other codecs, with non-BMP characters
samples = ["abc", "é", "€", "日本", "\U0001f600", "a\U0001f389b", "\x00\x7f\x80", "\uffff", ""]
for s in samples:
    b = s.encode("utf-8")
    print(ascii(s), len(s), len(b), b, b.decode("utf-8") == s)
print("é".encode(), "é".encode("latin-1"), "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print("x€y".encode("ascii", "xmlcharrefreplace"), "x€y".encode("ascii", "backslashreplace"))
print("\U0001f600".encode("utf-16-be"), "\U0001f600".encode("utf-32-le"), "A".encode("utf-16-le"))
for s, codec in [("é", "ascii"), ("€", "latin-1"), ("\U0001f600", "ascii"), ("abc", "no-such-codec")]:
    try:
        print(s.encode(codec))
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    except LookupError as e:
        print(type(e).__name__, e)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("\ud800".encode("utf-8", "surrogatepass"), "\ud800x".encode("utf-8", "replace"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"x\xff", "utf-8", "replace"))
print(bytes("hi €", "utf-8"), bytearray("ü", "utf-8"))
try:
    bytes("abc")
except TypeError as e:
    print(type(e).__name__, e)
print("ABC".encode("utf-8").lower(), "Ünïcödé".encode("utf-8").decode("latin-1"))
