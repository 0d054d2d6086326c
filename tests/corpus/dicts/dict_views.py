# Views: dynamic behaviour and set operations on keys/items views
d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["d"] = 4
print(len(keys), list(values), ("d", 4) in items, "d" in keys, 4 in values)
del d["a"]
print(list(keys), list(items))
print(sorted(keys & {"b", "x"}), sorted(keys | {"x"}), sorted(keys - {"b"}), sorted(keys ^ {"b", "y"}))
print(sorted(items & {("b", 2), ("c", 99)}), sorted(items - {("b", 2)}))
print(keys == {"b", "c", "d"}, keys <= {"b", "c", "d", "e"}, keys < {"b", "c", "d"}, keys.isdisjoint({"q"}))
print(items == {("b", 2), ("c", 3), ("d", 4)}, type(keys & set()).__name__)
e = {"c": 0, "d": 0, "z": 0}
print(sorted(d.keys() & e.keys()), sorted(d.keys() - e.keys()), sorted(e.keys() | ["extra"]))
try:
    values & {1}
except TypeError as ex:
    print(type(ex).__name__, ex)
print(values == values, d.values() == d.values(), list(d.values()) == list(d.values()))
print(list(reversed(keys)), list(reversed(items)), list(reversed(values)))
print(keys.mapping if False else sorted(keys.mapping), type(keys).__name__, type(items).__name__)
try:
    keys[0]
except TypeError as ex:
    print(type(ex).__name__, ex)
it = iter(items)
print(next(it), next(it))
print(sorted(keys ^ ["c", "x"]), keys - ["c"] == {"b", "d"})
print(dict(items) == d, {**d}, list(zip(keys, values)))
