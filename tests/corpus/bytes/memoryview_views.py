# memoryview as a view: slices share the object, writes through views of bytearray and BytesIO.getbuffer(), casts, readinto targets.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
m = memoryview(bytearray(b"abcdef"))
def s1(): m[0] = 300
def s2(): m[0] = "x"
def s3(): m[1:3] = b"xyz"
def s4(): memoryview(b"ab")[0] = 1
def s5(): m[10] = 1
def s6(): m[1:3] = b"XY"; return m.obj
def s7(): m[::2] = b"123"; return m.obj
def s8(): del m[0]
for f in [s1,s2,s3,s4,s5,s6,s7,s8]: t(f)
v = m[1:4]; print(v.tobytes(), len(v), v.obj, v.nbytes); v[0] = 90; print(m.obj)
print(m[::2].tobytes(), m[::-1].tobytes(), m[::-2].tolist(), m[4:1:-1].tobytes())
c = memoryview(bytearray(8)).cast("I"); c[1] = 7; print(c.obj, c.tolist())
def s9(): c[0] = -1
t(s9)
t(lambda: m[::2].cast("B"))
print(memoryview(b"abc") == b"abc", m.contiguous, m.c_contiguous, m.shape, m.strides, m.suboffsets, m[::2].strides, m[::2].contiguous)
print(bytes(memoryview(bytearray(b"xy"))[0:1]), bytearray(memoryview(b"q")))
import io
b = io.BytesIO(b"data"); g = b.getbuffer(); g[0] = 68; print(b.getvalue(), len(g), g.readonly)
ba = bytearray(5)
print(io.BytesIO(b"12345678").readinto(memoryview(ba)[1:4]), ba)
r = io.BufferedReader(io.BytesIO(b"hello world"))
ba = bytearray(4); print(r.readinto(memoryview(ba)), ba, r.readinto1(memoryview(ba)[:2]), ba)
mv = memoryview(b"abcdef")
print(mv[0], bytes(mv[1:3]), mv.tobytes(), mv.tolist()[:3], len(mv), mv.readonly)
ba = bytearray(b"xyz")
mv2 = memoryview(ba)
mv2[0] = 65
print(ba, bytes(mv2), mv2.readonly)
