# Binary operator special methods: forward, reflected, in-place and NotImplemented.
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency
    def __repr__(self):
        return f"Money({self.cents / 100:.2f} {self.currency})"
    def _same(self, other):
        return isinstance(other, Money) and other.currency == self.currency
    def __add__(self, other):
        if self._same(other):
            return Money(self.cents + other.cents, self.currency)
        if isinstance(other, int):
            return Money(self.cents + other, self.currency)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ called with", repr(other))
        if other == 0:
            return self  # lets sum() work
        return self.__add__(other)
    def __sub__(self, other):
        return Money(self.cents - other.cents, self.currency) if self._same(other) else NotImplemented
    def __mul__(self, k):
        return Money(round(self.cents * k), self.currency) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Money(round(self.cents / k), self.currency)
    def __floordiv__(self, other):
        return self.cents // other.cents
    def __mod__(self, other):
        return Money(self.cents % other.cents, self.currency)
    def __divmod__(self, other):
        return (self // other, self % other)
    def __iadd__(self, other):
        print("  __iadd__ mutates in place")
        self.cents += other.cents
        return self
a, b = Money(1050), Money(299)
print(a + b, a - b, a * 2, 3 * b, a / 4, a // b, a % b, divmod(a, b))
print(sum([a, b, Money(1)]))
alias = a
a += b
print(a, alias is a)
c = b
c -= Money(99)
print(c, b, c is b)
for expr in (lambda: a + "x", lambda: a - 5, lambda: "x" * a, lambda: a @ b, lambda: a + Money(1, "USD")):
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)

class Bits:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Bits({self.v:#06b})"
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __pow__(self, n, mod=None): return Bits(pow(self.v, n, mod) if mod else self.v ** n)
    def __rpow__(self, base): return f"{base} ** Bits"
    def __matmul__(self, o): return f"matmul {self.v}@{o.v}"
    def __rlshift__(self, other): return f"reflected << from {other}"
x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, x << 1, x >> 2, x ** 2, pow(x, 2, 5), 2 ** x, x @ y, 1 << x)
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ handled it"
class RightSub(Left):
    def __radd__(self, o):
        return "subclass reflected method tried first"
    def __add__(self, o):
        return "RightSub.__add__"
print(Left() + Right(), "|", Left() + RightSub())
