f(a, b=2, **kw, *args)
