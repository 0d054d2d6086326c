# Insertion order is preserved across updates, deletes and re-inserts
d = {}
for k in ["zebra", "apple", "mango", "kiwi"]:
    d[k] = len(k)
print(d)
d["apple"] = 99
print(list(d))
del d["zebra"]
d["zebra"] = 0
print(list(d))
d.pop("mango")
d.setdefault("mango", -1)
print(d)
n = {i: i * i for i in range(10, 0, -1)}
print(n)
print(list(n)[:3], list(n.values())[-3:])
m = {3: "c", 1: "a", 2: "b"}
m.update({1: "A", 4: "d"})
print(m, sorted(m), sorted(m.items(), key=lambda kv: kv[1]))
squares = dict((x, x * x) for x in (5, 1, 3))
print(squares, list(squares.items()))
merged = {**{"x": 1, "y": 2}, **{"y": 20, "z": 30}, "x": 100}
print(merged)
order = []
for key in {"b": 1, "a": 2, "c": 3}:
    order.append(key)
print(order)
od = {}
od[2] = "two"
od[1.0] = "one"
od[True] = "true?"
od[0] = "zero"
print(od)
t = dict.fromkeys("mississippi")
print("".join(t))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
