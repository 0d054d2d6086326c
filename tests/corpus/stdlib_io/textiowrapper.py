# io.TextIOWrapper over BytesIO: encodings, errors, newline translation, line buffering, tell/seek cookies, reconfigure.
import io, os
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
b = io.BytesIO(b"x")
t(lambda: io.TextIOWrapper(b, encoding="nope"))

t(lambda: io.TextIOWrapper(b, errors=1))
t(lambda: io.TextIOWrapper(b, newline=1))
t(lambda: io.TextIOWrapper(b, newline="x"))
t(lambda: io.TextIOWrapper(b, encoding=1))
w = io.TextIOWrapper(io.BytesIO(b"ab\ncd"), encoding="utf8")
print(w.encoding, w.errors, w.line_buffering, w.write_through, w.newlines, w._CHUNK_SIZE)
t(lambda: w.write(b"x")); t(lambda: w.read("x")); t(lambda: w.seek(1, 1)); t(lambda: w.seek(1, 2)); t(lambda: w.seek(0, 3)); t(lambda: w.seek(-1))
print(next(w)); t(lambda: w.tell())
t(lambda: w.reconfigure(encoding="latin-1"))
w.close()
for m in ["read","readline","write","tell","flush","readable","seekable","fileno","isatty","detach","__next__", "truncate"]:
    print(m, end=" "); t(lambda: getattr(w, m)() if m != "write" else w.write("x"))
t(lambda: w.closed)
w = io.TextIOWrapper(io.BytesIO(b"ab\ncd")); w.detach()
for m in ["read","tell","flush","closed","buffer","encoding","detach", "close", "name"]:
    print(m, end=" "); t(lambda: getattr(w, m)() if m not in ("closed","buffer","encoding","name") else getattr(w,m))
t(lambda: repr(w))
r = io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"x")))
t(lambda: r.write("x"))
x = io.BytesIO(); w = io.TextIOWrapper(x, encoding="utf-16"); w.write("ab"); w.write("c"); w.flush(); print(x.getvalue())
print(io.text_encoding(None), io.text_encoding("x"))
data = "line1\r\nline2\rline3\nlast é€𝄞".encode("utf-8")
for nl in [None, "", "\n", "\r", "\r\n"]:
    w = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=nl)
    print(repr(nl), w.readlines(), w.newlines)
    w = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=nl)
    w._CHUNK_SIZE = 3
    print(repr(nl), list(w))
    x = io.BytesIO(); w = io.TextIOWrapper(x, newline=nl); w.write("a\nb\r\nc\rd"); w.flush(); print(x.getvalue())
w = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
print(repr(w.read(3)), w.tell(), repr(w.readline()), w.tell(), repr(w.read(8)), w.tell())
pos = w.tell(); rest = w.read(); w.seek(pos); print(w.read() == rest, repr(rest))
w.seek(0); print(repr(w.read()))
w._CHUNK_SIZE = 2
w.seek(0)
cookies = []
while True:
    c = w.tell(); ch = w.read(1)
    if not ch: break
    cookies.append((c, ch))
print(cookies)
for c, ch in cookies:
    w.seek(c); assert w.read(1) == ch, (c, ch)
print("seek ok")
w = io.TextIOWrapper(io.BytesIO("héllo wörld".encode("latin-1")), encoding="latin-1")
print(w.read(4), w.tell(), w.read())
w = io.TextIOWrapper(io.BytesIO("ab\u20acd".encode("utf-16")), encoding="utf-16")
print(repr(w.read(2)), w.tell(), repr(w.read()))
x = io.BytesIO(); w = io.TextIOWrapper(x, encoding="ascii", errors="replace"); w.write("a\xe9b"); w.flush(); print(x.getvalue())
x = io.BytesIO(); w = io.TextIOWrapper(x, encoding="ascii"); t(lambda: w.write("a\xe9b"))
w = io.TextIOWrapper(io.BytesIO(b"a\xffb"), encoding="utf-8", errors="replace"); print(repr(w.read()))
w = io.TextIOWrapper(io.BytesIO(b"a\xffb"), encoding="utf-8"); t(lambda: w.read())
w = io.TextIOWrapper(io.BytesIO(b"a\xffb"), encoding="utf-8", errors="surrogateescape"); print(repr(w.read()))
x = io.BytesIO(); w = io.TextIOWrapper(x, line_buffering=True); w.write("abc"); print(x.getvalue()); w.write("d\ne"); print(x.getvalue())
x = io.BytesIO(); w = io.TextIOWrapper(x, write_through=True); w.write("abc"); print(x.getvalue())
w.reconfigure(line_buffering=True, newline="\r\n"); w.write("x\n"); print(x.getvalue(), w.line_buffering)
b = io.BytesIO(b"hello\nworld\n"); w = io.TextIOWrapper(b); print(w.readline()); w.write("X"); w.seek(0); print(repr(w.read()))
print(repr(io.TextIOWrapper(io.BytesIO(), encoding="latin1")))
tw = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", newline="\r")
tw.mode = "r"
print(repr(tw))
