def f(a, b):
    return f"{a!r:>{b}} {[c for c in a]} {(lambda: b)()}"
