def g():
    f(1, yield)
