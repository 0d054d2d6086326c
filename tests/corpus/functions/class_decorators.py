# Class decorators and arbitrary decorator expressions (PEP 614), written by hand.

registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    cls.registered = True
    return cls

@register
class Circle:
    pass

@register
class Square:
    pass
print(sorted(registry), Circle.registered)

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, name):
        self.name = name
a, b = Config("first"), Config("second")
print(a is b, b.name)
# Decorator expressions can be arbitrary (PEP 614)
decorators = {"twice": lambda f: lambda x: f(f(x))}
@decorators["twice"]
def inc(x):
    return x + 1
print(inc(5))

def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    fields = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "two"), [Point(0, 0)])
