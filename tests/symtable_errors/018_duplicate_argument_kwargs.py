async def f(a, **a):
    pass
