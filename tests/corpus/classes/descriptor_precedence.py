# Descriptor recipes: cached properties, method binding, and data vs non-data precedence.

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
