def f(a):
    return [x for y in a for x in (z := y)]
