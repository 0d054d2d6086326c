# __new__ versus __init__: immutable subclasses, caching, and their error messages.

class Celsius(float):
    def __new__(cls, value):
        print(f"  __new__({cls.__name__}, {value!r})")
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, round(value, 1))
    def __init__(self, value):
        print(f"  __init__ sees self={float(self)!r}, value={value!r}")

t = Celsius(21.456)
print(t, type(t).__name__, t + 1, isinstance(t, float))

class Interned:
    _cache = {}
    def __new__(cls, name):
        if name in cls._cache:
            return cls._cache[name]
        obj = super().__new__(cls)
        cls._cache[name] = obj
        return obj
    def __init__(self, name):
        print(f"  __init__({name!r}) runs every time")
        self.name = name
a = Interned("x")
b = Interned("x")
c = Interned("y")
print(a is b, a is c, len(Interned._cache))

class NotMe:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed: __init__ skipped when __new__ returns another type")
print(NotMe())

class ReturnsValue:
    def __init__(self):
        return "oops"
try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
p = Point(3, 4)
print(p, p.x + p.y, len(p), p == (3, 4), list(p))

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
u = Upper("shout")
print(u, u.lower(), type(u.lower()).__name__, type(u).__name__, u + "!")
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    object("arg")
except TypeError as e:
    print("TypeError:", e)
class NoInitArgs:
    pass
try:
    NoInitArgs(1, k=2)
except TypeError as e:
    print("TypeError:", e)
inst = object.__new__(Interned)
print(type(inst).__name__, hasattr(inst, "name"))
