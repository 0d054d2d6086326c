import abc, inspect
class A: pass
class B(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class C(B):
    def f(self): pass
class L(list): pass
HEAP, BASE, ABSTRACT = 1 << 9, 1 << 10, 1 << 20
for t in (object, int, bool, list, tuple, bytes, str, dict, type, BaseException, ValueError, A, B, C, L, abc.ABC):
    f = t.__flags__
    print(t.__name__, bool(f & HEAP), bool(f & BASE), bool(f & ABSTRACT), [i for i in range(24, 32) if f & (1 << i)], inspect.isabstract(t))
