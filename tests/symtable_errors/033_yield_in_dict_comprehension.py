def f(a):
    return {x: (yield x) for x in a}
