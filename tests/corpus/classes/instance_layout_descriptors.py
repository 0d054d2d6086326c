# __dict__/__weakref__ descriptors in class namespaces, __slots__ rules,
# member descriptors, dir(), function __dict__, generic alias iteration.
import weakref, types, copy, pickle, itertools

for base in (object, int, tuple, list, dict, set, Exception, type, str, float, bytes):
    class C(base):
        pass
    print(base.__name__, [n for n in C.__dict__ if n in ('__dict__', '__weakref__')])

class S:
    __slots__ = ('a',)
class S2(S):
    pass
print(list(S2.__dict__))
class S3(S):
    __slots__ = ('__weakref__',)
print(list(S3.__dict__))
for bases, slots in (((S3,), ('__weakref__',)), ((S2,), ('__dict__',)), ((), ('__dict__', '__dict__'))):
    try:
        type('X', bases, {'__slots__': slots})
    except TypeError as e:
        print('TypeError', e)
print(repr(S2.__dict__['__dict__']), repr(S2.__weakref__))
try:
    weakref.ref(S())
except TypeError as e:
    print('TypeError', e)
s = S2()
s.x = 1
d = S2.__dict__['__dict__']
print(d.__get__(s), d.__objclass__.__name__, d.__qualname__)
for args in ((S(),), (s, 1)):
    try:
        (d.__get__ if len(args) == 1 else d.__set__)(*args)
    except TypeError as e:
        print('TypeError', e)
d.__set__(s, {'y': 2})
print(s.y, s.__weakref__)
r = weakref.ref(s)
print(s.__weakref__ is r)
del s.__dict__
print(s.__dict__)

class P:
    __dict__ = property(lambda self: {1: 2, 'z': 3})
try:
    dir(P())
except TypeError as e:
    print('TypeError', e)

print(type(types.FunctionType.__globals__) is types.MemberDescriptorType)
print(repr(complex.real), complex.real.__qualname__, float.real.__qualname__)
p = property()
for n in ('fget', 'fset', 'fdel'):
    try:
        setattr(p, n, 1)
    except AttributeError as e:
        print('AttributeError', e)

class A:
    __slots__ = 'a'
class Unrelated:
    pass
try:
    A.a.__set__(Unrelated(), 3)
except TypeError as e:
    print('TypeError', e)

class Doc:
    @classmethod
    @property
    def __doc__(cls):
        return 'doc of ' + cls.__name__
print(Doc.__doc__, staticmethod(None).__dict__)

def f():
    pass
for v in (None, 5):
    try:
        f.__dict__ = v
    except TypeError as e:
        print('TypeError', e)
try:
    del f.__dict__
except TypeError as e:
    print('TypeError', e)
f.__dict__ = {'k': 3}
print(f.k)

class M:
    def meth(self):
        pass
M.meth.known_attr = 7
print('known_attr' in dir(M().meth))

alias = next(iter(tuple[int, str]))
print(alias, copy.deepcopy(alias) == alias, pickle.loads(pickle.dumps(alias)) == alias)
it = iter(list[int])
print(type(it).__name__, it.__reduce__()[1][0], next(it), it.__reduce__()[1])
print(enumerate[int], itertools.chain[str])
import types
class Base: pass
class Meta1(type, Base): pass
class D(metaclass=Meta1): pass
dd = Base.__dict__["__dict__"]
for x in (D, types.new_class('M', (types.ModuleType, Base))('spam')):
    try: dd.__set__(x, {})
    except (AttributeError, TypeError) as e: print(type(e).__name__)
    print(type(dd.__get__(x)).__name__)
