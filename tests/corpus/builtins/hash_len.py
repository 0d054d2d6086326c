# hash() of ints and tuples; len() and its errors
for v in [0, 1, -1, 42, -42, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), 10 ** 30, True, False]:
    print(v, hash(v))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash(None) == hash(None), hash(1.0) == hash(1), hash((1, (2, 3))) == hash((1.0, (2.0, 3))))
for bad in [[1], {}, {1}, bytearray(), ([],)]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)

class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return True

print(hash(H(7)), hash(H(-1)), hash(H(2 ** 64)), len({H(1), H(2)}))

class BadHash:
    def __hash__(self):
        return "nope"

try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
print(len("héllo"), len([1, [2, 3]]), len((1,)), len({"a": 1}), len(range(0, 10, 3)), len(b"\x00\x01"), len(set()))
for bad in [5, 1.5, None, iter([1]), (x for x in "ab"), len]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)

class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)))
for n in [-1, "3", 2 ** 70]:
    try:
        print(len(Sized(n)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
