import asyncio

async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def consume():
    total = 0
    async for v in agen(3):
        total += v
    else:
        total = -total
    squares = [v * v async for v in agen(4)]
    gens = (v async for v in agen(2))
    return total, squares, gens

async def nested_with(a, b):
    async with a, b as x:
        await x
