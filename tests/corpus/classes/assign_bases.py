# Assigning __bases__: method lookups and subclass MROs follow, and CPython's errors.
class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A): pass
class D(C): pass
d = D()
print(d.f(), D.__mro__)
C.__bases__ = (B,)
print(d.f(), [k.__name__ for k in D.__mro__], [k.__name__ for k in B.__subclasses__()], A.__subclasses__())
for bad in [(), (D,), [A], (1,), (int,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)
print(d.f())
