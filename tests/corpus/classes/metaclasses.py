# Metaclasses: __prepare__, __new__, __init__ and __call__, in the order CPython calls them.

class OrderedNamespace(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print(f"__prepare__({name}, kwargs={kwargs})")
        return OrderedNamespace()

    def __new__(mcs, name, bases, ns, **kwargs):
        # type(name, bases, dict) reaches here with a plain dict, not our namespace
        order = getattr(ns, "order", [k for k in ns if not k.startswith("__")])
        print(f"__new__({name}, bases={[b.__name__ for b in bases]}, order={order}, ns={type(ns).__name__})")
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.field_order = list(order)
        cls.options = kwargs
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print(f"__init__({name})")
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print(f"__call__({cls.__name__}, args={args})")
        instance = super().__call__(*args, **kwargs)
        instance.created_by_meta = True
        return instance

class Model(metaclass=Meta, table="models"):
    zeta = 1
    alpha = 2
    def method(self):
        return "method"
    middle = 3

print(Model.field_order, Model.options)
m = Model()
print(m.created_by_meta, type(Model).__name__, isinstance(Model, Meta))

class Child(Model, table="children"):
    beta = 1
print(Child.field_order, Child.options, type(Child).__name__)
c = Child()

class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]

class Settings(metaclass=Singleton):
    def __init__(self, env):
        print("  Settings.__init__", env)
        self.env = env
a, b = Settings("prod"), Settings("test")
print(a is b, a.env)

Dynamic = type("Dynamic", (Model,), {"extra": 42})
print(Dynamic.extra, Dynamic.field_order, Dynamic.__name__)

class Other(type):
    pass
class OtherBase(metaclass=Other):
    pass
try:
    class Mixed(Model, OtherBase):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(type), type(int).__name__, type.__mro__)
