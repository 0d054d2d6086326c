assert x
assert x, "message"
def f():
    raise
def g():
    raise ValueError("x") from None
def h(x):
    if x is None:
        return 1
    if x is not None and x:
        return 2
