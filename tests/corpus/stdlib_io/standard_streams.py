# sys.stdout/stderr/stdin are io.TextIOWrapper objects over buffered FileIO(0/1/2).
import io
import os
import sys

for s in (sys.stdout, sys.stderr, sys.stdin):
    print(repr(s), type(s).__name__, isinstance(s, io.TextIOWrapper), isinstance(s, io.TextIOBase))
    print(" ", s.encoding, s.name, s.mode, s.fileno(), s.closed, s.readable(), s.writable())
    print(" ", repr(s.buffer.raw), s.buffer.raw.closefd)
print(sys.stderr.errors, sys.stderr.line_buffering, sys.__stdout__ is sys.stdout)
sys.stdout.flush()
print(sys.stdout.buffer.write(b"raw bytes\n"))
sys.stdout.buffer.flush()
sys.stdout.write("text\n")
sys.stdout.flush()
os.write(1, b"os.write\n")
print("caf\xe9 \u20ac", file=sys.stdout)
sys.stderr.write("to stderr \udc80\n")
try:
    sys.stdout.write("\udc80")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdin.write("x")
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
print(repr(sys.stdin.read()))
sys.stdout.flush()
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
value = sys.stdout.getvalue()
sys.stdout = old
print(repr(value))
