# async with: __aenter__/__aexit__ ordering, exception passing and suppression.
class Pause:
    def __await__(self):
        yield "pause"

class Connection:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print(f"  connecting {self.name}")
        await Pause()
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await Pause()
        status = exc_type.__name__ if exc_type else "clean"
        print(f"  closing {self.name} ({status})")
        return self.suppress
    async def query(self, q):
        await Pause()
        if q == "bad":
            raise ValueError(f"bad query on {self.name}")
        return f"{self.name}:{q}"

def run(coro):
    pauses = 0
    while True:
        try:
            coro.send(None)
            pauses += 1
        except StopIteration as e:
            return pauses, e.value

async def normal():
    async with Connection("db") as conn:
        return await conn.query("select")
async def nested():
    results = []
    async with Connection("a") as a, Connection("b") as b:
        results.append(await a.query("x"))
        results.append(await b.query("y"))
    return results

async def failing():
    try:
        async with Connection("c") as c:
            await c.query("bad")
            print("not reached")
    except ValueError as e:
        return f"caught {e}"

async def suppressed():
    async with Connection("d", suppress=True) as d:
        await d.query("bad")
    return "continued after suppression"
for coro in (normal(), nested(), failing(), suppressed()):
    print(run(coro))

class SyncOnly:
    def __enter__(self):
        return self
async def wrong_protocol():
    try:
        async with SyncOnly():
            pass
    except (TypeError, AttributeError) as e:
        return f"{type(e).__name__}: {e}"
print(run(wrong_protocol()))
class BadAexit:
    async def __aenter__(self):
        return "entered"
    def __aexit__(self, *a):
        return None
async def bad_aexit():
    try:
        async with BadAexit() as v:
            print("  body got", v)
    except TypeError as e:
        return f"TypeError: {e}"
print(run(bad_aexit()))
