# Descriptors: __get__/__set__/__delete__/__set_name__ and lookup precedence.

class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.storage = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.storage, value)
    def __delete__(self, obj):
        print(f"  deleting {self.name}")
        delattr(obj, self.storage)

class Product:
    name = Typed(str, "unnamed")
    price = Typed(float, 0.0)
    qty = Typed(int, 0)
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    def total(self):
        return self.price * self.qty

p = Product("widget", 2.5, 4)
print(p.name, p.price, p.qty, p.total(), sorted(vars(p)))
try:
    p.qty = "many"
except TypeError as e:
    print("TypeError:", e)
del p.price
print("after delete, default:", p.price)
print(type(Product.name).__name__, Product.qty.storage)
