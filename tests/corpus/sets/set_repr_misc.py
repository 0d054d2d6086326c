# Set repr, recursion into sets of tuples, and small-int ordering
print({3, 1, 2}, {4, 0, 2}, {-1}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
print(set([5, 4, 3, 2, 1]), {6, 2, 5})
print(sorted({(2, "b"), (1, "a"), (1, "z")}), sorted({1.5, 0.5, -2.5}))
print(repr(set()), str(set()), set({}), set(()), set(""), set(b"abc"))

class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v})"

    def __eq__(self, other):
        return isinstance(other, Box) and other.v == self.v

    def __hash__(self):
        return hash(self.v)

boxes = {Box(1), Box(1), Box(2)}
print(len(boxes), Box(1) in boxes, Box(3) in boxes, sorted(boxes, key=lambda b: b.v))

class Unhashable:
    __hash__ = None

try:
    {Unhashable()}
except TypeError as e:
    print(type(e).__name__, e)
letters = set("the quick brown fox")
print(sorted(letters), len(letters), " " in letters)
vowels = set("aeiou")
print(sorted(letters & vowels), sorted(letters - vowels - {" "})[:5])
seen = set()
unique = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, seen)
print({True, 1, 1.0}, {0, False}, {1, 2} - {True})
