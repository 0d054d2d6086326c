# Rich comparisons, reflection, NotImplemented, and __eq__/__hash__ interplay.

class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.parts)

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"), Version("2.0") > Version("1.9"))
print(Version("1.0") >= Version("1.0"), Version("1.0") == "1.0", Version("1.0") != "1.0")
print(len({Version("1.0"), Version("1.0"), Version("1.1")}))
try:
    Version("1.0") < "1.0"
except TypeError as e:
    print("TypeError:", e)

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)

class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other.name})")
        return NotImplemented
    def __gt__(self, other):
        print(f"  {self.name}.__gt__({other.name})")
        return NotImplemented
    def __lt__(self, other):
        print(f"  {self.name}.__lt__({other.name})")
        return "lt-result"
a, b = Loud("a"), Loud("b")
print("a == b ->", a == b)
print("a > b ->", a > b)
print("a is a, a == a ->", a == a)

class Sub(Version):
    def __eq__(self, other):
        print("  Sub.__eq__ tried first (reflected, subclass)")
        return super().__eq__(other)
print(Version("3") == Sub("3"))

nan = float("nan")
box = [nan]
print(nan == nan, nan in box, box == [nan], box.count(nan))
print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "abc" < "abd" < "b")
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
class Hashable:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return self.k == o.k
    def __hash__(self): return self.k % 3
d = {Hashable(1): "one", Hashable(4): "four"}
print(d[Hashable(4)], len(d))
