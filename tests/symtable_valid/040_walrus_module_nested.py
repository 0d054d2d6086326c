def f():
    pass
r = [[(m := j) for j in i] for i in range(3)]
