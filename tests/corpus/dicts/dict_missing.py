# dict subclasses with __missing__
class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()), c["zzz"], "zzz" in c, c.get("zzz"), len(c))

class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value

tree = AutoVivify()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print(tree, len(tree["a"]))

class Loud(dict):
    def __missing__(self, key):
        raise KeyError(f"no such key: {key!r}")

try:
    Loud(a=1)["b"]
except KeyError as e:
    print(type(e).__name__, e)

class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        self[key] = v = self.factory()
        return v

groups = Default(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups), groups.get("z"), "z" in groups)
print(Default(int, {"x": 5})["x"], Default(str)["y"] == "")

class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())

u = Upper(A=1)
print(u["a"], u.get("a"), type(u).__name__, isinstance(u, dict), u)
print("{x} and {y}".format_map(Counter(x=5)))
