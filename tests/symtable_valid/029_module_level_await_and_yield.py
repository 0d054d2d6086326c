await something
[x async for x in y]
yield 1
class C:
    yield 2
