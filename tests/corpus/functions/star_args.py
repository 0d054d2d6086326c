# *args and **kwargs collection, forwarding and unpacking at the call site.

def describe(*args, **kwargs):
    return f"args={args} kwargs={dict(sorted(kwargs.items()))}"

print(describe())
print(describe(1, 2, x=3))
print(describe(*[1, 2], *(3,), **{"a": 1}, b=2, **{"c": 3}))
print(describe(*"hi", *range(2)))
print(describe(**{"key with space": 1}))

def forward(*args, **kwargs):
    return describe("forwarded", *args, extra=True, **kwargs)
print(forward(1, y=2))

def point(x, y, z=0):
    return (x, y, z)
coords = [1, 2]
opts = {"z": 9}
print(point(*coords), point(*coords, **opts), point(**{"y": 5, "x": 4}))
print(point(*range(3)))
print(point(1, *[2], **{"z": 3}))

try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    point(1, **{"x": 2, "y": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    describe(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    describe(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    describe(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    describe(**{1: 2})
except TypeError as e:
    print("TypeError:", e)

def total(*nums, start=0):
    for n in nums:
        start += n
    return start
print(total(), total(1, 2, 3), total(*range(5), start=100))
gen = (i * i for i in range(4))
print(total(*gen))

def kw_only_sink(**kw):
    kw["added"] = 1
    return kw
source = {"a": 1}
result = kw_only_sink(**source)
print(source, sorted(result.items()), result is source)

def args_is_tuple(*a):
    return type(a).__name__, a
print(args_is_tuple(*[1, 2]))
print(max(*[3, 9, 2]), min(4, *[7, 1]))
print(*["printed", "via", "star"], sep="-")
