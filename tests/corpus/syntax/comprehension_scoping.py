# Comprehensions have their own scope; closures inside them capture per-scope cells.

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make_adders():
    return {n: (lambda x: x + n) for n in (1, 10)}

adders = make_adders()
print(adders[1](5), adders[10](5))

# Class body: the first iterable sees class names, the rest does not
class Config:
    base = [1, 2, 3]
    factor = 10
    doubled = [b * 2 for b in base]
    try:
        scaled = [b * factor for b in base]
    except NameError as e:
        scaled = str(e)
    pairs = [(x, y) for x in base for y in "ab"]

print(Config.doubled)
print(Config.scaled)
print(Config.pairs)

# Comprehension reading an enclosing function's variable
def scale_all(values, k):
    return [v * k for v in values]
print(scale_all([1, 2], 3))

# Nested comprehension sees outer comprehension variable
print([[(i, j) for j in range(i)] for i in range(3)])

# Walrus in comprehension binds in function scope
def last_positive(values):
    [p for v in values if (p := v) > 0]
    return p
print(last_positive([3, -1, 4, -2]))

# Generator expression evaluated later sees later binding of free variable
k = 1
gen = (x * k for x in range(3))
k = 100
print(list(gen))

# Name errors from inside comprehension scope
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)

# Comprehension variable shadows global only inside
y = "global y"
print([y for y in "ab"], y)
