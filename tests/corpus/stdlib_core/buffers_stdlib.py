# Buffers across the standard library: pickle (protocol >= 4 frames through BytesIO.getbuffer),
# struct pack_into/unpack_from on views, readinto memoryviews, bytes(), join, int.from_bytes,
# str() and codecs on views, hashlib and binascii on views.
import pickle, io, struct, codecs, hashlib, binascii

for proto in (3, 4, 5):
    for obj in [b"abc", bytearray(b"xyz"), [1, 2.5, "x", (None, True)], {"a": b"\x00" * 100000},
                list(range(70000)), {"k": [bytearray(300), "s" * 70000]}]:
        data = pickle.dumps(obj, protocol=proto)
        print(proto, type(obj).__name__, pickle.loads(data) == obj, len(data))
try:
    pickle.dumps(memoryview(b"a"))
except TypeError as e:
    print("TypeError", e)

m = memoryview(b"abcdef")
print(bytes(m[1:4]), bytearray(m[::2]), b"-".join([m[:2], m[4:]]), bytearray(b"x").join([m[:1]]))
print(int.from_bytes(m[:2], "little"), int.from_bytes(m[::2], "big"), str(m, "ascii"), codecs.decode(m, "ascii"))
print(b"ab" + m[:1], bytearray(b"ab") + m[1:2], m[:3] == bytearray(b"abc"))
try:
    str(m[::2], "ascii")
except TypeError as e:
    print("TypeError", e)
try:
    b"".join([m[::2]])
except TypeError as e:
    print("TypeError", e)
ba = bytearray(b"12")
ba += m[:2]
ba.extend(memoryview(b"ef"))
ba[0:1] = memoryview(b"Z")
print(ba)
print(m.tobytes().decode(), struct.unpack_from("<H", m, 2), struct.unpack("<3s", m[:3]))
target = bytearray(8)
view = memoryview(target)
struct.pack_into("<I", view[4:], 0, 0xDEADBEEF)
struct.pack_into("<H", view, 1, 0x1234)
print(target)
try:
    struct.pack_into("<H", memoryview(b"abcd"), 0, 1)
except TypeError as e:
    print("TypeError", e)
stream = io.BytesIO(b"0123456789")
buf = bytearray(4)
print(stream.readinto(memoryview(buf)[1:]), buf)
reader = io.BufferedReader(io.BytesIO(b"hello world"))
x = bytearray(5)
print(reader.readinto(memoryview(x)), x)
print(hashlib.sha1(memoryview(b"abc")).hexdigest(), binascii.hexlify(memoryview(b"\x01\x02")))
out = io.BytesIO()
out.write(memoryview(b"abc")[1:])
print(out.getvalue())
for f in [lambda: out.write(memoryview(b"abc")[::2]), lambda: hashlib.sha1(memoryview(b"abcd")[::2]),
          lambda: struct.unpack("2s", memoryview(b"abcd")[::2]), lambda: binascii.hexlify(memoryview(b"ab")[::-1]),
          lambda: struct.unpack_from("<H", bytearray(b"ab")), lambda: memoryview(b"abcd")[::2].tobytes()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
