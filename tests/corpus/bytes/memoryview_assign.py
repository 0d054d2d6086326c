# Writing through memoryviews: items of each format, slices with steps, and CPython's errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b"abcdefgh")
m = memoryview(ba)
m[0] = 65
m[-1] = 72
print(ba)
m[1:3] = b"XY"
m[::3] = bytearray(b"123")
print(ba)
m[4:6] = memoryview(b"__")
m[6:] = m[:2]
print(ba)
t("256", lambda: m.__setitem__(0, 256))
t("-1", lambda: m.__setitem__(0, -1))
t("str", lambda: m.__setitem__(0, "a"))
t("float", lambda: m.__setitem__(0, 1.5))
t("size", lambda: m.__setitem__(slice(0, 2), b"abc"))
t("int rvalue", lambda: m.__setitem__(slice(0, 2), 5))
t("list rvalue", lambda: m.__setitem__(slice(0, 2), [1, 2]))
t("format", lambda: m.__setitem__(slice(0, 2), memoryview(b"ab").cast("c")))
t("oob", lambda: m.__setitem__(8, 1))
t("readonly", lambda: memoryview(b"ab").__setitem__(0, 1))
t("readonly view", lambda: m.toreadonly().__setitem__(0, 1))
c = m.cast("c")
c[0] = b"z"
t("c bytes2", lambda: c.__setitem__(0, b"ab"))
t("c int", lambda: c.__setitem__(0, 1))
print(ba)
buf = bytearray(16)
for fmt, value in [("b", -5), ("h", -300), ("H", 65535), ("i", -2**31), ("I", 2**32 - 1),
                   ("q", -2**63), ("Q", 2**64 - 1), ("n", -1), ("N", 2**64 - 1), ("l", 7), ("L", 8),
                   ("f", 1.5), ("d", -0.25), ("?", []), ("?", "x"), ("P", 2**63)]:
    v = memoryview(buf).cast(fmt)
    v[1] = value
    print(fmt, v[1], bytes(buf).hex())
    buf[:] = bytes(16)
for fmt, bad in [("h", 2**15), ("H", -1), ("i", 2**31), ("I", 2**32), ("q", 2**63), ("Q", 2**64), ("B", None),
                 ("f", "x"), ("d", None), ("c", 1)]:
    t("bad " + fmt, lambda: memoryview(buf).cast(fmt).__setitem__(0, bad))
t("f from int", lambda: (memoryview(buf).cast("f").__setitem__(0, 3), memoryview(buf).cast("f")[0]))
g = memoryview(bytearray(6)).cast("B", (2, 3))
g[1, 2] = 9
g[0, -1] = 8
print(g.tolist())
t("nd int key", lambda: g.__setitem__(0, 1))
t("nd slice", lambda: g.__setitem__(slice(0, 1), b"abc"))
t("nd tuple slices", lambda: g.__setitem__((slice(0, 1), slice(0, 1)), b"a"))
z = memoryview(bytearray(1)).cast("B", ())
z[()] = 5
z[...] = 6
t("0-dim", lambda: z.tolist())
t("0-dim bad", lambda: z.__setitem__(0, 1))
