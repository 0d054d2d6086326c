# io.StringIO: reading, writing, seeking, truncating, newline modes, closed and uninitialized objects.
import io


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = io.StringIO("héllo\nwörld\n𝄞x\n")
print(s.read(3), s.tell(), repr(s.readline()), s.readlines())
s.seek(0)
print(list(s))
s.seek(2)
s.write("ZZ")
print(repr(s.getvalue()))
s.seek(30)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering, s.closed)
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO("a\nb\r\nc\rd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s.write("x\ny\r\n")
    print(repr(s.getvalue()), s.newlines)
    s.seek(0)
    print([s.readline(2) for _ in range(4)])
t(lambda: io.StringIO(b"x"))
t(lambda: io.StringIO(newline="x"))
t(lambda: io.StringIO(newline=1))
s = io.StringIO("abc")
t(lambda: s.read("x"))
t(lambda: s.read(1.5))
t(lambda: s.seek(-1))
t(lambda: s.seek(1, 1))
t(lambda: s.seek(0, 3))
t(lambda: s.seek(1.0))
t(lambda: s.truncate(-1))
t(lambda: s.write(b"x"))
t(lambda: s.fileno())
print(s.read(None), s.seek(0, 2), s.seek(0, 1), s.write(""), s.tell())
print(s.__getstate__())
with io.StringIO() as f:
    print(f.write("q"), f.closed)
print(f.closed)
t(lambda: f.read())
t(lambda: f.getvalue())
t(lambda: f.write("x"))
t(lambda: f.tell())
t(lambda: f.readable())
t(lambda: iter(f))
t(lambda: next(f))
f.close()


class S(io.StringIO):
    def __init__(self, v):
        super().__init__(v)
        self.extra = 1


x = S("p\nq\n")
print(list(x), x.extra, x.__getstate__())


class U(io.StringIO):
    def __init__(self):
        pass


t(lambda: U().read())
t(lambda: U().closed)


class L(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()


print(list(L("ab\ncd\n")))
y = io.StringIO()
y.__setstate__(("state\nvalue", "\n", 3, {"k": 2}))
print(y.read(), y.k)
y.writelines(["1", "2"])
print(y.getvalue())
print(isinstance(y, io.TextIOBase), isinstance(y, io.IOBase), issubclass(io.StringIO, io.BufferedIOBase))
d = io.IncrementalNewlineDecoder(None, True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("", final=True)), d.newlines, d.getstate())
d.reset()
print(d.newlines, repr(d.decode("x\r", final=False)), d.getstate())
