a = [x for x in range(3)]
b = {x: y for x, y in items if x if y}
c = {x for x in s for y in x}
d = (x for x in s)
e = [y for x in s for y in [x * 2]]
def f(n):
    return [i + n for i in range(n)]
async def g():
    return [x async for x in ait if await x]
