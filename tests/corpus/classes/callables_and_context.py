# __call__ makes instances callable; __enter__/__exit__ make them context managers.
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs  # highest power first
    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result
    def __repr__(self):
        return f"Polynomial{self.coeffs}"
p = Polynomial(2, -3, 1)
print(p, [p(x) for x in range(-2, 3)], callable(p), list(map(p, [10])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return f"call #{self.calls} args={args} kwargs={sorted(kwargs)}"
count = Counter()
print(count(), count(1, k=2), count.calls)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)

class Indenter:
    def __init__(self):
        self.level = 0
        self.lines = []
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False
    def __call__(self, text):
        self.lines.append("    " * self.level + text)
out = Indenter()
with out:
    out("def f():")
    with out:
        out("if x:")
        with out:
            out("return 1")
        out("return 2")
out("f()")
print("\n".join(out.lines))
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"  rolled back after {exc_type.__name__}: {exc}")
            return True
        print("  committed")
db = {"a": 1}
with Transaction(db) as t:
    t["b"] = 2
with Transaction(db) as t:
    t["c"] = 3
    t["a"] = t["missing"]
print(db)
class CallableClass:
    def __init__(self, v):
        self.v = v
    def __call__(self):
        return self.v * 2
instances = [CallableClass(i) for i in range(3)]
print([f() for f in instances], type(CallableClass.__call__).__name__)
class StaticCall:
    __call__ = staticmethod(lambda: "static __call__")
print(StaticCall()())
