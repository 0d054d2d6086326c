def f():
    class C:
        def g(self):
            yield self
        h = (i for i in range(3))
    return C
