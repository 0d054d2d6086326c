def f(a):
    global q
    return [q for q in a]
