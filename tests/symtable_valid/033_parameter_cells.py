def f(a, /, b, *c, d, **e):
    def g():
        return a, b, c, d, e
    return g
