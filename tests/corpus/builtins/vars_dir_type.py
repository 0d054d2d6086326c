# vars(), dir() of a simple class, and type() with one and three arguments
class Animal:
    kind = "generic"

    def __init__(self, name, legs):
        self.name = name
        self.legs = legs

    def speak(self):
        return "..."

    def _private(self):
        return None

a = Animal("cat", 4)
print(vars(a), a.__dict__ is vars(a))
a.color = "black"
print(vars(a))
names = [n for n in dir(a) if not n.startswith("__")]
print(names)
print([n for n in dir(Animal) if not n.startswith("__")], "__init__" in dir(Animal))
print(dir(a) == sorted(dir(a)), "color" in dir(a), "color" in dir(Animal))
print(sorted(k for k in vars(Animal) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(a).__name__, type(a) is Animal, type(5), type("s"), type(None), type(type), type(len))
print(type([]).__name__, type(Animal).__name__, type(1.0) is float, type(True) is not int)
Dog = type("Dog", (Animal,), {"kind": "canine", "speak": lambda self: "woof"})
d = Dog("rex", 4)
print(Dog.__name__, Dog.__bases__[0].__name__, d.speak(), d.kind, d.name, isinstance(d, Animal))
print(vars(d), [n for n in dir(d) if not n.startswith("_")])
Empty = type("Empty", (), {})
e = Empty()
e.x = 1
print(Empty.__name__, vars(e), Empty.__bases__[0].__name__, type(e).__name__)
for bad in [lambda: type("X", [], {}), lambda: type("X", (), []), lambda: type(1, 2), lambda: type()]:
    try:
        print(bad())
    except TypeError as e2:
        print(type(e2).__name__, e2)
print(type(Dog).__name__, Dog.__mro__[-1].__name__, [c.__name__ for c in Dog.__mro__])
