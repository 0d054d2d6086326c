def f(a):
    return [(yield from x) for x in a]
