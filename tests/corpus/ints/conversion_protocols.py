# int()/float()/complex()/operator.index conversions: deprecated int/float/complex
# subclass results, __trunc__ delegation, buffers, bytes with non-ASCII spaces,
# sequence repeat overflow, unsafe __new__ and nan hashing.
import array
import operator
import warnings


def show(f, *args):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f(*args)
            print("->", type(r).__name__, r)
        except Exception as e:
            print(type(e).__name__, e)
        for x in w:
            print("  warning:", x.category.__name__, x.message)


class IndexBool:
    def __index__(self):
        return True


class IntBool:
    def __int__(self):
        return True


class Trunc:
    def __trunc__(self):
        return 7


class TruncBad:
    def __trunc__(self):
        return "x"


class MyFloat(float):
    pass


class FloatSub:
    def __float__(self):
        return MyFloat(2.5)


class MyComplex(complex):
    pass


class ComplexSub:
    def __complex__(self):
        return MyComplex(1, 2)


class Complex42(complex):
    def __complex__(self):
        return 42j


show(operator.index, IndexBool())
show(int, IndexBool())
show(int, IntBool())
show(int, Trunc())
show(int, TruncBad())
show(float, FloatSub())
show(complex, ComplexSub())
show(complex, Complex42(1j))
show(complex, 1, Complex42(1j))
show(int, memoryview(b"12"))
show(int, memoryview(b"1x"))
show(int, array.array("b", b"34"))
show(int, memoryview(b"12"), 16)
show(float, memoryview(b"12.5")[1:4])
show(float, array.array("b", b"3.5"))
show(float, b"123\xa0")
show(int, b"12\xa0")
show(float, "12\xa0")
show(float.__getformat__, 1)
show(float.__getformat__, "chicken")
for seq in ("a", b"a", [1], (1,), bytearray(b"a")):
    show(operator.mul, seq, -2**100)
    show(operator.mul, 2**100, seq)
show(int.__new__, bool, 0)
show(float.__new__, bool)
show(format, 1, "1,,")
show(format, 1.5, "1__")
show(format, 1, ",_")


class FloatInit(float):
    def __init__(self, arg, extra=None):
        self.extra = extra


f = FloatInit(2.5, extra=3)
print(f, f.extra)
show(lambda: MyFloat(x=1))
nan = float("nan")
print(hash(nan) == object.__hash__(nan), hash(float("inf")), hash(-0.0))
import math
print(math.copysign(1.0, float("-nan")), math.copysign(1.0, float("nan")))


class ValidBytes:
    def __bytes__(self):
        return b"\x01\x02"


class InvalidBytes:
    def __bytes__(self):
        return "abc"


show(int.from_bytes, ValidBytes(), "big")
show(int.from_bytes, InvalidBytes(), "big")
show(int.from_bytes, 5, "big")
show(lambda: b"%b|%b" % (memoryview(b"abc"), array.array("b", b"xy")))
show(lambda: str(10 ** 5000))
show(lambda: len(str(10 ** 4000)))
