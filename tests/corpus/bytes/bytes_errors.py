# TypeError and ValueError messages involving bytes
tests = [
    ("b'a' + 1", lambda: b"a" + 1),
    ("b'a' * b'b'", lambda: b"a" * b"b"),
    ("b'a' % 5", lambda: b"a" % 5),
    ("b'abc'.decode(1)", lambda: b"abc".decode(1)),
    ("bytes(-5)", lambda: bytes(-5)),
    ("bytes('x', 'nope')", lambda: bytes("x", "nope")),
    ("bytes(1, 'utf-8')", lambda: bytes(1, "utf-8")),
    ("b'x'.count(256)", lambda: b"x".count(256)),
    ("b'ab'.join([1])", lambda: b"ab".join([1])),
    ("b'x'[1.0]", lambda: b"x"[float(1)]),
    ("b'x'.startswith('x')", lambda: b"x".startswith("x")),
    ("b'ab'.split(1)", lambda: b"ab".split(1)),
    ("bytearray(b'a').extend(1)", lambda: bytearray(b"a").extend(1)),
    ("bytearray(b'a')[5]", lambda: bytearray(b"a")[5]),
    ("del bytearray(b'a')[5]", lambda: bytearray(b"a").__delitem__(5)),
    ("int(b'x')", lambda: int(b"x")),
    ("float(b'')", lambda: float(b"")),
    ("b'a'.strip('a')", lambda: b"a".strip("a")),
    ("b'abc'.index(b'd')", lambda: b"abc".index(b"d")),
    ("ord(b'')", lambda: ord(b"")),
    ("b''.fromhex('zz')", lambda: b"".fromhex("zz")),
    ("b'x' < 1", lambda: b"x" < 1),
    ("-b'x'", lambda: -b"x"),
]
for label, fn in tests:
    try:
        print(label, "=", repr(fn()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)
