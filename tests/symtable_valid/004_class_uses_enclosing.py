def f(a):
    class C(a):
        b = a
        def m(self):
            return a, b
    return C
