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

async def gather(*awaitables):
    results = []
    for aw in awaitables:
        results.append(await aw)
    return results

futures = [Future(name) for name in ("x", "y", "z")]
futures[1].set_result("preset")
print(drive(gather(*futures, Immediate(0))))
