def f():
    def g():
        nonlocal z
    nonlocal w
