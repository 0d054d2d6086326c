# Buffered readers and writers over files, over raw classes written in Python, and BufferedRWPair.
import io
import os
d = "/tmp/taipan-io-test-buffered-" + str(os.getpid())
os.mkdir(d)
os.chdir(d)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
with io.FileIO("z", "w") as f:
    f.write(b"abc\ndef\n")
r = io.BufferedReader(io.FileIO("z")); r.close()
for m in ["read","read1","peek","readline","tell","flush","readable","seekable","fileno","isatty","detach", "__next__", "readinto"]:
    print(m, end=" "); t(lambda: getattr(r, m)() if m != "readinto" else r.readinto(bytearray(2)))
t(lambda: r.seek(0))
w = io.BufferedWriter(io.FileIO("y","w")); w.close()
for m in ["flush","tell","writable","truncate"]:
    print(m, end=" "); t(lambda: getattr(w, m)())
t(lambda: w.write(b"x"))
r = io.BufferedReader(io.FileIO("z")); raw = r.detach(); print(raw)
for m in ["read","flush","tell", "closed", "name", "raw", "mode", "fileno", "close", "detach"]:
    print(m, end=" "); t(lambda: getattr(r, m)() if callable(getattr(type(r), m)) else getattr(r, m))
t(lambda: repr(r))
t(lambda: io.BufferedReader(io.FileIO("y", "w")))
t(lambda: io.BufferedWriter(io.FileIO("z", "r")))
t(lambda: io.BufferedReader(io.FileIO("z"), 0))
r = io.BufferedReader(io.FileIO("z"))
t(lambda: r.read(-2)); t(lambda: r.seek(0, 5)); t(lambda: r.seek(1.5)); print(r, r.mode, r.name)
print(r.peek(1), r.read1(2), r.tell(), r.readline(), r.read(), r.seek(-2, 2), r.read(1), r.tell())
r.seek(0); print(list(r))
print(io.BufferedRandom(io.FileIO("z", "r+")))
t(lambda: io.BufferedRandom(io.FileIO("z", "r")))
t(lambda: io.BufferedWriter(io.FileIO("y","w")).read())
b = io.BufferedRandom(io.FileIO("z", "r+"), 4)
print(b.read(2), b.tell()); b.write(b"XY"); print(b.tell(), b.read(1)); b.seek(0); print(b.read())
b.seek(0, 2); b.write(b"tail"); b.flush(); b.seek(0); print(b.read(), b.tell(), b.truncate(3), b.tell())
b.seek(0); print(b.read()); b.close()
w = io.BufferedWriter(io.FileIO("y", "w"), 8)
for i in range(5): w.write(b"%d-" % i)
print(os.path.getsize("y"), w.tell()); w.flush(); print(os.path.getsize("y")); w.close()
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos+n]; self.pos += n
        return n
r = io.BufferedReader(Raw(b"hello\nworld\nthe end"), 5)
print(r.readline(), r.read(3), r.peek(), r.read1(10), r.read(), r.read())
print(Raw(b"abcdefgh").read(5), Raw(b"abcdefgh").readall(), Raw(b"x").read())
class WRaw(io.RawIOBase):
    def __init__(self): self.chunks = []
    def writable(self): return True
    def write(self, b): self.chunks.append(bytes(b[:2])); return min(2, len(b))
wr = WRaw(); bw = io.BufferedWriter(wr, 4); bw.write(b"abcdefg"); bw.flush(); print(wr.chunks)
p = io.BufferedRWPair(io.BytesIO(b"in data"), io.BytesIO())
print(p.read(2), p.peek()[:3], p.write(b"out"), p.readable(), p.writable(), p.closed); p.close(); print(p.closed)
for n in os.listdir(d): os.remove(n)
os.chdir("/")
os.rmdir(d)
