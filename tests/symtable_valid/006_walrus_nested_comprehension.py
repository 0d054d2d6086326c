def f(a):
    r = [[(t := j) for j in i] for i in a]
    return t, r
