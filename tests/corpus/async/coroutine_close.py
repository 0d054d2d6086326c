# close() and throw() on suspended coroutines: cleanup, ignored GeneratorExit, reuse after errors.

class Wait:
    def __await__(self):
        yield "waiting"

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def level3(n):
    await Wait()
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n * 10

async def cleanup():
    try:
        await Wait()
    finally:
        print("  cleanup during close")
c = cleanup()
c.send(None)
c.close()
print("closed:", c.cr_frame is None)

async def stubborn():
    try:
        await Wait()
    except GeneratorExit:
        await Wait()
c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

async def unhandled_throw():
    await Wait()
c = unhandled_throw()
c.send(None)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def context_chain():
    try:
        await level3(-5)
    except ValueError:
        raise TypeError("while handling")
try:
    run(context_chain())
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
