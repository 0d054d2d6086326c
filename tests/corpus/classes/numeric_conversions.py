# Unary operators and numeric conversion hooks: __neg__, __abs__, __index__, __round__ ...

class Fixed:
    """Fixed-point number with two decimal places."""
    def __init__(self, hundredths):
        self.h = hundredths
    def __repr__(self):
        sign = "-" if self.h < 0 else ""
        return f"Fixed({sign}{abs(self.h) // 100}.{abs(self.h) % 100:02d})"
    def __neg__(self): return Fixed(-self.h)
    def __pos__(self): return Fixed(self.h)
    def __abs__(self): return Fixed(abs(self.h))
    def __invert__(self): return Fixed(~self.h)
    def __int__(self): return int(self.h / 100)
    def __float__(self): return self.h / 100
    def __complex__(self): return complex(self.h / 100, 0)
    def __bool__(self): return self.h != 0
    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.h / 100)
        return Fixed(round(self.h, ndigits - 2)) if ndigits < 2 else self
    def __trunc__(self): return int(self)
    def __floor__(self): return self.h // 100
    def __ceil__(self): return -(-self.h // 100)

x = Fixed(-1250)
print(-x, +x, abs(x), ~Fixed(5))
print(int(x), float(x), complex(x), bool(x), bool(Fixed(0)))
print(round(Fixed(1250)), round(Fixed(1350)), round(Fixed(1256), 1), round(Fixed(1256), 3))
print("trunc/floor/ceil hooks:", x.__trunc__(), x.__floor__(), x.__ceil__())
print("yes" if Fixed(1) else "no", "yes" if Fixed(0) else "no")

class Slot:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        print(f"  __index__ -> {self.n}")
        return self.n

items = list("abcdef")
print(items[Slot(2)], items[Slot(1):Slot(4)], hex(Slot(255)), bin(Slot(5)), oct(Slot(8)))
print(range(Slot(3)), "xyz" * Slot(2), "int() falls back to __index__:", int(Slot(7)))

class OnlyLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(OnlyLen(0)), bool(OnlyLen(3)), len(OnlyLen(2)))

class BadLen:
    def __len__(self):
        return -1
class BadBool:
    def __bool__(self):
        return 1
for obj, fn in [(BadLen(), len), (BadBool(), bool), (object(), float)]:
    try:
        fn(obj)
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")

class NoIndex:
    def __int__(self):
        return 3
try:
    [1, 2, 3][NoIndex()]
except TypeError as e:
    print("TypeError:", e)
print(int(NoIndex()), f"{Fixed(399)!r}", float(Fixed(-5)))
