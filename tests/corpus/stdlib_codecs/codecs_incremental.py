# Incremental encoders/decoders and stream helpers of the encodings package, fed in pieces.
import codecs


class Stream:
    def __init__(self, data=b""):
        self.data = data
        self.pos = 0

    def write(self, b):
        self.data += b

    def read(self, n=-1):
        chunk = self.data[self.pos:] if n < 0 else self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk

text = "a\xe9\u20ac\U0001f600z"
for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32", "utf-32-le", "latin-1", "cp437", "utf-8-sig"]:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, "cannot encode:", e.reason)
        data = text.encode(enc, "replace")
    dec = codecs.getincrementaldecoder(enc)()
    pieces = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    pieces.append(dec.decode(b"", final=True))
    print(enc, data, [p for p in pieces if p], "".join(pieces) == data.decode(enc))
    encoder = codecs.getincrementalencoder(enc)("replace")
    out = b"".join(encoder.encode(ch) for ch in text) + encoder.encode("", final=True)
    print(enc, out == data)

dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"ab\xe2")), dec.getstate())
dec.reset()
print(repr(dec.decode(b"\xe2\x82\xac", final=False)))
try:
    dec.decode(b"\xe2\x82", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

print(list(codecs.iterdecode([b"\xf0\x9f", b"\x98", b"\x80!", b""], "utf-8")))
print(b"".join(codecs.iterencode(["x", "\xe9", "\u20ac"], "utf-16-le")))

raw = Stream()
writer = codecs.getwriter("utf-16")(raw)
writer.write("h\xe9llo")
writer.write(" w\xf6rld")
print(raw.data)
reader = codecs.getreader("utf-16")(Stream(raw.data))
print(reader.read())

print(codecs.utf_8_decode(b"abc\xc3", "strict", False), codecs.utf_8_decode(b"abc\xc3\xa9", "strict", True))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a\x00", "strict", 0, False))
print(codecs.utf_32_ex_decode(b"\xff\xfe\x00\x00a\x00\x00\x00b", "strict", 0, False))
print(codecs.escape_encode(b"it's\t\x00\xff"), codecs.escape_decode(b"\\x41\\n\\101"))
print(codecs.charmap_build("abc"), codecs.charmap_decode(b"\x02\x00", "strict", "abc"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
