# frozenset: immutability, hashing, mixing with set
f = frozenset([3, 1, 2])
g = frozenset(range(2, 6))
print(f, g, f | g, f & g, f - g, f ^ g)
print(type(f | {9}).__name__, type({9} | f).__name__, type(f.union([1])).__name__, type(f.copy()).__name__)
print(f.copy() is f, frozenset(f) is f, frozenset() == set(), hash(frozenset()) == hash(frozenset([])))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {f: "key"}[frozenset({1, 2, 3})])
for name in ["add", "remove", "discard", "update", "pop", "clear"]:
    print(name, hasattr(f, name))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
nested = {frozenset({1}), frozenset({1, 2}), frozenset({1})}
print(len(nested), sorted(len(x) for x in nested), frozenset({1}) in nested)
powerset = [frozenset()]
for item in [1, 2, 3]:
    powerset += [s | {item} for s in powerset]
print(sorted(sorted(s) for s in powerset))
print(f <= g, f & g <= f, f.issubset([1, 2, 3, 4]), f.isdisjoint(g), repr(frozenset()))
try:
    {1, 2}.__hash__()
except TypeError as e:
    print(type(e).__name__, e)
print(set.__hash__ is None, frozenset({frozenset({1})}), len(frozenset("abcabc")))
print(sorted(frozenset(["b", "a"])), frozenset([1, 2]) == {1, 2}, {frozenset([1])} == {frozenset([1])})
