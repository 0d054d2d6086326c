def f(x):
    return lambda a=x, *b, c=x, **d: (a, b, c, d, x)
