f(x for x in a, y for y in b)
