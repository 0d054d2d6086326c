# A tiny cooperative scheduler: tasks yield control via a custom awaitable.

class Yield:
    def __await__(self):
        yield "yield"

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.now = min(t for t, _, _ in self.sleeping)
                due = [s for s in self.sleeping if s[0] <= self.now]
                self.sleeping = [s for s in self.sleeping if s[0] > self.now]
                self.ready.extend((n, c) for _, n, c in due)
            name, coro = self.ready.pop(0)
            try:
                request = coro.send(None)
            except StopIteration as stop:
                print(f"[t={self.now}] {name} finished -> {stop.value!r}")
                self.results[name] = stop.value
                continue
            except Exception as e:
                print(f"[t={self.now}] {name} crashed: {type(e).__name__}: {e}")
                continue
            if request == "yield":
                self.ready.append((name, coro))
            else:
                _, ticks = request
                self.sleeping.append((self.now + ticks, name, coro))

async def worker(name, steps, delay):
    for i in range(steps):
        print(f"  {name} step {i}")
        await Sleep(delay)
    return f"{name} did {steps}"

async def counter(n):
    total = 0
    for i in range(n):
        total += i
        await Yield()
    return total

async def failing():
    await Yield()
    raise ValueError("task failed")

loop = Loop()
loop.spawn("slow", worker("slow", 2, 5))
loop.spawn("fast", worker("fast", 3, 2))
loop.spawn("count", counter(4))
loop.spawn("bad", failing())
loop.run()
print(sorted(loop.results.items()))
print("final time", loop.now)
