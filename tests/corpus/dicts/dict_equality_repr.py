# Equality, repr of nested/recursive dicts, and unhashable errors
a = {"x": [1, 2], "y": {"z": None}}
b = {"y": {"z": None}, "x": [1, 2]}
print(a == b, a != b, a is b, {} == {}, {1: 1} == {1.0: 1.0}, {1: 2} == [(1, 2)])
try:
    print(a < b)
except TypeError as e:
    print(type(e).__name__, e)
r = {"name": "loop"}
r["self"] = r
print(r)
r2 = {"list": []}
r2["list"].append(r2)
print(r2)
print({"q": "it's", "d": 'say "x"', "n": "\n", 1.5: b"b", (1,): frozenset(), None: True})
print(repr({}), str({1: {}}), {"nested": {"deeper": {"deepest": []}}})
for bad in [lambda: {[]: 1}, lambda: {set(): 1}, lambda: {{}: 1}, lambda: {"a": 1}.get({})]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 3

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n

    def __repr__(self):
        return f"Key({self.n})"

kd = {Key(i): i for i in range(6)}
print(kd, kd[Key(4)], Key(7) in kd, len(kd))
print(dict.__name__, type({}).__name__, isinstance({}, dict), {}.__class__ is dict)
print(len({1: 1, True: 2, 1.0: 3}), {1: 1, True: 2, 1.0: 3})
