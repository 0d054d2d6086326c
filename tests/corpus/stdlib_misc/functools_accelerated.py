import functools, _functools
from functools import partial, cmp_to_key, reduce, lru_cache
print(functools.partial is _functools.partial, functools.reduce is _functools.reduce, functools._lru_cache_wrapper is _functools._lru_cache_wrapper, functools.cmp_to_key is _functools.cmp_to_key)
class P(partial): pass
def f(*a, **k): return a, k
def clean(s): return s.replace(hex(id(f)), 'X')
print(clean(repr(P(f, 1))), clean(repr(partial(f, 1, 'a', k=2))))
p = partial(f, 1); p.attr = 5; print(partial(p, 2).func is p, partial(partial(f, 1, a=1), 2, b=2).args, partial(partial(f, 1, a=1), 2, b=2).keywords)
tests = [lambda: partial(), lambda: partial(1), lambda: reduce(lambda a, b: a, []), lambda: reduce(lambda a, b: a, 1), lambda: reduce(), lambda: cmp_to_key(lambda a, b: 0)(1) < 1, lambda: cmp_to_key(lambda a, b: 0)(), lambda: partial(f).__setstate__(1), lambda: partial(f).__setstate__((1, 2)), lambda: partial(f).__setstate__((1, (), {}, None)), lambda: lru_cache(maxsize='a'), lambda: type(cmp_to_key(lambda a, b: 0)), lambda: type(cmp_to_key(lambda a, b: 0)(1)), lambda: cmp_to_key(lambda a, b: 0)(1).obj, lambda: clean(repr(partial(f, 1).__reduce__()[1:])), lambda: partial.__module__, lambda: functools._lru_cache_wrapper, lambda: type(lru_cache(f)), lambda: partial(f, x=1)(x=2), lambda: partial[int], lambda: partial(f, 1) == partial(f, 1), lambda: lru_cache(f).__wrapped__ is f, lambda: lru_cache(f).cache_parameters(), lambda: functools._lru_cache_wrapper(f, 'a', False, None), lambda: partial(f, 1, k=1)(2, j=2), lambda: reduce(lambda a, b: a * b, range(1, 7)), lambda: reduce(lambda a, b: a + b, [], 'init'), lambda: reduce(lambda a, b: a + b, ['x'])]
for e in tests:
    try: print(repr(e()))
    except Exception as x: print(type(x).__name__, x)
p = partial(f, 1); p.__setstate__((f, (2,), None, None)); print(p.args, p.keywords, p())
p.__setstate__((f, (3,), {'q': 1}, {'extra': 7})); print(p(), p.extra, clean(repr(p.__reduce__())))
p = partial(f); p.keywords['z'] = 1; print(p())
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print([sq(i) for i in [1, 2, 1, 3, 2, 1]], calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__)
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@lru_cache
def kw(a, b=2, *, c=3): return a + b + c
print(kw(1), kw(1, b=2), kw(a=1), kw(1, c=5), kw.cache_info())
@lru_cache(maxsize=0)
def z(x): return x
print(z(1), z(1), z.cache_info())
@functools.cache
def cc(x): return [x]
print(cc(1) is cc(1), cc.cache_info())
try: sq([1])
except TypeError as e: print(e)
class C:
    @lru_cache
    def m(self, x): return (id(self) > 0, x)
    @functools.cached_property
    def prop(self): return 42
c = C(); print(c.m(1), c.m(1), C.m.cache_info(), c.prop)
pm = functools.partialmethod(lambda self, a, b: (a, b), 1)
class D:
    meth = pm
print(D().meth(2))
@functools.singledispatch
def g(x): return 'default'
@g.register
def _(x: int): return 'int'
print(g(1), g('a'), g(1.5))
print(functools.wraps(f)(lambda: 0).__name__)
rec = partial(f); rec.__setstate__((f, (), {}, None))
