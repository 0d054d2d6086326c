async def f():
    async for i in g()
        pass
