# Exceptions raised inside __enter__ and __exit__, and how they chain.

class Fails:
    def __init__(self, where):
        self.where = where
    def __enter__(self):
        print(f"  enter ({self.where})")
        if self.where == "enter":
            raise RuntimeError("enter failed")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"  exit sees {exc_type.__name__ if exc_type else None}")
        if self.where == "exit":
            raise ValueError("exit failed")
        return False

def attempt(where, body_raises):
    try:
        with Fails(where):
            print("  body runs")
            if body_raises:
                raise KeyError("body failed")
    except Exception as e:
        ctx = e.__context__
        return f"{type(e).__name__}: {e} | context: {type(ctx).__name__ if ctx else None}"
    return "no exception"

for where in ("enter", "exit", "none"):
    for body_raises in (False, True):
        print(where, body_raises, "->", attempt(where, body_raises))

class Counter:
    active = 0
    def __enter__(self):
        Counter.active += 1
        return Counter.active
    def __exit__(self, *a):
        Counter.active -= 1

def nested(depth):
    with Counter() as level:
        if depth == 0:
            raise IndexError(f"bottom at level {level}")
        nested(depth - 1)

try:
    nested(3)
except IndexError as e:
    print(e, "| active after unwinding:", Counter.active)

class SuppressOnly:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        self.caught = exc
        return exc_type is not None and issubclass(exc_type, self.types)

with SuppressOnly(ZeroDivisionError, KeyError) as s:
    {}["nope"]
print("suppressed:", repr(s.caught))
try:
    with SuppressOnly(KeyError) as s:
        [][0]
except IndexError as e:
    print("not suppressed:", e)
