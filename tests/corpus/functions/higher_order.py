# Higher-order functions built from scratch: partial application, pipelines, reduce.

def partial(func, *bound, **bound_kw):
    def call(*args, **kwargs):
        merged = dict(bound_kw)
        merged.update(kwargs)
        return func(*bound, *args, **merged)
    call.func, call.args = func, bound
    return call

def power(base, exp, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod

square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), two_to(100, mod=1000), two_to.args)

def reduce(func, items, initial):
    acc = initial
    for x in items:
        acc = func(acc, x)
    return acc

print(reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda acc, w: acc + [len(w)], ["py", "thon", "!"], []))

def pipeline(*steps):
    def run(value):
        for step in steps:
            value = step(value)
        return value
    return run

clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"), lambda s: s[:12])
print([clean(s) for s in ["  Hello World  ", "ALREADY_clean", " Long Name Of Something "]])

def group_by(key, items):
    groups = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups

words = ["ant", "bee", "cat", "anteater", "bison", "cow"]
print(group_by(lambda w: w[0], words))
print(group_by(len, words))

def compose(*fs):
    return reduce(lambda f, g: lambda x: f(g(x)), fs, lambda x: x)
print(compose(str, abs, lambda n: n - 10)(3))

def count_where(pred):
    return lambda items: sum(1 for i in items if pred(i))
count_even = count_where(lambda n: n % 2 == 0)
print(count_even(range(11)), count_even([]))

def memo(f):
    seen = {}
    def g(*args):
        if args not in seen:
            seen[args] = f(*args)
        return seen[args]
    return g

@memo
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths(16, 16))
print(sorted(map(lambda p: p[::-1], zip("abc", range(3)))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
