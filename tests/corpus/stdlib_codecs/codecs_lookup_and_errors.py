# codecs.lookup through the encodings package, codecs.encode/decode and error handlers.
import codecs
import encodings

for name in ["utf-8", "UTF8", "latin_1", "Latin-1", "ascii", "us-ascii", "utf-16", "utf_16_be", "utf-32-le",
             "cp1252", "iso8859-15", "unicode_escape", "raw-unicode-escape", "rot13"]:
    info = codecs.lookup(name)
    print(name, "->", info.name, type(info).__name__, isinstance(info, tuple), len(info))

print(codecs.lookup("utf-8") is codecs.lookup("utf_8"))
for bad in ["no-such-codec", "utf-9"]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print("LookupError:", e)

text = "Gr\xfc\xdfe \u20ac \U0001f600"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-32-be", "unicode_escape", "raw_unicode_escape"]:
    data = codecs.encode(text, enc)
    print(enc, data, codecs.decode(data, enc) == text)

for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    try:
        print(errors, codecs.encode(text, "ascii", errors))
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError:", e, e.start, e.end)
    try:
        print(errors, repr(codecs.decode(b"ab\xff\xfecd", "utf-8", errors)))
    except (UnicodeError, TypeError) as e:
        print(errors, type(e).__name__ + ":", e)

print(repr(b"a\xffb".decode("utf-8", "surrogateescape")), "a\udcffb".encode("utf-8", "surrogateescape"))
print("\ud800".encode("utf-8", "surrogatepass"), repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))

def bracket(exc):
    return ("[%d]" % ord(exc.object[exc.start]), exc.start + 1)

codecs.register_error("bracket", bracket)
print(codecs.lookup_error("bracket") is bracket, codecs.lookup_error("strict") is codecs.strict_errors)
print(codecs.charmap_encode("a\u20acb", "bracket", {ord(c): ord(c) for c in "ab[]0123456789"}))
try:
    codecs.lookup_error("unknown-handler")
except LookupError as e:
    print("LookupError:", e)

for call in [lambda: codecs.decode("text", "utf-8"), lambda: codecs.encode(1, "utf-8"),
             lambda: codecs.encode(b"x", "rot13"), lambda: codecs.encode("Hello", "rot13")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

def search(name):
    print("asked for", repr(name))
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="my-codec")
    return None

codecs.register(search)
print(codecs.encode("hello", "My Codec"), codecs.decode(b"HELLO", "my-codec"))
print(codecs.lookup("MY.CODEC") if False else codecs.lookup("my codec").name)
codecs.unregister(search)
try:
    codecs.lookup("other codec")
except LookupError as e:
    print("LookupError:", e)

def tagged(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ("<%s>" % exc.object[exc.start:exc.end].hex(), exc.end)
    return ("[%d]" % ord(exc.object[exc.start]), exc.start + 1)

codecs.register_error("tagged", tagged)
print("x\xe9\u20acy".encode("ascii", "tagged"), "x\xe9\u20ac".encode("latin-1", "tagged"),
      "\u20ac\u0101".encode("cp1252", "tagged"), "\ud800".encode("utf-16-le", "tagged"))
print(b"a\xff\xfeb".decode("utf-8", "tagged"), b"a\x81".decode("cp1252", "tagged"), b"a\xffb".decode("ascii", "tagged"))
codecs.register_error("out_of_range", lambda e: ("x", 99))
try:
    "\xe9".encode("ascii", "out_of_range")
except IndexError as e:
    print("IndexError:", e)
codecs.register_error("not_a_tuple", lambda e: 1)
try:
    b"\xff".decode("utf-8", "not_a_tuple")
except TypeError as e:
    print("TypeError:", e)
