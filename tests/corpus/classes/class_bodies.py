# Class body execution: ordering, names available in the body, nesting and metadata.

print("before class")
class Widget:
    """A widget."""
    print("  executing class body")
    size = 10
    doubled = size * 2
    names = []
    for n in range(3):
        names.append(f"w{n}")
    del n
    if size > 5:
        category = "large"
    else:
        category = "small"

    def area(self):
        return self.size ** 2

    class Meta:
        ordering = ["name"]

    def nested_names(self):
        return type(self).Meta.ordering
print("after class")

print(Widget.doubled, Widget.names, Widget.category, Widget().area(), Widget().nested_names())
print(Widget.__name__, Widget.__qualname__, Widget.Meta.__qualname__, Widget.__module__, Widget.__doc__)
print("n" in Widget.__dict__, sorted(k for k in vars(Widget) if not k.startswith("__")))

def factory(kind):
    class Product:
        label = kind
        def describe(self):
            return f"{type(self).__qualname__} of kind {self.label}"
    return Product

A, B = factory("a"), factory("b")
print(A().describe(), B().describe(), A is B, A.__name__ == B.__name__)

# Methods cannot see class attributes as bare names
class Scope:
    value = "class value"
    def get(self):
        try:
            return value
        except NameError as e:
            return f"NameError: {e}"
    def get_properly(self):
        return self.value
print(Scope().get(), "|", Scope().get_properly())

value = "global value"
print(Scope().get())

# Class body can reference earlier names and global names
offset = 100
class UsesGlobal:
    base = offset + 1
    offset = 5
    shifted = offset + 1
print(UsesGlobal.base, UsesGlobal.shifted, offset)

def decorate(cls):
    cls.decorated = True
    print(f"  decorating {cls.__name__}")
    return cls
@decorate
class Decorated:
    print("  body runs before decorator")
print(Decorated.decorated)
class Empty: pass
print(Empty.__doc__, Empty.__bases__, type(Empty.__dict__).__name__)
