# Reading the program's standard input through input(), sys.stdin and sys.stdin.buffer.
import sys

print(repr(input()))
print(repr(input("prompt> ")))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(4)))
print(sys.stdin.buffer.read(3))
for line in sys.stdin:
    print("line", repr(line))
    if line.startswith("stop"):
        break
print(repr(sys.stdin.read()))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
