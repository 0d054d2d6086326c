# print() with sep, end, file and flush
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -> continued")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" | ")
print("x", end="")
print("y", end="")
print()
print(*range(5))
print(*"abc", sep="-")
print(*[], sep="never shown")
print("sep None", "end None", sep=None, end=None)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("to stdout explicitly", file=sys.stdout)
print("multi\nline", "value", sep="\n")
print("", "", sep="[]")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print("", n)
for bad in [dict(sep=5), dict(end=[]), dict(file="not a file"), dict(nope=1)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class Shout:
    def __str__(self):
        return "SHOUT"

    def __repr__(self):
        return "Shout()"

print(Shout(), [Shout()], str(Shout()), repr(Shout()))

class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

c = Collector()
print("hello", "world", file=c, sep="_", end="!")
print(c.parts)
print("last line to stderr", file=sys.stderr)
