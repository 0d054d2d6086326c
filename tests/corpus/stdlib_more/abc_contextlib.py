import abc, contextlib, io

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def kind(): ...
print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Sq(Shape):
    def area(self): return 4
    @property
    def name(self): return "sq"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def kind(): return "poly"
s = Sq.make()
print(s.area(), s.name, Sq.kind(), Sq.__abstractmethods__, isinstance(s, Shape))

class Meta(metaclass=abc.ABCMeta):
    pass
Meta.register(int)
print(isinstance(3, Meta), issubclass(bool, Meta), issubclass(str, Meta), Meta.register(str) is str)
class Ducky(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("quack" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Ducky), isinstance(Duck(), Ducky), issubclass(int, Ducky))
print(abc.get_cache_token() is not None, type(Meta).__name__)
class Later(abc.ABC):
    def f(self): pass
Later.f = abc.abstractmethod(Later.f)
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))
try:
    class Partial(Shape):
        def area(self): return 1
    Partial()
except TypeError as e:
    print(type(e).__name__, e)

# contextlib
log = []
@contextlib.contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    except ValueError as e:
        log.append("caught " + str(e))
    finally:
        log.append("exit " + name)
with tag("a") as v:
    log.append(v)
with tag("b"):
    raise ValueError("boom")
try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    log.append("outer " + repr(e))
print(log)

@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextlib.contextmanager
def twice():
    yield
    yield
try:
    with twice():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))

class Res:
    def __init__(self, n): self.n = n
    def close(self): print("close", self.n)
with contextlib.closing(Res(1)) as r:
    print("using", r.n)
with contextlib.nullcontext(5) as v:
    print("null", v)

order = []
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(order.append, i)
    stack.enter_context(tag("s"))
    def cb(*exc):
        order.append(("exit", exc[0]))
    stack.push(cb)
print(order, log[-2:])
with contextlib.ExitStack() as stack:
    stack.callback(order.append, "x")
    moved = stack.pop_all()
print(order[-1])
moved.close()
print(order[-1])

class Suppressing:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit sees", a[0].__name__ if a[0] else None)
        return True
with contextlib.ExitStack() as st:
    st.enter_context(Suppressing())
    raise OSError("gone")
print("after suppressing stack")
try:
    with contextlib.ExitStack() as st:
        st.callback(lambda: 1 / 0)
        raise KeyError("first")
except ZeroDivisionError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

class CM(contextlib.ContextDecorator):
    def __enter__(self):
        print("cm enter")
        return self
    def __exit__(self, *exc):
        print("cm exit")
        return False
@CM()
def decorated(x):
    print("body", x)
    return x * 2
print(decorated(4))
@tag("deco")
def deco2():
    return "r"
print(deco2(), log[-1])

class AbstractCM(contextlib.AbstractContextManager):
    def __exit__(self, *a): return None
with AbstractCM() as acm:
    print(type(acm).__name__)
print(issubclass(io.StringIO, contextlib.AbstractContextManager))
with contextlib.chdir("/"):
    import os
    print(os.getcwd())
try:
    with contextlib.ExitStack() as st:
        st.enter_context(5)
except TypeError as e:
    print(type(e).__name__, e)
