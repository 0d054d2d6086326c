import traceback, inspect, sys, io, linecache, functools

def inner(x):
    return 1 / x
def outer(x):
    return inner(x) + 1

def clean(s):
    return s.replace(__file__, "FILE")

try:
    outer(0)
except ZeroDivisionError as e:
    exc = e
    print(clean(traceback.format_exc()), end="")
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line, f.lineno) for f in tb])
    print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__))), end="")
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    print(len(traceback.format_tb(e.__traceback__)), clean(traceback.format_tb(e.__traceback__)[-1]), end="")
    summary = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__))
    print([fs.name for fs in summary], clean(summary.format()[0]), end="")
te = traceback.TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te), [f.name for f in te.stack])
print(clean("".join(te.format())), end="")
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("second") from e
except ValueError as e:
    print(clean("".join(traceback.format_exception(e))), end="")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
except TypeError as e:
    print(clean("".join(traceback.format_exception(e, chain=True))), end="")
    print(clean("".join(traceback.format_exception(e, chain=False))), end="")
try:
    raise ExceptionGroup("group", [ValueError("a"), TypeError("b")])
except ExceptionGroup as e:
    print(clean("".join(traceback.format_exception(e))), end="")
buf = io.StringIO()
try:
    raise OSError(2, "No such file")
except OSError:
    traceback.print_exc(file=buf)
print(clean(buf.getvalue()), end="")
def deep(n):
    if n == 0:
        return traceback.extract_stack()
    return deep(n - 1)
print([f.name for f in deep(3)][-4:])
print(traceback.format_exception_only(SyntaxError("bad syntax", ("f.py", 3, 5, "x = = 1\n", 3, 6))))
e2 = ValueError("note me")
e2.add_note("a note")
print(traceback.format_exception_only(e2))
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    lines = traceback.format_exception(e)
    print(lines[-1], any("Previous line repeated" in l for l in lines))
fs = traceback.FrameSummary("file.py", 10, "func", line="x = 1")
print(fs, fs.filename, fs.lineno, fs.name, fs.line, list(fs))

# inspect
def sample(a, b: int = 2, *args, c, d="x", **kw) -> str:
    """Sample doc.

    More lines."""
    return "r"
sig = inspect.signature(sample)
print(sig, list(sig.parameters), sig.return_annotation, sig.parameters["b"].annotation, sig.parameters["b"].default)
print([(p.name, p.kind.name) for p in sig.parameters.values()])
ba = sig.bind(1, c=3, z=9)
ba.apply_defaults()
print(ba, ba.arguments, ba.args, ba.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sig.bind()
except TypeError as e:
    print(type(e).__name__, e)
print(inspect.signature(lambda x, /, y=1: 0), inspect.signature(functools.partial(sample, 1, c=2)))
print(inspect.getdoc(sample), inspect.cleandoc("   a\n     b\n   c"))
print(inspect.isfunction(sample), inspect.isclass(int), inspect.ismethod(io.StringIO().read), inspect.isbuiltin(len), inspect.isroutine(len))
print(inspect.ismodule(sys), inspect.isgeneratorfunction(deep), inspect.iscoroutinefunction(sample), inspect.isabstract(int))
def gen():
    yield 1
g = gen()
print(inspect.isgenerator(g), inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
async def co(): pass
print(inspect.iscoroutinefunction(co), inspect.isawaitable(1))
class Base:
    cls_attr = 1
    def method(self): pass
    @property
    def prop(self): return 1
    @staticmethod
    def st(): pass
    @classmethod
    def cm(cls): pass
class Derived(Base):
    """Derived doc."""
    def method(self): pass
print(inspect.getmro(Derived), [n for n, _ in inspect.getmembers(Derived) if not n.startswith("__")])
print([(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(Derived) if not a.name.startswith("__")])
print([n for n, _ in inspect.getmembers(Derived(), inspect.ismethod) if not n.startswith("__")], type(inspect.getattr_static(Derived, "st")).__name__, type(inspect.getattr_static(Derived, "cm")).__name__)
print(clean(inspect.getsource(inner)), end="")
print(inspect.getsourcelines(outer)[1], clean(inspect.getfile(outer)), inspect.getmodule(outer).__name__, inspect.getmodulename("/x/y/mod.py"))
print(inspect.getfullargspec(sample))
print(inspect.getcallargs(sample, 1, 2, 3, c=4))
frame = inspect.currentframe()
print(frame.f_code.co_name, frame.f_lineno > 0, inspect.getframeinfo(frame).function)
def who():
    return inspect.stack()[1].function, inspect.stack()[0].function
print(who())
def closure():
    x = 1
    def f():
        return x + y
    return f
y = 2
print(inspect.getclosurevars(closure()))
print(inspect.unwrap(functools.wraps(sample)(lambda: 0)) is sample, inspect.Parameter.empty, inspect.Signature.empty)
P = inspect.Parameter
s2 = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=1)])
print(s2, s2.replace(return_annotation=int))
try:
    inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    inspect.signature(42)
except TypeError as e:
    print(type(e).__name__, e)
print(inspect.signature(Derived), inspect.signature(Derived.method), inspect.signature(Derived().method))
print(inspect.formatannotation(list[int]), inspect.get_annotations(sample))
print(inspect.signature(list), inspect.signature(type("E", (list,), {})))
