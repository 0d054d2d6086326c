# Decoding bytes and the error handlers
bad = b"ok\xff\xfeend"
for handler in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(handler, ascii(bad.decode("utf-8", handler)))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.reason, e.object)
for data in [b"\xc3", b"\xc3\x28", b"\xe2\x82", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\x80abc", b"\xf8\x88\x80\x80\x80"]:
    try:
        print(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"abc".decode("nope")
except LookupError as e:
    print(type(e).__name__, e)
print(b"abc".decode("utf-8", "nope"))
try:
    b"\xff".decode("utf-8", "nope")
except LookupError as e:
    print(type(e).__name__, e)
print(b"\xff\xfe".decode("latin-1"), b"\xf0\x9f\x98\x80".decode("utf-8") == "\U0001f600")
print(b"\xff\xfeA\x00".decode("utf-16"), b"\x00A".decode("utf-16-be"), b"A\x00\x00\x00".decode("utf-32-le"))
print(b"caf\xc3\xa9".decode(errors="strict"), bytearray(b"\xc3\xa9").decode(), str(b"\xc3\xa9", "utf-8"))
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError))
raw = "naïve café".encode("utf-8")
print(len(raw), raw.decode("ascii", "replace"), raw.decode("ascii", "ignore"))
