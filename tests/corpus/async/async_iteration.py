# async for over hand-written asynchronous iterators.
class Tick:
    def __await__(self):
        yield "tick"

class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print("  __aiter__ called")
        return self
    async def __anext__(self):
        if self.i >= self.n:
            print("  raising StopAsyncIteration")
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i - 1

class Paginated:
    """Async iterable that fetches 'pages' lazily."""
    def __init__(self, pages):
        self.pages = pages
    def __aiter__(self):
        return PageCursor(self.pages)

class PageCursor:
    def __init__(self, pages):
        self.pages = list(pages)
        self.buffer = []
    async def __anext__(self):
        if not self.buffer:
            if not self.pages:
                raise StopAsyncIteration
            await Tick()
            print("  fetched page", self.pages[0])
            self.buffer = list(self.pages.pop(0))
        return self.buffer.pop(0)

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            print(f"  ({ticks} ticks)")
            return e.value

async def main():
    seen = []
    async for i in AsyncRange(3):
        seen.append(i)
    else:
        seen.append("else")
    items = []
    async for item in Paginated([["a", "b"], ["c"], ["d", "e"]]):
        if item == "d":
            break
        items.append(item)
    return seen, items
print(run(main()))
async def bad_iter():
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        return f"TypeError: {e}"
print(run(bad_iter()))
class NoAnext:
    def __aiter__(self):
        return self
async def bad_anext():
    try:
        async for x in NoAnext():
            pass
    except TypeError as e:
        return f"TypeError: {e}"
print(run(bad_anext()))
