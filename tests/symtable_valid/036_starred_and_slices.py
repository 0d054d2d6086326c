def f(a):
    *b, c = a
    [d, *e] = a
    return a[b:c:d], {**e}, [*b]
