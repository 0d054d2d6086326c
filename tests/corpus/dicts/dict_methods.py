# Every dict method
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("c", 3), d.setdefault("a", 100), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"d": 4}, e=5)
d.update([("f", 6), ("a", 10)])
d.update(g=7)
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c == d, len(c))
print(d.popitem(), d.popitem(), d)
c.clear()
print(c, len(c), bool(c))
try:
    c.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([], 1))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)
print(dict(), dict(a=1), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", (1, 2))))
for bad in [lambda: dict([1, 2]), lambda: dict([("a",)]), lambda: dict(5), lambda: {}.update(1),
            lambda: {}.get(), lambda: {}.setdefault(), lambda: {"a": 1}.pop()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(d), d.__contains__("b"), "b" in d, 2 in d, d.__len__())
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
