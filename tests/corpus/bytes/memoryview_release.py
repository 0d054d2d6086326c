# Releasing memoryviews, the context manager, and exporters that refuse to resize while a
# view of them is alive (bytearray, BytesIO.getbuffer).
import io

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

r = memoryview(b"xyz")
h = hash(r)
r.release()
r.release()
print(repr(r).startswith("<released memory at 0x"))
t("hash kept", lambda: hash(r) == h)
for name, f in [("item", lambda: r[0]), ("len", lambda: len(r)), ("obj", lambda: r.obj),
                ("nbytes", lambda: r.nbytes), ("format", lambda: r.format), ("tobytes", lambda: r.tobytes()),
                ("tolist", lambda: r.tolist()), ("cast", lambda: r.cast("B")), ("view", lambda: memoryview(r)),
                ("bytes", lambda: bytes(r)), ("enter", lambda: r.__enter__()), ("shape", lambda: r.shape),
                ("hex", lambda: r.hex()), ("iter", lambda: list(r))]:
    t(name, f)
t("eq self", lambda: r == r)
t("eq bytes", lambda: r == b"xyz")
t("join", lambda: b"".join([r]))
t("concat", lambda: b"a" + r)
r2 = memoryview(b"abc")
t("unhashed", lambda: (r2.release(), hash(r2)))
with memoryview(b"abc") as m:
    print(m.tobytes())
t("after with", lambda: m[0])

ba = bytearray(b"abc")
m = memoryview(ba)
for name, f in [("append", lambda: ba.append(1)), ("extend", lambda: ba.extend(b"x")), ("clear", lambda: ba.clear()),
                ("pop", lambda: ba.pop()), ("del", lambda: ba.__delitem__(0)), ("init", lambda: ba.__init__(b"x")),
                ("imul", lambda: ba.__imul__(2)), ("iadd", lambda: ba.__iadd__(b"d")),
                ("same size", lambda: ba.__setitem__(slice(0, 1), b"z")), ("item", lambda: ba.__setitem__(1, 121))]:
    t(name, f)
print(ba, m.tobytes())
part = m[1:]
m.release()
t("slice alive", lambda: ba.append(1))
part.release()
ba.append(100)
print(ba)
with memoryview(ba) as v:
    t("in with", lambda: ba.append(1))
ba.append(101)
print(ba)
v1 = memoryview(ba)
v2 = memoryview(v1)
v1.release()
t("view of view alive", lambda: ba.append(1))
v2.release()
ba.append(102)
print(ba)

b = io.BytesIO(b"hello")
v = b.getbuffer()
print(type(v.obj).__name__, v.readonly, v.format, v.tobytes(), len(v))
v[0] = ord("j")
print(b.getvalue())
for name, f in [("write", lambda: b.write(b"x")), ("truncate", lambda: b.truncate(1)), ("close", lambda: b.close()),
                ("writelines", lambda: b.writelines([b"x"])), ("setstate", lambda: b.__setstate__((b"a", 0, None))),
                ("seek", lambda: b.seek(2)), ("read", lambda: b.read()), ("getvalue", lambda: b.getvalue())]:
    t(name, f)
w = v[1:3]
v.release()
t("sub alive", lambda: b.write(b"x"))
w.release()
b.seek(0, 2)
b.write(b"!")
print(b.getvalue())
with b.getbuffer() as g:
    print(g.tobytes())
b.close()
t("closed", lambda: b.getbuffer())
