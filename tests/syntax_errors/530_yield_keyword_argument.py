def g():
    f(a=yield)
