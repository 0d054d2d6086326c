def f():
    def g():
        nonlocal x = 1
