async def f(a):
    l = [x async for x in a]
    g = (await x for x in a)
    n = [[await y for y in x] for x in a]
    return {k: v async for k, v in a}
