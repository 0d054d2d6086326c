# __missing__ on dict subclasses: counters, defaults and nested auto-vivification.

class Counter(dict):
    def __missing__(self, key):
        return 0

words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter()
for w in words:
    c[w] += 1
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(c["absent"], "absent" in c, c.get("absent"), len(c))

class DefaultList(dict):
    def __missing__(self, key):
        print(f"  creating list for {key!r}")
        value = self[key] = []
        return value

groups = DefaultList()
for name in ["apple", "avocado", "banana", "cherry", "blueberry"]:
    groups[name[0]].append(name)
print(dict(groups))

class Tree(dict):
    def __missing__(self, key):
        child = self[key] = Tree()
        return child
    def paths(self, prefix=""):
        for k, v in self.items():
            path = f"{prefix}/{k}"
            if v:
                yield from v.paths(path)
            else:
                yield path

t = Tree()
t["usr"]["local"]["bin"]
t["usr"]["share"]
t["etc"]["hosts"]
print(list(t.paths()))

class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no setting named {key!r}")
s = Strict(debug=True)
try:
    s["verbose"]
except KeyError as e:
    print("KeyError:", e)

class Echo(dict):
    def __missing__(self, key):
        return key.upper()
e = Echo(a="set")
print(e["a"], e["b"], e.get("b"), e.setdefault("c", "sd"), dict(e))
print("{x} and {y}".format_map(Echo(x="X")))

class NotDict:
    def __missing__(self, key):
        return "never used"
    def __getitem__(self, key):
        raise KeyError(key)
try:
    NotDict()["k"]
except KeyError as err:
    print("__missing__ only works on dict subclasses:", repr(err))

class Fallback(dict):
    def __init__(self, parent, **kw):
        super().__init__(**kw)
        self.parent = parent
    def __missing__(self, key):
        return self.parent[key]
base = {"color": "red", "size": 1}
child = Fallback(base, size=2)
print(child["color"], child["size"], sorted(child))
