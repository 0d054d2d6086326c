def f(x):
    def g(a, a):
        pass
    global x
