async def f(a):
    async with a as (b, c), a as d:
        async for e, *g in a:
            pass
    with a as h.attr:
        pass
    for [i, j] in a:
        pass
    else:
        k = 1
