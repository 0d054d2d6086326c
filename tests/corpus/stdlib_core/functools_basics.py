import functools
from functools import reduce, partial, lru_cache, wraps, total_ordering, cached_property, cmp_to_key

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
p = partial(int, base=2)
print(p("101"), p.func is int, p.args, p.keywords)
q = partial(partial(max, 1), 5)
print(q(3), q.args)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    return x * x
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def hello(x):
    "Doc."
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
class C:
    @cached_property
    def val(self):
        print("computing")
        return 42
c = C()
print(c.val, c.val)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
