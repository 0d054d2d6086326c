# yield from: delegation, return values, and pass-through of send/throw.

def count_down(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

def launcher():
    result = yield from count_down(3)
    print("  subgenerator returned", repr(result))
    yield result.upper()
    result2 = yield from []
    yield ("empty returned", result2)

print(list(launcher()))

def accumulate():
    total = 0
    while True:
        value = yield
        if value is None:
            return total
        total += value

def gather_totals(results):
    while True:
        total = yield from accumulate()
        results.append(total)
results = []
g = gather_totals(results)
next(g)
for batch in ([1, 2, 3], [10, 20], []):
    for v in batch:
        g.send(v)
    g.send(None)
print("batch totals:", results)

def inner():
    try:
        yield "inner-1"
        yield "inner-2"
    except KeyError as e:
        print("  inner caught", repr(e))
        yield "inner-recovered"
    finally:
        print("  inner finally")

def outer():
    yield "outer-start"
    yield from inner()
    yield "outer-end"
o = outer()
print(next(o), next(o))
print(o.throw(KeyError("x")))
print(list(o))
o2 = outer()
next(o2); next(o2)
o2.close()
print("closed o2")

def flatten(item):
    if isinstance(item, (list, tuple)):
        for sub in item:
            yield from flatten(sub)
    else:
        yield item
print(list(flatten([1, (2, [3, [4]]), [], 5])))

def delegate_to_iterables():
    yield from "ab"
    yield from range(2)
    yield from {"k": 1}
    return (yield from iter([9]))
print(list(delegate_to_iterables()))

def returns_via_stop():
    x = yield from delegate_to_iterables()
    yield ("got", x)
print(list(returns_via_stop())[-1])
