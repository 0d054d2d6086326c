# Async generators: async for, asend, athrow, aclose and their awaitables.

class Tick:
    def __await__(self):
        yield "tick"

async def ticker(limit):
    try:
        for i in range(limit):
            await Tick()
            received = yield i
            if received is not None:
                print(f"  ticker received {received!r}")
    except KeyError as e:
        print(f"  ticker handling {e!r}")
        yield "recovered"
    finally:
        print("  ticker cleanup")

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def consume():
    out = []
    async for v in ticker(3):
        out.append(v)
    return out
print(run(consume()))

async def manual():
    g = ticker(5)
    log = [await g.asend(None), await g.asend("hello"), await g.__anext__()]
    log.append(await g.athrow(KeyError("boom")))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        log.append("exhausted")
    return log
print(run(manual()))

async def closing():
    g = ticker(10)
    first = await g.__anext__()
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return f"first={first}, closed then StopAsyncIteration"
print(run(closing()))

async def agen():
    yield 1
print(type(agen()).__name__, agen.__name__)
g = agen()
print(type(g.__anext__()).__name__ in ("async_generator_asend", "coroutine"))
print(hasattr(g, "__aiter__"), hasattr(g, "__iter__"))

async def collect_squares():
    async def squares(n):
        for i in range(n):
            await Tick()
            yield i * i
    return [x async for x in squares(5) if x % 2 == 0]
print(run(collect_squares()))
async def raises_in_agen():
    async def bad():
        yield 1
        raise RuntimeError("agen failed")
    got = []
    try:
        async for x in bad():
            got.append(x)
    except RuntimeError as e:
        got.append(str(e))
    return got
print(run(raises_in_agen()))
