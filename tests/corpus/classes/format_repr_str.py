# __repr__, __str__ and __format__, and how print/str/repr/format/f-strings use them.

class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
    def __format__(self, spec):
        if spec.endswith("c"):
            width = spec[:-1]
            text = f"{self.currency} {self.amount:,.2f}"
            return format(text, f">{width}" if width else "")
        return format(str(self), spec)

m = Money(1234.5, "EUR")
print(m)
print(repr(m), str(m), [m], (m,), {"k": m})
print(f"{m} | {m!r} | {m:c} | [{m:>16}] | [{m:20c}]")
print("{} {!r} {:c}".format(m, m, m))
print(format(m, "<14") + "|")

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
print(str(OnlyRepr()), OnlyRepr(), f"{OnlyRepr()}", format(OnlyRepr()))

class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr(), [str(OnlyStr())])

class Plain:
    pass
try:
    format(Plain(), "10")
except TypeError as e:
    print("TypeError:", e)
plain = Plain()
print(format(plain, "") == str(plain) == repr(plain))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)

class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)

lst = [1]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(lst, d)

class Temperature(float):
    def __str__(self):
        return f"{float(self):.1f}°"
t = Temperature(21.456)
print(t, repr(t), f"{t}", f"{t:.2f}", t + 1)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}(x={self.x!r}, y={self.y!r})"
class Point3(Point):
    pass
print([Point(1, "a"), Point3(2.5, None)])
