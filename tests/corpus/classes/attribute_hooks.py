# __getattr__, __getattribute__, __setattr__ and __delattr__ working together.

class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        # only called when normal lookup fails
        self._log.append(f"getattr {name}")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"record has no field {name!r}") from None

    def __setattr__(self, name, value):
        self._log.append(f"setattr {name}")
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self._fields[name] = value

    def __delattr__(self, name):
        self._log.append(f"delattr {name}")
        del self._fields[name]

r = Record(name="ann", age=30)
print(r.name, r.age)
r.age = 31
r.city = "Oslo"
print(r.age, r.city, sorted(r._fields))
del r.city
try:
    r.city
except AttributeError as e:
    print("AttributeError:", e)
try:
    r._secret = 1
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "missing", "default via getattr"), hasattr(r, "name"))
print(r._log)

class Audited:
    def __init__(self):
        self.value = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  __getattribute__({name!r})")
        if name == "forbidden":
            raise AttributeError("forbidden is hidden")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback for {name}"
    def method(self):
        return self.value

a = Audited()
print(a.value)
print(a.method())
print(a.forbidden)
print(a.nothing_here)
