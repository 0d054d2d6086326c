# Coroutines driven by hand with send(None); no asyncio.

class Suspend:
    """Awaitable that suspends once, handing a message to the driver."""
    def __init__(self, message):
        self.message = message
    def __await__(self):
        reply = yield self.message
        return reply

async def fetch(key):
    reply = await Suspend(f"need {key}")
    return f"{key}={reply}"

async def main():
    a = await fetch("a")
    b = await fetch("b")
    return [a, b]

def run(coro, replies):
    """Drive a coroutine; answer each suspension from the replies list."""
    value = None
    step = 0
    while True:
        try:
            request = coro.send(value)
        except StopIteration as stop:
            return stop.value
        print(f"  step {step}: coroutine asked {request!r}")
        value = replies[step]
        step += 1

print(run(main(), ["1", "2"]))

async def simple():
    return 42

c = simple()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def adder(x, y):
    return x + y

async def chain():
    total = 0
    for i in range(4):
        total = await adder(total, i)
    return total

print(run(chain(), []))

c = main()
print("cr_running", c.cr_running, "cr_await", c.cr_await)
first = c.send(None)
print("first request:", first, "| awaiting:", type(c.cr_await).__name__)
c.close()
print("closed, frame:", c.cr_frame)

import sys
async def nested(depth):
    if depth == 0:
        return await Suspend("bottom")
    return 1 + await nested(depth - 1)
print(run(nested(50), [0]))
print(sys.getrecursionlimit() > 50)
