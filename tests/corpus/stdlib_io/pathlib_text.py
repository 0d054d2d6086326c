# pathlib on top of io: write_text/read_text, write_bytes/read_bytes, Path.open, iterdir.
import os
import pathlib

base = pathlib.Path("/tmp") / ("taipan-io-test-pathlib-" + str(os.getpid()))
base.mkdir()
p = base / "notes.txt"
print(p.write_text("alpha\nbeta é\n"), p.read_text(), p.read_bytes())
print((base / "raw.bin").write_bytes(b"\x00\x01"), (base / "raw.bin").read_bytes())
print(p.write_text("x\ny\n", newline="\r\n"), p.read_bytes(), repr(p.read_text()))
print(p.write_text("caf\xe9", encoding="latin-1"), p.read_bytes(), p.read_text(encoding="latin-1"))
with p.open("a", encoding="utf-8") as f:
    f.write("!")
with p.open("rb") as f:
    print(f.read())
print(sorted(c.name for c in base.iterdir()))
try:
    (base / "missing").read_text()
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
for c in base.iterdir():
    c.unlink()
base.rmdir()
print(base.exists())
