class A:
    """Doc."""
    x: int = 1
    def f(self):
        return super().f()

class B(A, metaclass=M, **kw):
    y = x

@dec
class C(*bases):
    pass

def fn():
    z = 1
    class D:
        a = z
        def m(self):
            return z
    return D
