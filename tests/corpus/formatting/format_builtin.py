# The format() builtin and __format__
print(format(3), format(3, ""), format("s"), format(2.5), format(1 + 1j), format(None))
print(format(255, "x"), format(255, "#b"), format(0.5, ".0%"), format("abc", "^7"))
print(repr(format(True)), repr(format(False, "d")), format([1, 2]), format((3,)))

class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] + "f") + "C"
        return "Temp(%s)" % self.c

t = Temp(21.5)
print(format(t, ".1C"), format(t, ".2F"), format(t), f"{t:.0F}", "{:8.3C}".format(t))

class Plain:
    def __str__(self):
        return "plain!"

print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), "10")
except TypeError as e:
    print(type(e).__name__, e)

class BadFormat:
    def __format__(self, spec):
        return 42

try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.0, "X")
except ValueError as e:
    print(type(e).__name__, e)
print(int.__format__(10, "x"), str.__format__("a", ">3"), float.__format__(1.0, "e"))
print(object.__format__(Plain(), ""))
try:
    object.__format__(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
