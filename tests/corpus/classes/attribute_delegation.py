# Immutability and delegation through __setattr__/__delattr__ and __getattr__.

class Frozen:
    __slots__ = ("x",)
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")
    __delattr__ = __setattr__
f = Frozen(5)
for action in (lambda: setattr(f, "x", 6), lambda: delattr(f, "x")):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
print(f.x)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            return lambda *a: f"proxied {name}{a} -> {attr(*a)!r}"
        return attr
p = Proxy([3, 1, 2])
print(p.count(1), p.index(2))
print("dunder lookups bypass __getattr__:", end=" ")
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)

class Settings:
    defaults = {"theme": "dark", "size": 12}
    def __init__(self):
        self.__dict__["overrides"] = {}
    def __getattr__(self, name):
        if name in self.defaults:
            return self.overrides.get(name, self.defaults[name])
        raise AttributeError(name)
    def __setattr__(self, name, value):
        if name not in self.defaults:
            raise AttributeError(f"unknown setting {name!r}")
        self.overrides[name] = value
s = Settings()
s.size = 14
print(s.theme, s.size, s.overrides)
try:
    s.colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
