# Functions are objects: attributes, introspection, identity and rebinding.

def area(width, height=2, *, unit="m"):
    """Return a rectangle's area with its unit."""
    return f"{width * height}{unit}2"

print(area.__name__, area.__qualname__, area.__module__)
print(area.__doc__)
print(area.__defaults__, area.__kwdefaults__)
code = area.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames[:3])

class Outer:
    def method(self):
        def local():
            pass
        return local
    class Inner:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Inner.deep.__qualname__)

area.custom = "attached"
print(area.custom, sorted(k for k in vars(area)))

def no_doc():
    pass
print(no_doc.__doc__, no_doc(), (lambda: None).__name__)

ops = [abs, len, area, print]
print([type(f).__name__ for f in ops])
print(callable(area), callable(5), callable(Outer), callable(Outer()))

renamed = area
print(renamed is area, renamed(3), renamed.__name__)
area.__name__ = "changed"
print(renamed.__name__)

def apply_all(funcs, value):
    return [f(value) for f in funcs]
print(apply_all([str.upper, len, lambda s: s[::-1]], "taipan"))

def annotated(a: int, b: "text" = "x") -> bool:
    return True
print(annotated.__annotations__)

def gen_func():
    yield 1
print(type(gen_func).__name__, type(gen_func()).__name__)
print(area == renamed, area != no_doc)
bound = Outer().method
print(type(bound).__name__, bound.__func__ is Outer.method, bound.__name__)
def attrs_differ():
    return attrs_differ.state
attrs_differ.state = [1]
attrs_differ.state.append(2)
print(attrs_differ())
