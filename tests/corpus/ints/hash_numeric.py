# Hash and equality agree across int, float, bool and complex
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True))
print(0 == 0.0 == False == -0.0, hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(1), hash(0), hash(-1), hash(-2), hash(True), hash(False))
print(hash(12345), hash(-12345), hash(1.5) == hash(1.5), hash(2.0) == hash(2))
print(hash(complex(3, 0)) == hash(3), hash(10 ** 20) == hash(float(10 ** 20)))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(hash(0.5), hash(-0.5), hash(1e100) == hash(int(1e100)))
print(hash(float("inf")), hash(float("-inf")))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "a", 1: "b", 1.0: "c", 0: "z", False: "y"}
print(d2)
s = {1, 1.0, True, 2, 2.0, 0, False, 0.0}
print(sorted(s), len(s))
print({1.0, 1}, {True, 1}, {1, True})
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)))
print(hash(()) == hash(()), (1, 2) == (1.0, 2.0))
print(1 in {1.0: 0}, 2.0 in {2: 0}, True in [1], 3 in (3.0,))
print([1, 2].count(True), (1, 1.0, True).index(True))
print(frozenset({1, 2}) == {1.0, 2.0}, hash(frozenset({1, 2})) == hash(frozenset({1.0, 2.0})))
