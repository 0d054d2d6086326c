# property with getter, setter and deleter; read-only properties; inheritance.

class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        """Temperature in degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = float(value)

    @celsius.deleter
    def celsius(self):
        print("  resetting temperature")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 100
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.celsius.__doc__, type(Temperature.fahrenheit).__name__)
class Circle:
    def __init__(self, r):
        self.r = r
    area = property(lambda self: round(3.14159 * self.r ** 2, 3), doc="computed area")

class Unit(Circle):
    @property
    def area(self):
        return "overridden: " + str(super().area)
print(Circle(2).area, Unit(1).area, Circle.area.__doc__)
class Counter:
    def __init__(self):
        self._n = 0
    def _get(self):
        self._n += 1
        return self._n
    count = property(_get)
c = Counter()
print(c.count, c.count, c.count)
class Broken:
    @property
    def value(self):
        return self.missing_attribute
try:
    Broken().value
except AttributeError as e:
    print("AttributeError:", e)
p = property()
class Empty:
    x = p
try:
    Empty().x
except AttributeError as e:
    print("AttributeError:", e)
prop = Temperature.celsius
print(prop.fget.__name__, prop.fset is not None, prop.fdel is not None)
