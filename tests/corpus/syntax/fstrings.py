# f-strings: conversions, self-documenting '=', nesting and escapes.

name = "Ada"
langs = ["py", "java"]
score = 92.456

print(f"Hello, {name}!")
print(f"{name!r} {name!s} {name!a}")
print(f"{'café'!a}")
print(f"{name=}")
print(f"{name = }")
print(f"{score=:.1f}")
print(f"{len(langs)=}")
print(f"{langs[0]!r:>6}|")
print(f"{{literal braces}} {{{name}}}")
print(f"{3 + 4}{'x' * 3}")
print(f"{'nested ' + f'{name.upper()}'}")
width = 10
prec = 3
print(f"[{score:{width}.{prec}f}]")
print(f"[{name:{'*'}^{width}}]")
d = {"key": "value", "n": 5}
print(f"{d['key']} {d['n'] * 2}")
print(f"{'yes' if score > 90 else 'no'}")
print(f"{(lambda x: x * 2)(21)}")
items = [f"{i}:{i*i}" for i in range(4)]
print(", ".join(items))
print(f"multi"
      f"part {name}"
      " plain")
print(rf"raw \n {name}")
print(f"{name}" f"{name}")
print(f"tab\there", f"{chr(65)}")
print(f"{3.0!r} {True!s} {None}")

class Temp:
    def __init__(self, c):
        self.c = c
    def __repr__(self):
        return f"Temp({self.c!r})"
    def __str__(self):
        return f"{self.c}°C"
    def __format__(self, spec):
        if spec == "f":
            return f"{self.c * 9 / 5 + 32:.1f}°F"
        return format(str(self), spec)

t = Temp(25)
print(f"{t} {t!r} {t:f} [{t:>8}] {t=}")
print(f"{t!s:>8}|{t!r:<12}|")
x = 42
print(f"{x:#x} {x:#o} {x:#b} {x:08.3f} {x:+d} {-x: d}")
print(f"{'a'}{'b'!r}{'c'=}")
print(f"{x!r:^9}")
