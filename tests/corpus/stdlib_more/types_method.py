import types
class A:
    def m(self):
        "doc of m"
    def n(self): pass
print(A().m.__doc__, A().n.__doc__)
def f(self, x): return (self, x)
bm = types.MethodType(f, 5)
print(bm(1), bm.__self__, bm.__func__ is f)
for args in ((1, 2), (f, None), (f,)):
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(type(e).__name__, e)
