def f(a: (lambda: A), *, b: B = 1) -> R:
    c: C
    d.e: F = 2
    (g): G = 3
    h[0]: H
    return c
class K:
    i: I
    j: J = 1
