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
