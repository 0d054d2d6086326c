# A generator keeps the exception it handles across yields, even when that
# exception is also the one its caller handles; exceptions thrown in chain to it.
import sys

def g():
    try:
        print('start', sys.exc_info()[0])
        yield
    except Exception as exc:
        print('in handler', sys.exc_info()[0].__name__, exc.__context__)
        yield
        print('resumed', sys.exc_info()[0].__name__)
        yield
        raise

m = g()
next(m)
try:
    raise ValueError()
except Exception as exc:
    try:
        m.throw(exc)
    except Exception:
        pass
next(m)
try:
    next(m)
except ValueError as e:
    print('reraised', type(e).__name__, e.__context__)
print(sys.exc_info())

def inner():
    yield

def outer():
    try:
        raise KeyError('a')
    except Exception:
        yield from inner()

gen = outer()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print('context', type(e.__context__).__name__, e.__context__.args)

class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls

def boring():
    yield
b = boring()
try:
    b.throw(E)
except TypeError as e:
    print(type(e).__name__, str(e).split(' should')[1])
print(next(b, 'exhausted'))

def catcher():
    try:
        yield
    except TypeError as e:
        print('caught inside', str(e).split(' should')[1])
        yield 'after'
c = catcher()
next(c)
print(c.throw(E))

def named():
    yield 1
named.__name__ = 'renamed'
named.__qualname__ = 'q.renamed'
n = named()
print(n.__name__, n.__qualname__)
print(named.__name__ is named.__name__, named.__qualname__ is named.__qualname__)

class A:
    @classmethod
    @classmethod
    def f(cls):
        return cls
    @staticmethod
    def s():
        return 's'
    c2 = classmethod(staticmethod(lambda *a: a))
print(A.f() is A, A().f() is A, A.c2())
