import pickle, copy
class B(bytearray): pass
class S(bytearray): __slots__=('x','y')
b=B(b'xy'); b.a=1
print(b.__reduce_ex__(2), b.__reduce_ex__(3), b.__reduce__(), bytearray(b'a\xff').__reduce__(), bytearray().__reduce_ex__(0))
s=S(b'q'); s.x=3
print(s.__reduce_ex__(4), S().__reduce__())
for p in range(6):
    c = pickle.loads(pickle.dumps(b, p)); print(p, type(c).__name__, c, c.a)
    c = pickle.loads(pickle.dumps(s, p)); print(p, type(c).__name__, c, c.x)
print(copy.copy(s).x, copy.deepcopy(b).a)
print(b'abc'.__rmod__(b'%r'), bytearray(b'abc').__rmod__(b'%s'), bytearray(b'abc').__rmod__(bytearray(b'%s')), 'x'.__rmod__('%s'), 'x'.__rmod__(1))
a=b'123'; print(a*1 is a, 1*a is a)
class X:
    def __index__(self):
        a.clear(); return 42
a=[X(),X()]; print(bytes(a))
class StrWithBytes(str):
    def __new__(cls, value):
        self = str.__new__(cls, '\u20ac'); self.value = value; return self
    def __bytes__(self): return self.value
print(bytes(StrWithBytes(b'abc')), bytes(StrWithBytes(b'abc'), 'iso8859-15'))
class BB(bytes): __bytes__=None
try: bytes(BB(b'ab'))
except TypeError as e: print(e)
it=iter(bytearray(b'ab')); print(list(it)); print(it.__reduce__())
# bytearray(iterable) grows as it consumes; __alloc__ leaves room; extended-slice deletion by assignment
b = bytearray()
def gen():
    for i in range(1, 6):
        yield i
        print(len(b), list(b), b.__alloc__() > len(b))
b.__init__(gen())
print(b)
b = bytearray(b'abc'); b.__init__(b); print(b)
b = bytearray(b'abcdefgh'); b[1:-1:2] = b''; print(b)
b = bytearray(b'abcdefgh'); b[1:-1:2] = []; print(b)
class Boom:
    def __index__(self):
        b.clear()
        return 0
b = bytearray(b'xyz')
try:
    b[0] = Boom()
except IndexError as e:
    print("IndexError", e)
class BadLen:
    def __iter__(self):
        return iter(range(3))
    def __len__(self):
        raise RuntimeError('hello')
class NoHint:
    def __iter__(self):
        return iter(range(3))
    def __length_hint__(self):
        return NotImplemented
for f in (list, tuple, [].extend, bytearray(b'x').extend, bytearray):
    for src in (BadLen(), NoHint()):
        try:
            print(f(src))
        except RuntimeError as e:
            print("RuntimeError", e)
print(bytes.__doc__.startswith("bytes("), bytearray.__doc__.startswith("bytearray("))
for t in (type({}.keys()), type({}.values()), type({}.items())):
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
print(len(range(-2, 2**30)), list(range(2**63 - 4, 2**63 - 1)), next(iter(range(-2, 2**63 - 2))))
it = iter(lambda: 1, 1)
print(len(it.__reduce__()[1]), list(it), it.__reduce__()[1])
it = iter((1, 2)); next(it); next(it)
print(it.__reduce__()[1:], list(it), it.__reduce__()[1:])
from collections import deque
from operator import length_hint
d = deque(range(5)); it = iter(d); next(it)
print(length_hint(it)); d.append(9)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e, length_hint(it))
