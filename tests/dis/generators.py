def gen(n):
    total = 0
    for i in range(n):
        received = yield i
        if received:
            total += received
    return total

def delegate(g):
    result = yield from g
    yield result

def genexp_closure(xs, k):
    return (x * k for x in xs if x)

lazy = (y for y in range(3))
