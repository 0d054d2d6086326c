def f(g):
    return g(key=1, **kw).attr
