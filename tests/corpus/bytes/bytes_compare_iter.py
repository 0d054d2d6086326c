# bytes as sequences: iteration, sorting, comparison, hashing, conversion
items = [b"banana", b"Apple", b"cherry", b"", b"apple", b"\xff", bytearray(b"b")]
print(sorted(items))
print(min(items), max(items), sorted(items, key=len))
print(list(b"\x00\x7f\x80\xff"), tuple(bytearray(b"ab")), list(reversed(b"abc")))
print(set(b"aabbc") == {97, 98, 99}, dict.fromkeys(b"ab"), list(enumerate(b"xy")))
print(b"abc" == bytearray(b"abc"), b"abc" in {b"abc"}, {b"k": 1}[b"k"])
try:
    hash(bytearray(b"abc"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(b"a" < "b")
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc".__len__(), b"abc"[1:].__class__.__name__, bytearray(b"abc")[1:].__class__.__name__)
mv = memoryview(b"abcdef")
print(mv[0], bytes(mv[1:3]), mv.tobytes(), mv.tolist()[:3], len(mv), mv.readonly)
ba = bytearray(b"xyz")
mv2 = memoryview(ba)
mv2[0] = 65
print(ba, bytes(mv2), mv2.readonly)
total = 0
for byte in b"checksum":
    total = (total * 31 + byte) % 65521
print(total)
print(bytes(b"ab") is not None, b"a" * 0, b"ab"[::-1], b"\x00" * 3)
