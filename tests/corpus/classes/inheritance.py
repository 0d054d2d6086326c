# Single inheritance, overriding, isinstance/issubclass and attribute lookup order.

class Animal:
    sound = "..."
    legs = 4
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__} {self.name} with {self.legs} legs; {self.speak()}"

class Dog(Animal):
    sound = "woof"

class Bird(Animal):
    sound = "tweet"
    legs = 2
    def __init__(self, name, can_fly=True):
        super().__init__(name)
        self.can_fly = can_fly
    def speak(self):
        base = super().speak()
        return base + ("" if self.can_fly else " (grounded)")

class Penguin(Bird):
    def __init__(self, name):
        super().__init__(name, can_fly=False)

zoo = [Dog("rex"), Bird("tweety"), Penguin("pingu"), Animal("generic")]
for a in zoo:
    print(a.describe())

p = zoo[2]
print(isinstance(p, Bird), isinstance(p, Animal), isinstance(p, Dog), isinstance(p, (Dog, Penguin)))
print(issubclass(Penguin, Animal), issubclass(Animal, Penguin), issubclass(Bird, Bird))
print(Penguin.__bases__[0].__name__, Animal.__bases__[0].__name__, [c.__name__ for c in Animal.__subclasses__()])

p.sound = "honk"
print(p.speak())
del p.sound
print(p.speak())
Bird.sound = "chirp"
print(p.speak(), zoo[1].speak())

class Base:
    def template(self):
        return f"[{self.step1()}|{self.step2()}]"
    def step1(self):
        return "base1"
    def step2(self):
        return "base2"
class Derived(Base):
    def step2(self):
        return "derived2"
print(Derived().template(), Base().template())
print(Derived.template is Base.template, Derived.__dict__.get("template"), "step2" in Derived.__dict__)
print(type(Dog("d")) is Dog, type(Dog) is type, object in Dog.__mro__)
