# Methods shared with str, on bytes
b = b"  The Quick brown FOX  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" XO"), b.split(), b.split(b" ", 3))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.strip().capitalize())
print(b.find(b"Quick"), b.find(b"q"), b.rfind(b" "), b.count(b" "), b.index(b"T"), b.find(111))
print(b.replace(b" ", b""), b.replace(b" ", b"_", 3), b.startswith(b"  T"), b.endswith((b"X", b"  ")))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b"x\ny\r\nz".splitlines(), b"k=v".partition(b"="))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"ab".center(6, b"*"), b"7".zfill(3))
print(b"ab".ljust(4, b"."), b"ab".rjust(4), b"a\tb".expandtabs(4), b"hello".rpartition(b"l"))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper())
print(b"abc".islower(), b"Title Case".istitle(), b"\x80".isascii(), b"".isalpha(), "é".encode().isalpha())
print(b"prefix-body".removeprefix(b"prefix-"), b"file.bin".removesuffix(b".bin"))
table = bytes.maketrans(b"abc", b"ABC")
print(len(table), b"aabbcc".translate(table), b"hello".translate(None, b"l"), b"xyz".translate(table, b"y"))
print(b"%d items at %.2f" % (3, 1.5), b"%s" % b"raw", b"%r" % b"r", b"%x" % 255)
for bad in [lambda: b"a".join(["s"]), lambda: b"abc".find("a"), lambda: b"a".split(b""),
            lambda: b"abc".replace("a", "b"), lambda: b"x".center(3, b"ab"), lambda: b"ab".index(b"z")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"ABC".decode(), b"\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"abc".decode("ascii"))
