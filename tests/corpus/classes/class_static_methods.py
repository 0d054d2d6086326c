# classmethod and staticmethod: alternative constructors, registries, binding.

class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class EuroDate(Date):
    def __repr__(self):
        return f"{self.d:02d}.{self.m:02d}.{self.y}"

print(Date.from_string("2024-02-29"), EuroDate.from_string("2023-12-01"))
print(Date.created, EuroDate.created)
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)])
d = Date(2020, 1, 1)
print(d.is_leap(2020), d.from_string("1999-09-09"))

print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(type(Date.from_string).__name__, Date.from_string.__self__.__name__)
print(type(Date.is_leap).__name__)

class Plugin:
    registry = []
    @classmethod
    def register(cls, name):
        cls.registry.append((cls.__name__, name))
        return cls

class Audio(Plugin):
    registry = []
Plugin.register("core")
Audio.register("mp3")
Audio.register("ogg")
print(Plugin.registry, Audio.registry)

sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Wrapped:
    size = sm
    name = cm
print(Wrapped.size("four"), Wrapped().size([1]), Wrapped.name(), Wrapped().name())
print(callable(staticmethod(len)), Wrapped.__dict__["size"].__func__ is len)

class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.increment(), SubCounter.increment(), SubCounter.increment(), Counter.count, SubCounter.count)
