def f(a, b):
    l = [x for x in a if x for y in b if y]
    s = {x for x in a}
    d = {x: y for x, y in a}
    g = (x for x in a)
    n = [[y for y in x] for x in a]
    return [a for a in a]
