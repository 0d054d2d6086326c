# Lambda expressions and conditional expressions in realistic uses.

people = [("Ann", 31, "NYC"), ("bob", 25, "LA"), ("Cid", 31, "LA"), ("dee", 19, "NYC")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0].lower())))
print(min(people, key=lambda p: p[0].lower()))
print(list(map(lambda p: p[0].title(), people)))
print(list(filter(lambda p: p[2] == "LA", people)))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))

defaults = lambda a, b=2, *rest, c=3, **kw: (a, b, rest, c, sorted(kw.items()))
print(defaults(1))
print(defaults(1, 5, 6, 7, c=8, z=9, y=0))
print((lambda *a: a)(), (lambda **k: k)(), (lambda: None)())
print((lambda x, /, y: x - y)(10, y=3))
print(inc.__name__, defaults.__defaults__, defaults.__kwdefaults__)

def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 5)])

# Conditional expression short-circuits
def boom():
    raise RuntimeError("should not run")
print("safe" if True else boom())
print(boom() if False else "also safe")
x = 0
print(x and 10 / x, x or "fallback", [] or {} or "last")
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
expr = "3 + 4 * 2 - 1".split()
acc = int(expr[0])
for op, num in zip(expr[1::2], expr[2::2]):
    acc = ops[op](acc, int(num))
print("left-to-right:", acc)
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(10)])
