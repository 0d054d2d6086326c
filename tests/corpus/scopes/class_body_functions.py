# Comprehensions, lambdas and nested functions inside class bodies, and their name lookups.

scale = "global scale"

class Grid:
    scale = 10
    size = 3
    cells = [(r, c) for r in range(size) for c in range(2)]  # inner 'range(2)' fine
    first_row = [scale for _ in range(2)]                    # element sees global scale
    scaled = list(map(lambda v, s=scale: v * s, range(3)))   # default arg captures class value
    lookup = {k: k * 2 for k in range(size)}                 # outermost iterable sees class 'size'
    try:
        nested = [[c for c in range(size)] for _ in range(1)]
    except NameError as e:
        nested = f"NameError: {e}"
    gen_first = list(x for x in range(size))

    def method(self):
        return [self.scale * i for i in range(self.size)]

print(Grid.cells)
print(Grid.first_row)
print(Grid.scaled)
print(Grid.lookup)
print(Grid.nested)
print(Grid.gen_first)
print(Grid().method())

def function_scope():
    scale = "function scale"
    class Inner:
        values = [scale for _ in range(1)]     # comprehension sees enclosing function local
        def m(self):
            return scale
    return Inner.values, Inner().m()
print(function_scope())

class Registry:
    handlers = {}
    def register(name, handlers=handlers):
        def deco(func):
            handlers[name] = func
            return func
        return deco
    @register("add")
    def add(a, b):
        return a + b
    @register("mul")
    def mul(a, b):
        return a * b
    del register

print(sorted(Registry.handlers), Registry.handlers["mul"](6, 7), hasattr(Registry, "register"))

class Constants:
    A = 1
    B = A + 1
    ALL = (A, B)
    NAMES = [n for n in ("A", "B")]
    try:
        VALUES = [eval(n) for n in ("A", "B")]
    except NameError as e:
        VALUES = f"NameError: {e}"
print(Constants.ALL, Constants.NAMES, Constants.VALUES)
