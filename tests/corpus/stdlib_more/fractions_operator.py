from fractions import Fraction as F
import operator, math, decimal

print(F(3, 4), repr(F(6, -8)), F("1.25"), F(" -3/7 "), F(0.5), F(1.1).limit_denominator(100), F(decimal.Decimal("0.75")))
print(F(1, 3) + F(1, 6), F(1, 3) - 1, F(2, 3) * F(3, 4), F(1, 2) / F(1, 4), F(7, 2) // 2, F(7, 2) % 1, -F(1, 2), abs(F(-5, 3)))
print(F(2, 3) ** 2, F(4, 9) ** F(1, 2), 2 ** F(1, 2), F(1, 2) ** -2, F(1, 3) + 0.5, 1 / F(3))
print(F(1, 2) == 0.5, F(1, 3) < 0.34, F(1, 2) == F(2, 4), hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), F(5, 1) == 5)
print(math.floor(F(-7, 2)), math.ceil(F(7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2), int(F(-7, 2)), float(F(1, 8)))
print(F(3, 4).numerator, F(3, 4).denominator, F(6, 4).as_integer_ratio(), F(5).is_integer() if hasattr(F, "is_integer") else "n/a")
print(divmod(F(7, 2), F(1, 3)), F(1, 10) + F(2, 10) == F(3, 10), sum([F(1, n) for n in range(1, 6)]), bool(F(0)))
print(f"{float(F(1, 3)):.5f}", str(F(-0)), F(10, 4).limit_denominator(1), F(3.14159).limit_denominator(10))
for bad in ("1/0", "abc", "1.2.3", ""):
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for args in ((1, 0), (1.5, 2), ("1", 2)):
    try:
        F(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    F(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    F(1, 2) + "x"
except TypeError as e:
    print(type(e).__name__, e)
print(F.from_float(0.1), F.from_decimal(decimal.Decimal("1.5")), F(1, 3) + complex(1, 1))

# operator
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("a", 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.pos(-5), operator.abs(-2), operator.inv(5), operator.invert(0), operator.not_(0), operator.truth([]))
print(operator.lshift(1, 4), operator.rshift(256, 3), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.matmul.__name__)
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.index(7))
lst = [1, 2, 3, 4]
operator.setitem(lst, 0, 10); operator.delitem(lst, 1)
print(lst, operator.getitem(lst, slice(0, 2)), operator.length_hint([1, 2]), operator.length_hint(5, 7), operator.length_hint(iter([]), 5))
x = [1]
print(operator.iadd(x, [2]), x, operator.iconcat(x, [3]), operator.imul(3, 4), operator.ipow(2, 3), operator.ior({1}, {2}))
ig = operator.itemgetter(1)
ig2 = operator.itemgetter(0, -1)
print(ig("abc"), ig2("abc"), ig2([1, 2, 3]), repr(ig), repr(ig2), sorted([(1, "b"), (2, "a")], key=ig))
class O:
    def __init__(self): self.a = 1; self.b = self
    def m(self, x, y=0): return x + y
ag = operator.attrgetter("a", "b.a")
print(ag(O()), repr(operator.attrgetter("b.a")), operator.attrgetter("a")(O()))
mc = operator.methodcaller("m", 5, y=2)
print(mc(O()), repr(mc), operator.methodcaller("upper")("abc"), repr(operator.methodcaller("split", ",")))
try:
    operator.itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    operator.attrgetter("zz")(O())
except AttributeError as e:
    print(type(e).__name__, e)
try:
    operator.attrgetter(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    operator.methodcaller()
except TypeError as e:
    print(type(e).__name__, e)
try:
    operator.index(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    operator.indexOf([1], 9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    operator.length_hint(1, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(operator.__add__ is operator.add, type(operator.add).__name__, type(operator.itemgetter(1)).__name__)
print(operator.call(len, "abc") if hasattr(operator, "call") else "no call")
import pickle
print(pickle.loads(pickle.dumps(ig2))("xyz"), pickle.loads(pickle.dumps(ag))(O())[0], pickle.loads(pickle.dumps(mc))(O()))
