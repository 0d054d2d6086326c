# await and async for inside comprehensions, within coroutines.

class Delay:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield f"delay {self.value}"
        return self.value

async def double(x):
    return await Delay(x) * 2

async def numbers(n):
    for i in range(n):
        yield await Delay(i)

def run(coro):
    steps = []
    while True:
        try:
            steps.append(coro.send(None))
        except StopIteration as e:
            return e.value, len(steps)

async def main():
    doubled = [await double(x) for x in range(4)]
    evens = [n async for n in numbers(6) if n % 2 == 0]
    as_dict = {n: await double(n) async for n in numbers(3)}
    as_set = {n % 3 async for n in numbers(7)}
    nested = [[await Delay(r * c) for c in range(3)] for r in range(2)]
    gen = (await double(x) for x in range(3))
    from_gen = [v async for v in gen]
    return doubled, evens, as_dict, sorted(as_set), nested, from_gen

result, steps = run(main())
for part in result:
    print(part)
print("suspensions:", steps)

async def pipeline():
    async def source():
        for word in ["alpha", "beta", "gamma", "delta"]:
            yield await Delay(word)
    async def upper(agen):
        async for w in agen:
            yield w.upper()
    async def only_long(agen):
        async for w in agen:
            if len(w) > 4:
                yield w
    return [w async for w in only_long(upper(source()))]

print(run(pipeline()))

async def with_scope():
    x = "outer"
    values = [x async for x in numbers(2)]
    return x, values
print(run(with_scope()))

async def error_inside():
    try:
        return [await Delay(10 // n) for n in (5, 2, 0)]
    except ZeroDivisionError as e:
        return f"ZeroDivisionError: {e}"
print(run(error_inside()))
