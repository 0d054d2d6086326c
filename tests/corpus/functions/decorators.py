# Decorators written by hand (no functools): wrapping, stacking, class decorators.

call_log = []

def logged(func):
    def wrapper(*args, **kwargs):
        call_log.append(f"call {func.__name__}{args}")
        result = func(*args, **kwargs)
        call_log.append(f"{func.__name__} -> {result!r}")
        return result
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    return wrapper

def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), len(fib.cache))

@logged
def add(a, b):
    """Add two things."""
    return a + b

print(add(2, 3), add("x", "y"))
print(call_log)
print(add.__name__, add.__doc__, add.__wrapped__(10, 20))

def bold(f):
    return lambda: "<b>" + f() + "</b>"
def italic(f):
    return lambda: "<i>" + f() + "</i>"

@bold
@italic
def text():
    return "hi"
print(text())

order = []
def trace(tag):
    order.append(f"factory {tag}")
    def deco(f):
        order.append(f"apply {tag}")
        return f
    return deco

@trace("outer")
@trace("inner")
def traced():
    pass
print(order)
