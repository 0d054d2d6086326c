x = 1
del x
def f(a, o, d):
    b = a
    del b
    del o.attr, d[0], d[1:2]
    del (a, [o])
    c = 1
    def g():
        return c
    del c
    return g
