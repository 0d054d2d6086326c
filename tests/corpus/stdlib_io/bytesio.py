# io.BytesIO: reading, writing past the end, seeking, readinto, pickling state, closed objects.
import io


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = io.BytesIO(b"ab\ncd\nef")
print(b.read(2), b.readline(), b.readlines(), b.tell())
b.seek(10)
b.write(b"Z")
print(b.getvalue())
b.seek(-3, 2)
print(b.read())
print(b.seek(-100, 1), b.truncate(4), b.getvalue(), b.tell())
ba = bytearray(3)
b.seek(0)
print(b.readinto(ba), ba)
b.seek(0)
print(list(b))
b.seek(0)
print(b.read1(2), b.read1(), b.read(), b.readline())
t(lambda: b.write("x"))
t(lambda: b.seek(-1))
t(lambda: b.seek(0, 3))
t(lambda: b.seek(1.5))
t(lambda: b.truncate(-1))
t(lambda: b.read("x"))
t(lambda: b.fileno())
print(b.__getstate__())
b.writelines([b"1", bytearray(b"2"), memoryview(b"3")])
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())
b.seek(0)
print(b.readlines(3), b.readlines(0))
b.close()
t(lambda: b.read())
t(lambda: b.getvalue())
t(lambda: b.write(b""))
t(lambda: b.flush())
t(lambda: b.readable())
print(b.closed)
t(lambda: io.BytesIO("x"))
print(io.BytesIO(bytearray(b"xy")).read1(), io.BytesIO().getvalue(), io.BytesIO(None).read())
c = io.BytesIO()
c.__setstate__((b"restored", 3, {"tag": "t"}))
print(c.read(), c.tag)
with io.BytesIO(b"ctx") as d:
    print(d.read())
print(d.closed)


class Sub(io.BytesIO):
    pass


s = Sub(b"1\n2\n")
s.note = "n"
print(list(s), s.note, s.__getstate__())
print(isinstance(s, io.BufferedIOBase), isinstance(s, io.RawIOBase))
