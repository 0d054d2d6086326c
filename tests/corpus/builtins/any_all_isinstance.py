# any/all, isinstance/issubclass with tuples, callable
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), any("abc"), all(""))
calls = []

def check(x):
    calls.append(x)
    return x > 1

print(any(check(x) for x in [0, 1, 2, 3, 4]), calls)
calls.clear()
print(all(check(x) for x in [5, 3, 1, 7]), calls)
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (str, float)))
print(isinstance("s", (int, (list, str))), isinstance(None, type(None)), isinstance([], object))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(bool, bool), issubclass(int, bool))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)), issubclass(list, object))
for bad in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, "str")), lambda: issubclass(1, int),
            lambda: issubclass(int, [int]), lambda: isinstance(1, int | None) and "union ok"]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)

class Base:
    pass

class Child(Base):
    def __call__(self):
        return "called"

c = Child()
print(isinstance(c, Base), isinstance(c, (int, Base)), issubclass(Child, Base), issubclass(Base, Child))
print(callable(len), callable(Child), callable(c), callable(Base()), callable(None), callable(lambda: 0))
print(callable("str"), callable(str.upper), callable([].append), c(), type(c).__name__)
print(isinstance(1, int | str), issubclass(bool, int | float), isinstance("x", (int, str | bytes)))
