def f(a):
    return [(j := i) for i in a for j in a]
