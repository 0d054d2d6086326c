def f():
    with open(p) as fh, lock:
        fh.read()
    with a:
        return 1

async def g():
    async with a as b:
        await b
    async for x in y:
        print(x)
    return [z async for z in w]
