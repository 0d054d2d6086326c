import _operator
print(sorted(n for n in dir(_operator) if not n.startswith('__')))
import operator as o, _operator
print(repr(o.itemgetter(1, 'a')), repr(o.attrgetter('a', 'b.c')), repr(o.methodcaller('f', 1, k=2)), o.itemgetter(1).__reduce__(), o.attrgetter('a.b').__reduce__(), o.methodcaller('f', 1).__reduce__())
r = o.methodcaller('f', 1, k=2).__reduce__()
print(r[1], repr(r[0]))
tests = [lambda: o.itemgetter(), lambda: o.attrgetter(), lambda: o.attrgetter(1), lambda: o.methodcaller(), lambda: o.methodcaller(1), lambda: o.itemgetter(1)(), lambda: o.itemgetter(1)([1, 2], 3), lambda: o.itemgetter(1)(k=1), lambda: o.attrgetter('x')(1), lambda: o.attrgetter('real.x')(1), lambda: o.concat(1, 2), lambda: o.concat({}, {}), lambda: o.iconcat(1, []), lambda: o.indexOf([1, 2], 3), lambda: o.countOf([1, 1.0, True, 2], 1), lambda: o.length_hint(1, 'a'), lambda: o.length_hint(1, 5), lambda: _operator._compare_digest('a', 'b'), lambda: _operator._compare_digest('é', 'é'), lambda: _operator._compare_digest('a', b'a'), lambda: _operator._compare_digest(b'ab', bytearray(b'ab')), lambda: _operator._compare_digest(1, 1), lambda: _operator._compare_digest('abc', 'abc'), lambda: o.index(1.5), lambda: o.abs('x'), lambda: o.neg('x'), lambda: o.call(max, 1, 2), lambda: o.is_(None, None), lambda: o.not_([]), lambda: o.truth(2), lambda: type(o.itemgetter(1)), lambda: o.itemgetter.__module__, lambda: o.add, lambda: o.attrgetter('a..b'), lambda: o.attrgetter('.a'), lambda: o.is_(5, 5), lambda: o.is_not(1000, 1001), lambda: o.concat([1], (2,)), lambda: o.concat('a', 'b'), lambda: o.iconcat([1], (2,))]
for f in tests:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class L:
    def __len__(self): return 5
class H:
    def __length_hint__(self): return 'x'
class H2:
    def __length_hint__(self): return -1
class H3:
    def __length_hint__(self): return NotImplemented
for x in [L(), H(), H2(), H3(), [], object()]:
    try: print(o.length_hint(x, 7))
    except Exception as e: print(type(e).__name__, e)
print(o.add(1, 2), o.sub(5, 3), o.mul('a', 3), o.matmul.__name__, o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10), o.lshift(1, 4), o.rshift(256, 2), o.and_(6, 3), o.or_(6, 3), o.xor(6, 3))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne('a', 'a'), o.gt(3, 2), o.ge(1, 2), o.neg(5), o.pos(-5), o.inv(5), o.invert(0), o.abs(-3.5), o.index(True))
l = [1]; print(o.iadd(l, [2]) is l, l, o.imul(l, 2), o.isub(5, 1), o.ipow(2, 3), o.ior({1}, {2}), o.iand(7, 1), o.ixor(1, 1), o.ilshift(1, 2), o.irshift(8, 1), o.imod(7, 4), o.ifloordiv(7, 2), o.itruediv(1, 4))
d = {}; o.setitem(d, 'k', 1); print(o.getitem(d, 'k'), o.contains(d, 'k')); o.delitem(d, 'k'); print(d)
try: o.add(1, 'a')
except TypeError as e: print(e)
try: o.lt(1, 'a')
except TypeError as e: print(e)
class P:
    def __init__(self): self.x = 1; self.y = self
    def m(self, a, b=0): return (a, b)
p = P()
print(o.attrgetter('x')(p), o.attrgetter('y.y.x', 'x')(p), o.methodcaller('m', 1, b=2)(p), o.methodcaller('m', 3)(p))
print(o.itemgetter(0, -1, slice(1, 3))('abcdef'), o.itemgetter('a')({'a': 9}))
print(sorted([(2, 'b'), (1, 'z'), (3, 'a')], key=o.itemgetter(1)))
from collections import namedtuple
Pt = namedtuple('Pt', 'x y'); pt = Pt(1, 2); print(pt.x, pt.y, pt)
import functools
print(functools.reduce(o.mul, range(1, 6)), functools.reduce(o.add, ['a', 'b'], '>'))
