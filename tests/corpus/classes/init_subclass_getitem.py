# __init_subclass__ hooks with class keywords, and __class_getitem__.

class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print(f"registered {cls.plugin_name} (priority {priority})")

class Csv(Plugin, name="csv", priority=5):
    pass
class Json(Plugin):
    pass
class PrettyJson(Json, priority=9):
    pass

print(sorted((n, c.priority) for n, c in Plugin.registry.items()))
print(PrettyJson.plugin_name, "plugin_name" in Plugin.__dict__)

try:
    class Bad(Plugin, unknown=True):
        pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    subclasses = []
    def __init_subclass__(cls):
        Base.subclasses.append(cls.__name__)
class A(Base): pass
class B(A): pass
print(Base.subclasses)

class TypedList:
    def __class_getitem__(cls, item):
        name = item.__name__ if isinstance(item, type) else repr(item)
        return f"{cls.__name__}[{name}]"
print(TypedList[int], TypedList[str], TypedList["custom"], TypedList[int, str])

class Box:
    def __class_getitem__(cls, item):
        class Specialized(cls):
            item_type = item
            def put(self, value):
                if not isinstance(value, item):
                    raise TypeError(f"Box[{item.__name__}] cannot hold {type(value).__name__}")
                self.value = value
                return self
        Specialized.__name__ = f"Box[{item.__name__}]"
        return Specialized
IntBox = Box[int]
print(IntBox.__name__, IntBox.item_type.__name__, issubclass(IntBox, Box), IntBox().put(3).value)
try:
    IntBox().put("three")
except TypeError as e:
    print("TypeError:", e)

try:
    Plugin[int]
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, list[int]], type(list[int]).__name__)
class Meta(type):
    def __getitem__(cls, item):
        return f"metaclass getitem {item}"
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return f"class_getitem {item}"
print(WithMeta[1])
