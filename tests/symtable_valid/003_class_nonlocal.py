def f():
    z = 1
    class C:
        nonlocal z
        z = 2
    return z
