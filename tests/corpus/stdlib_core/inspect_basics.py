# inspect on Python-level objects: signature (functions, methods, classes,
# partials, defaults and annotations), bind/BoundArguments, getfullargspec,
# getcallargs, predicates, getmembers, getdoc/cleandoc, unwrap, Parameter.
import functools
import inspect


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc of f.

        indented
    """


async def g(x):
    pass


def gen():
    yield 1


class C:
    """Class doc."""

    def __init__(self, x, y=1):
        self.x = x

    def m(self, x, y=1):
        pass

    @classmethod
    def cm(cls, z):
        pass

    @staticmethod
    def sm(w, /, v=None):
        pass

    @property
    def p(self):
        return 1


show(lambda: str(inspect.signature(f)))
show(lambda: str(inspect.signature(C.m)))
show(lambda: str(inspect.signature(C(1).m)))
show(lambda: str(inspect.signature(C.cm)))
show(lambda: str(inspect.signature(C.sm)))
show(lambda: str(inspect.signature(C)))
show(lambda: str(inspect.signature(functools.partial(f, 1, c=3))))
show(lambda: str(inspect.signature(lambda x, /, y=[1], *, z: 0)))
sig = inspect.signature(f)
show(lambda: sig.bind(1, c=2).arguments)
show(lambda: sig.bind(1, 2, 3, 4, c=5, e=6).arguments)
show(lambda: sig.bind(1))
show(lambda: sig.bind(1, c=2, b=3, a=4))
ba = sig.bind(1, c=2)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
print([(p.name, p.kind.name, p.default, p.annotation) for p in sig.parameters.values()])
print(sig.return_annotation, sig.replace(return_annotation=inspect.Signature.empty))
show(lambda: inspect.getfullargspec(f))
show(lambda: inspect.getcallargs(f, 1, 2, 3, c=4))
print(inspect.isfunction(f), inspect.iscoroutinefunction(g), inspect.isgeneratorfunction(gen),
      inspect.isclass(C), inspect.ismethod(C(1).m), inspect.isbuiltin(len), inspect.isroutine(len))
print([n for n, _ in inspect.getmembers(C) if not n.startswith("__")])
print([n for n, _ in inspect.getmembers(C, inspect.isfunction)])
print(repr(inspect.getdoc(f)), repr(inspect.getdoc(C)), repr(inspect.cleandoc("  a\n    b\n  c")))
print(inspect.getmro(C), type(inspect.getattr_static(C, "p")).__name__)
print(inspect.unwrap(functools.wraps(f)(lambda: 0)) is f)
print(inspect.currentframe().f_code.co_name, inspect.getmodule(f).__name__)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3))
show(lambda: inspect.Parameter("1x", inspect.Parameter.POSITIONAL_ONLY))
print(inspect.getgeneratorstate(gen()), inspect.formatannotation(list[int]))
print(inspect.getclosurevars(f))
