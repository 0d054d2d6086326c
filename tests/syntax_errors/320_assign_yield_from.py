def g():
    x = yield from y = 1
