# copy and the object pickling protocol: __reduce_ex__, __reduce__, __getstate__,
# __getnewargs__, __slots__ state, list/dict subclasses, unpicklable built-ins.
import copy, copyreg
class P:
    def __init__(self, x): self.x = x; self.l = [1, 2]
p = P(3)
q = copy.copy(p); print(type(q).__name__, q.x, q.l is p.l)
r = copy.deepcopy(p); print(r.x, r.l == p.l, r.l is p.l)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
t = copy.copy(s); print(t.a, hasattr(t, 'b'))
class L(list): pass
l = L([1, 2]); l.tag = 'x'
m = copy.deepcopy(l); print(type(m).__name__, m, m.tag)
class D(dict): pass
print(copy.copy(D(a=1)))
class N:
    def __getnewargs__(self): return (1, 2)
    def __new__(cls, *a): o = object.__new__(cls); o.args = a; return o
print(copy.copy(N()).args)
print(p.__reduce_ex__(2)[0].__name__, p.__reduce_ex__(2)[1][0].__name__, p.__reduce_ex__(2)[2])
print(p.__getstate__(), s.__getstate__())
print(p.__reduce_ex__(1)[0].__name__)
def gen(): yield 1
try:
    copy.copy(gen())
except TypeError as e: print(e)
class WithReduce:
    def __reduce__(self): return (WithReduce, ())
print(type(copy.copy(WithReduce())).__name__)
