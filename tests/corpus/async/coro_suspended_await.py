# cr_suspended and cr_await through a coroutine's life; an async generator's ag_await.
import types, inspect, asyncio
async def a(): await asyncio.sleep(0)
async def b():
    await a()
c = b()
print(inspect.getcoroutinestate(c), c.cr_suspended, c.cr_await)
c.send(None)
print(inspect.getcoroutinestate(c), c.cr_suspended, type(c.cr_await).__name__)
c.close()
print(inspect.getcoroutinestate(c), c.cr_suspended, c.cr_await)
async def ag():
    yield 1
g = ag()
print(g.ag_await)
