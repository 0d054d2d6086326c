# open() on real files: text and binary modes, append, r+/w+, newline translation, encodings, seek/tell, iteration.
import io
import os

d = "/tmp/taipan-io-test-files-" + str(os.getpid())
os.mkdir(d)
os.chdir(d)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


with open("t.txt", "w") as f:
    print(type(f).__name__, f.mode, f.name, f.encoding, f.errors, f.line_buffering, f.closed)
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode)
    print(f.write("first line\nsecond line\n"), f.tell())
    f.writelines(["third\n", "fourth é €\n"])
print(f.closed)
with open("t.txt") as f:
    print(f.readline(), end="")
    print(f.tell())
    print(f.read(6))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open("t.txt", "rb") as f:
    data = f.read()
    print(len(data), data[:12], f.tell())
print(os.path.getsize("t.txt"), os.stat("t.txt").st_size)
with open("t.txt", "a") as f:
    print(f.tell(), f.write("appended\n"))
with open("t.txt") as f:
    lines = list(f)
print(len(lines), lines[-1])
with open("t.txt", "r+") as f:
    f.seek(6)
    f.write("LINE")
    f.seek(0)
    print(f.readline(), end="")
    print(f.seekable(), f.readable(), f.writable())
with open("t.txt", "w+") as f:
    print(repr(f.read()))
    f.write("abc\ndef\n")
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(repr(f.read()))
# newline handling on write and read
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open("nl.txt", "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd\n")
    with open("nl.txt", "rb") as f:
        raw = f.read()
    with open("nl.txt", newline=nl) as f:
        print(repr(nl), raw, f.readlines(), f.newlines)
# encodings
for enc in ["utf-8", "latin-1", "ascii", "utf-16", "utf-8-sig", "cp1252"]:
    with open("e.txt", "w", encoding=enc, errors="replace") as f:
        f.write("caf\xe9 \u20ac\n")
    with open("e.txt", "rb") as f:
        b = f.read()
    with open("e.txt", encoding=enc) as f:
        print(enc, b, repr(f.read()), f.encoding)
with open("e.txt", "wb") as f:
    f.write(b"ok \xff\xfe end\n")
with open("e.txt", encoding="utf-8", errors="surrogateescape") as f:
    print(repr(f.read()))
with open("e.txt", encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open("e.txt", encoding="utf-8") as f:
    t(lambda: f.read())
# seek/tell round trips over multi-byte text
text = "".join("%d:é€𝄞\n" % i for i in range(200))
with open("big.txt", "w", encoding="utf-8") as f:
    f.write(text)
with open("big.txt", encoding="utf-8") as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line))
    print(len(marks), marks[:3], marks[-1])
    for pos, line in marks[::37]:
        f.seek(pos)
        assert f.readline() == line
    f.seek(0)
    print(f.read(5), f.tell())
    print(f.seek(0, 2), repr(f.read()))
with open("big.txt", encoding="utf-8") as f:
    next(f)
    t(lambda: f.tell())
# binary modes
with open("b.bin", "wb") as f:
    print(type(f).__name__, f.write(bytes(range(10))), f.tell(), f.mode)
with open("b.bin", "ab") as f:
    f.write(b"\xff")
with open("b.bin", "rb") as f:
    print(f.read(3), f.peek(2)[:2], f.read1(2), f.tell(), f.seek(-2, 2), f.read())
with open("b.bin", "r+b") as f:
    print(type(f).__name__)
    f.seek(2)
    f.write(b"XY")
    f.seek(0)
    print(f.read())
with open("b.bin", "rb", buffering=0) as f:
    print(type(f).__name__, f.read(4), f.readall())
with open("x.bin", "xb") as f:
    f.write(b"new")
t(lambda: open("x.bin", "x"))
with open("x.bin", "rb") as f:
    print(f.readlines())
fd = os.open("x.bin", os.O_RDONLY)
with open(fd, "rb", closefd=False) as f:
    print(f.read(), f.name == fd)
print(os.read(fd, 1), os.lseek(fd, 0, 0), os.read(fd, 2))
os.close(fd)
f = open("x.bin", "rb")
print(os.read(f.fileno(), 2), f.read())
f.close()
t(lambda: f.read())
for n in sorted(os.listdir(d)):
    os.remove(n)
os.chdir("/")
os.rmdir(d)
print(os.path.exists(d))
