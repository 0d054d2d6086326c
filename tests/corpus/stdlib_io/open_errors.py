# Argument and mode errors of open(), and OSError subclasses with errno/filename.
import io
import os

d = "/tmp/taipan-io-test-errors-" + str(os.getpid())
os.mkdir(d)
os.chdir(d)


def t(f):
    try:
        r = f()
        print(repr(r))
        r.close()
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "errno", None), getattr(e, "filename", None))


with open("z", "w") as f:
    f.write("zz")
for mode in ["rw", "rbt", "rr", "q", "U", "rU", "b", "t", "+", "", "wa", "ra+", "r+b+"]:
    print(repr(mode), end=" ")
    t(lambda: open("z", mode))
t(lambda: open("z", "rb", encoding="x"))
t(lambda: open("z", "rb", errors="x"))
t(lambda: open("z", "rb", newline="x"))
t(lambda: open("z", "r", newline="x"))
t(lambda: open("z", "r", buffering=0))
t(lambda: open("z", "r", buffering=1.5))
t(lambda: open("z", 5))
t(lambda: open("z", encoding=5))
t(lambda: open("z", errors=5))
t(lambda: open(1.5))
t(lambda: open(None))
t(lambda: open([]))
t(lambda: open(-1))
t(lambda: open("z", "r", encoding="nope"))
t(lambda: open("missing.txt"))
t(lambda: open("nodir/x.txt", "w"))
t(lambda: open(".", "r"))
t(lambda: open(".", "w"))
t(lambda: open("z", "x"))
t(lambda: open("z", closefd=False))
t(lambda: open("z", opener=lambda p, fl: "x"))
t(lambda: open("z", opener=lambda p, fl: -3))
print(open("z", buffering=-5).read(), open("z", opener=lambda p, fl: os.open(p, fl)).read())
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))
try:
    open(".", "w")
except IsADirectoryError as e:
    print(e.errno, e.strerror, e.filename)
with open("z") as f:
    t(lambda: f.write("x"))
    t(lambda: f.buffer.write(b"x"))
    t(lambda: f.fileno() > 2)
with open("z", "w") as f:
    t(lambda: f.read())
    t(lambda: f.buffer.read())
t(lambda: f.read())
t(lambda: f.buffer.read())
t(lambda: f.buffer.raw.read())
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(open is io.open, io.open_code("z").read(), type(io.open_code("z")).__name__)
t(lambda: io.open_code(b"z"))
print(io.text_encoding(None), io.text_encoding("latin-1"), io.DEFAULT_BUFFER_SIZE)
os.remove("z")
os.chdir("/")
os.rmdir(d)
