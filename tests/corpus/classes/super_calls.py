# super() with zero and two arguments, cooperative __init__ with **kwargs.

class Shape:
    def __init__(self, **kwargs):
        self.log = ["Shape"]
        if kwargs:
            print("  leftover kwargs:", sorted(kwargs))
    def area(self):
        return 0

class Colored(Shape):
    def __init__(self, color="black", **kwargs):
        super().__init__(**kwargs)
        self.color = color
        self.log.append("Colored")

class Sized(Shape):
    def __init__(self, size=1, **kwargs):
        super().__init__(**kwargs)
        self.size = size
        self.log.append("Sized")
    def area(self):
        return self.size ** 2

class Tile(Colored, Sized):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.log.append("Tile")
    def area(self):
        return super().area() * 10
t = Tile(color="red", size=3)
print(t.log, t.color, t.size, t.area())
t2 = Tile(size=2, extra=True)
print(t2.log)

# Two-argument super skips part of the MRO
print(super(Colored, t).area(), super(Sized, t).area(), super(Tile, t).area())

class Base:
    def who(self):
        return "Base.who"
    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"
class Child(Base):
    def who(self):
        return "Child.who -> " + super().who()
    @classmethod
    def make(cls):
        return "Child.make -> " + super().make()
    @staticmethod
    def static():
        return super(Child, Child()).who()
print(Child().who(), "|", Child.make(), "|", Child.static())
sup = super(Child, Child())
print(type(sup).__name__, sup.who())

def free_function():
    try:
        super()
    except RuntimeError as e:
        return f"RuntimeError: {e}"
print(free_function())
class Late:
    pass
def method(self):
    return super(Late, self).__repr__ is not None
Late.method = method
print(Late().method())
try:
    super(Child, Base())
except TypeError as e:
    print("TypeError:", e)
class Attr(Base):
    def missing(self):
        return super().nothing
try:
    Attr().missing()
except AttributeError as e:
    print("AttributeError:", e)
