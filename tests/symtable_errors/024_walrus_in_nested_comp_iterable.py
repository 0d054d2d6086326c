def f(a):
    return [[z for z in (w := b)] for b in a]
