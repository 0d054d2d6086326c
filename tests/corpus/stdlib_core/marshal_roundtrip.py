# marshal: round trips of every data type, the encodings CPython shares with us,
# versions, and the errors for bad input.
import marshal

values = [None, True, False, 0, -1, 2**31 - 1, -2**31, 2**31, 2**100, -2**70, 1.5, -0.0,
          float("inf"), 1j, complex(2, -3.5), "", "abc", "é", "\U0001f600", "x" * 300,
          b"", b"bytes", bytearray(b"ba"), (), (1, 2), tuple(range(300)), [], [1, [2, [3]]],
          {}, {"a": 1, 2: "b"}, set(), {1, 2, 3}, frozenset({"f"}), ..., StopIteration]
for v in values:
    back = marshal.loads(marshal.dumps(v))
    same = back == v or (v is StopIteration and back is StopIteration)
    print(type(v).__name__, same, type(back).__name__)

print(marshal.version)
print(marshal.dumps(1.5, 1), marshal.loads(marshal.dumps(1.5, 1)))
print(marshal.dumps(2j, 1), marshal.loads(marshal.dumps(2j, 1)))
print(marshal.dumps(bytearray(b"q")), marshal.dumps(0.1, 0), marshal.loads(marshal.dumps(0.1, 0)))
print(marshal.dumps([]), marshal.dumps({}), marshal.dumps(None), marshal.dumps(True))
print(marshal.loads(b"\xe9\x05\x00\x00\x00"), marshal.loads(b"[\x02\x00\x00\x00\xda\x01ar\x00\x00\x00\x00"))
print(marshal.loads(memoryview(b"N")))

for bad in [b"", b"i\x01", b"?", b"(\x02\x00\x00\x00N", b"r\x05\x00\x00\x00", b"l\x01\x00\x00\x00\xff\xff"]:
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [object(), [1, object()], print]:
    try:
        marshal.dumps(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    marshal.loads("text")
except Exception as e:
    print(type(e).__name__, e)
