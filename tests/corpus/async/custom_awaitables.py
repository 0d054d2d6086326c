# Awaitable protocol: __await__ returning iterators, generators and errors.

class Future:
    """A minimal future resolved by the driver."""
    def __init__(self, label):
        self.label = label
        self.done = False
        self.result = None
    def set_result(self, value):
        self.done = True
        self.result = value
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Immediate:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return iter([])  # finishes immediately, returns None

class IterAwait:
    def __await__(self):
        return iter(["x", "y"])

def drive(coro):
    value = None
    while True:
        try:
            pending = coro.send(value)
        except StopIteration as e:
            return e.value
        if isinstance(pending, Future):
            print(f"  resolving future {pending.label}")
            pending.set_result(pending.label.upper())
            value = None
        else:
            print(f"  got plain value {pending!r}")
            value = None

async def main():
    f = Future("alpha")
    a = await f
    b = await f  # already done: no suspension
    c = await Immediate(5)
    d = await IterAwait()
    return a, b, c, d

print(drive(main()))

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
    first = await coro
    try:
        await coro
    except RuntimeError as e:
        return first, f"RuntimeError: {e}"
print(drive(outer()))

def gen_based():
    yield Future("gen")
    return "from generator"

async def await_generator():
    try:
        return await gen_based()
    except TypeError as e:
        return f"TypeError: {e}"
print(drive(await_generator()))
