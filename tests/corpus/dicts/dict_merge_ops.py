# The | and |= operators on dicts
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(c, a, b, b | a)
a |= b
print(a)
a |= [("w", 0), ("x", -1)]
print(a)
a |= {}
print(a)
for bad in [lambda: a | [("q", 1)], lambda: a | None, lambda: {} | set()]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a |= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a |= [1, 2]
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(a)
base = {"color": "red", "size": 1}
override = {"size": 2}
cfg = base | override | {"extra": True}
print(cfg, base)
alias = base
base |= override
print(alias is base, alias)

class Sub(dict):
    pass

s = Sub(k=1) | {"j": 2}
print(type(s).__name__, s)
r = {"j": 2} | Sub(k=1)
print(type(r).__name__, r)
print({1: "a"} | {1.0: "b"}, {True: "t"} | {1: "one"})
