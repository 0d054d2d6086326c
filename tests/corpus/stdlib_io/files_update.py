# Mixing reads, writes, seeks and tells on r+/w+/a+ files, text and binary.
import os
p = "/tmp/taipan-io-test-rw-%d" % os.getpid()
with open(p, "w+") as f:
    f.write("hello\nworld\n"); f.seek(0); print(repr(f.readline())); f.write("X"); f.seek(0); print(repr(f.read()))
    f.seek(0); f.read(2); print(f.tell()); f.seek(f.tell()); f.write("Y"); f.seek(0); print(repr(f.read()))
with open(p, "r+b") as f:
    print(f.read(3), f.tell()); f.write(b"__"); print(f.tell(), f.read(2), f.tell()); f.seek(0); print(f.read())
    f.seek(-2, 2); f.write(b"!!"); print(f.tell()); f.seek(0); print(f.read(), f.peek(5), f.tell())
    f.seek(1); print(f.read1(3), f.tell(), f.truncate(), f.tell()); f.seek(0); print(f.read())
with open(p, "a+") as f:
    print(f.tell(), repr(f.read())); f.seek(0); print(repr(f.read())); f.write("tail"); f.seek(0); print(repr(f.read()))
os.remove(p)
