# Mutating a dict during iteration
d = {i: i for i in range(5)}
try:
    for k in d:
        if k == 2:
            d[k * 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for v in d.values():
        d.pop(0)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
try:
    for k, v in d.items():
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {"a": 1}
try:
    for k in d:
        d.pop(k)
        d[k] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
