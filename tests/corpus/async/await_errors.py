# Invalid awaits: non-awaitables, bad __await__ results, reused coroutines, plain generators.

def drive(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

class Pending:
    def __await__(self):
        yield "pending"
        return "resolved"

async def await_bad(obj):
    try:
        await obj
    except TypeError as e:
        return f"TypeError: {e}"

class BadAwait:
    def __await__(self):
        return 42

async def never_run():
    return "never"

class AwaitReturnsCoroutine:
    def __init__(self):
        self.coro = never_run()
    def __await__(self):
        return self.coro

print(drive(await_bad(42)))
print(drive(await_bad("text")))
print(drive(await_bad(BadAwait())))
aw = AwaitReturnsCoroutine()
print(drive(await_bad(aw)))
aw.coro.close()  # closed explicitly, so no "never awaited" warning

async def inner():
    return "inner result"
async def outer():
    coro = inner()
    first = await coro + " " + await Pending()
    try:
        await coro
    except RuntimeError as e:
        return first, f"RuntimeError: {e}"
print(drive(outer()))

def gen_based():
    yield "from a plain generator"
    return "from generator"

async def await_generator():
    try:
        return await gen_based()
    except TypeError as e:
        return f"TypeError: {e}"
print(drive(await_generator()))
