def f()
    pass
