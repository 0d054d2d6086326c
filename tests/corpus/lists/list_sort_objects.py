# Sorting objects via __lt__ and key functions
class Version:
    def __init__(self, text):
        self.text = text
        self.parts = tuple(int(p) for p in text.split("."))

    def __lt__(self, other):
        return self.parts < other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __repr__(self):
        return "V" + self.text

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.10.0", "1.2"]]
print(sorted(vs))
print(max(vs), min(vs), sorted(vs, reverse=True))
vs.sort(key=lambda v: len(v.text))
print(vs)

class NoOrder:
    def __repr__(self):
        return "NoOrder"

try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__, e)

class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f"G{self.v}"

print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
calls = []

def key(x):
    calls.append(x)
    return -x

print(sorted([3, 1, 2], key=key), calls)
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(sorted(["b", "a"], key=None), sorted([(2, "x"), (1, "y")], key=lambda t: t[1]))
