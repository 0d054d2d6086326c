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

class NonData:
    def __get__(self, obj, objtype=None):
        return f"non-data via {'instance' if obj is not None else 'class'}"

class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, value):
        print(f"  Data.__set__({value!r}) - instance dict untouched")

class Holder:
    nd = NonData()
    d = Data()

h = Holder()
print(h.nd, "|", Holder.nd)
h.__dict__["nd"] = "instance dict shadows non-data"
print(h.nd)
h.d = "assigned"
h.__dict__["d"] = "instance dict value"
print(h.d)

class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value

class Report:
    calls = 0
    @Lazy
    def data(self):
        Report.calls += 1
        return [1, 2, 3]
r = Report()
print(r.data, r.data, "computed", Report.calls, "time(s)")

class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        return self.f if obj is None else (lambda *a: self.f(obj, *a))
class UsesMethod:
    @Method
    def hi(self, who):
        return f"hi {who} from {type(self).__name__}"
print(UsesMethod().hi("you"), UsesMethod.hi(UsesMethod(), "direct"))
