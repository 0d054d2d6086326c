# Exceptions crossing await boundaries; throw() and close() on coroutines.

class Wait:
    def __await__(self):
        yield "waiting"

async def level3(n):
    await Wait()
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n * 10

async def level2(n):
    try:
        return await level3(n)
    finally:
        print(f"  level2 finally (n={n})")

async def level1(n):
    try:
        return await level2(n)
    except ValueError as e:
        raise LookupError("wrapped") from e

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

print(run(level1(4)))
try:
    run(level1(-1))
except LookupError as e:
    print("LookupError:", e, "| cause:", repr(e.__cause__))

async def guarded():
    attempts = 0
    while True:
        try:
            await Wait()
            return f"done after {attempts} interruptions"
        except TimeoutError as e:
            attempts += 1
            print(f"  interrupted: {e}")

c = guarded()
print(c.send(None))
print(c.throw(TimeoutError("first")))
print(c.throw(TimeoutError("second")))
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)

