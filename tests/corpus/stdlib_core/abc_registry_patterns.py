import abc, collections, collections.abc
print(abc.ABCMeta.__module__, hasattr(abc, "_abc_init"), type(abc.get_cache_token()).__name__)
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
print(sorted(A.__abstractmethods__))
try:
    A()
except TypeError as e:
    print(e)
class B(A):
    def f(self): return 1
print(sorted(B.__abstractmethods__))
class C(B):
    p = 3
print(C().f(), C.__abstractmethods__)
class Reg: pass
A.register(Reg)
print(issubclass(Reg, A), isinstance(Reg(), A), issubclass(int, A))
try:
    A.register(3)
except TypeError as e:
    print(e)
try:
    B.register(A)
except RuntimeError as e:
    print(e)
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping), isinstance("", collections.abc.Sequence))
class MySeq: pass
collections.abc.Sequence.register(MySeq)
def kind(x):
    match x:
        case {}: return "map"
        case [*_]: return "seq"
        case _: return "other"
print(kind(MySeq()), kind({}), kind([]), kind("ab"), kind(b"x"), kind(bytearray()), kind(range(3)), kind(collections.deque()), kind(collections.OrderedDict()), kind(memoryview(b"")))
class M1(collections.UserDict, collections.abc.Sequence): pass
class S4(collections.UserList, dict): pass
print(kind(M1()), kind(S4()), kind(collections.UserDict()), kind(collections.UserList()))
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "quack") else NotImplemented
class Duck:
    quack = 1
print(issubclass(Duck, Hook), issubclass(int, Hook), isinstance(Duck(), Hook))
class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return 3
try:
    issubclass(int, Bad)
except AssertionError as e:
    print(e)
try:
    issubclass(3, A)
except TypeError as e:
    print(e)
r, c, n, v = abc._get_dump(A)
print(len(r), type(next(iter(r))).__name__, isinstance(v, int))
A._abc_registry_clear(); print(issubclass(Reg, A))
print(int.__flags__ & (1 << 5), list.__flags__ & (1 << 5), dict.__flags__ & (1 << 6), MySeq.__flags__ & (1 << 5))
