def f(a):
    return [lambda: (q := x) for x in a]
