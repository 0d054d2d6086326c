# super() argument rules and subclasses, __classcell__ checks, custom mro() timing,
# __set_name__ error wrapping, type() argument messages, metaclasses over non-type
# bases, mappingproxy operators, len() of subclasses, union substitution/hash,
# property subclass docs and __set_name__ arguments, builtin method equality.
import types, typing, copy, pickle

class A:
    def meth(self, a): return "A(%r)" % a
class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)
class E(A):
    def meth(self, a): return "E(%r)" % a + mysuper(E, self).meth(a)
class F(E):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)
F._F__super = mysuper(F)
print(E().meth(5), F().meth(6))
for args in ((int, int, int), (1, int)):
    try:
        super(*args)
    except TypeError as e:
        print('TypeError', e)

class Proxy:
    def __init__(self, obj): self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith('_Proxy__'): return object.__getattribute__(self, name)
        return getattr(self.__obj, name)
class G:
    def f(self): return 'G.f'
class H(G):
    def f(self): return super(H, Proxy(self)).f()
print(H().f())

class CellMeta(type):
    def __new__(cls, name, bases, namespace, cell):
        namespace['__classcell__'] = cell
        return super().__new__(cls, name, bases, namespace)
for bad in (None, 0, ''):
    try:
        class B(metaclass=CellMeta, cell=bad): pass
    except TypeError as e:
        print('TypeError', e)

seen = []
class MroMeta(type):
    def mro(self):
        self.__dict__["f"]()
        return super().mro()
class C(metaclass=MroMeta):
    def f():
        seen.append(__class__)
print(seen == [C])

class Bad:
    def __set_name__(self, owner, name): 1 / 0
try:
    class NotGoingToWork:
        attr = Bad()
except RuntimeError as e:
    print('RuntimeError', e, repr(e.__cause__), e.__context__ is e.__cause__)

class M(type): pass
for f in (lambda: M(5), lambda: type(1, 2), lambda: type.__new__(type, 5)):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
class IntMeta(int):
    def __new__(cls, name, bases, attrs, **kwargs): return bases, kwargs
class Odd(0, *range(1, 3), metaclass=IntMeta, foo='bar'): pass
print(Odd)

class customdict(dict):
    def __len__(self): return 500
print(len(customdict(a=1)), len(types.MappingProxyType(customdict(a=1))))
d = {'a': 1, 'b': 2, 'foo': 0, 'c': 3}
mp = types.MappingProxyType(d)
del d['foo']
print(list(reversed(mp)), mp | {'z': 0}, {'z': 0} | mp, mp == {'a': 1, 'b': 2, 'c': 3})
for f in (lambda: mp | [('r', 2)], lambda: [('r', 2)] | mp, lambda: mp < {}):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
try:
    mp |= {}
except TypeError as e:
    print('TypeError', e)

T = typing.TypeVar('T'); S = typing.TypeVar('S')
print((float | list[T])[int], list[int | list[T]].__parameters__, list[int | list[T]][str])
print((list[T] | list[S]).__parameters__, (list[T] | list[S])[int, T], (list[T] | list[S])[int, int])
print(hash(int | str) == hash(str | int), hash(int | str) == hash(typing.Union[int, str]))
try:
    (int | str)[int]
except TypeError as e:
    print('TypeError', e)
o = list[T] | int
print(copy.deepcopy(o) == o, pickle.loads(pickle.dumps(o)).__parameters__)

class SlottedProperty(property):
    __slots__ = ()
try:
    class Foo:
        @SlottedProperty
        def spam(self):
            """doc"""
except AttributeError as e:
    print('AttributeError', e)
class DocProperty(property): pass
class Foo:
    @DocProperty
    def spam(self):
        """spam doc"""
print(Foo.spam.__doc__)
for i in (0, 1, 3):
    try:
        property().__set_name__(*([0] * i))
    except TypeError as e:
        print('TypeError', e)

l = []
print(l.append == l.append, l.append != l.append, l.append == [].append, l.append == l.pop,
      hash(l.append) == hash(l.append), len == len, len == abs)
