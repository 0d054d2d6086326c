def f()::
    pass
