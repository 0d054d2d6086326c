def f(a:):
    pass
