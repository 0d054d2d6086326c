def f(a):
    return [(yield x) for x in a]
