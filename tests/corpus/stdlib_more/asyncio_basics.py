import asyncio

async def add(a, b, delay=0):
    await asyncio.sleep(delay)
    return a + b

print(asyncio.run(add(1, 2)))

async def main():
    t = asyncio.create_task(add(3, 4), name="adder")
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result(), t.cancelled())
    print(await asyncio.gather(add(1, 1, 0.02), add(2, 2, 0.01), add(3, 3)))
    res = await asyncio.gather(add(1, 1), asyncio.sleep(0, "slept"), return_exceptions=True)
    print(res)
    async def boom(n):
        await asyncio.sleep(0)
        raise ValueError(f"boom {n}")
    print(await asyncio.gather(boom(1), add(5, 5), return_exceptions=True))
    try:
        await asyncio.gather(boom(2), add(5, 5))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print(type(e).__name__, repr(e), asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(add(1, 2), timeout=1))

    # cancellation
    started = asyncio.Event()
    async def sleeper():
        started.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("sleeper saw CancelledError")
            raise
    t = asyncio.create_task(sleeper())
    await started.wait()
    print(t.cancel(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", type(e).__name__, t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", type(e).__name__)
    t2 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t2.cancel("with message")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("message:", e.args)
    t3 = asyncio.create_task(boom(3))
    await asyncio.sleep(0.01)
    print(t3.done(), type(t3.exception()).__name__, t3.exception())

    # queue producer / consumer
    q = asyncio.Queue(maxsize=2)
    got = []
    async def producer():
        for i in range(6):
            await q.put(i)
        await q.put(None)
    async def consumer():
        while (item := await q.get()) is not None:
            got.append(item * 10)
            q.task_done()
        q.task_done()
    await asyncio.gather(producer(), consumer())
    await q.join()
    print(got, q.empty(), q.qsize(), q.maxsize, q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__)
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull as e:
        print(type(e).__name__)
    pq = asyncio.PriorityQueue()
    for v in (5, 1, 3):
        pq.put_nowait(v)
    lq = asyncio.LifoQueue()
    for v in (5, 1, 3):
        lq.put_nowait(v)
    print([pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])

    # locks, semaphores, events, conditions
    lock = asyncio.Lock()
    order = []
    async def crit(n):
        async with lock:
            order.append(f"in{n}")
            await asyncio.sleep(0.001)
            order.append(f"out{n}")
    await asyncio.gather(crit(1), crit(2), crit(3))
    print(order, lock.locked())
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(n):
        async with sem:
            active.append(n)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.005)
            active.remove(n)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", peak[0], sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(type(e).__name__, e)
    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        return n
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), any(w.done() for w in ws))
    ev.set()
    print(await asyncio.gather(*ws))
    cond = asyncio.Condition()
    items = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()
    c = asyncio.create_task(cons())
    await asyncio.sleep(0)
    async with cond:
        items.append("item")
        cond.notify()
    print(await c)

    # wait / as_completed / shield
    tasks = [asyncio.create_task(add(i, 0, 0.001 * (3 - i))) for i in range(3)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)
    results = [await f for f in asyncio.as_completed([add(1, 0, 0.1), add(2, 0, 0.0)])]
    print(results)
    slow = asyncio.create_task(asyncio.sleep(0.2, "slow"))
    done, pending = await asyncio.wait([slow], timeout=0.001)
    print(len(done), len(pending))
    print(await asyncio.shield(slow))

    # TaskGroup and timeout (3.11)
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(add(1, 2))
        b = tg.create_task(add(3, 4))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(4))
            tg.create_task(asyncio.sleep(1))
    except* ValueError as eg:
        print(type(eg).__name__, [str(e) for e in eg.exceptions])
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout:", type(e).__name__)
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print(cm.when(), cm.expired())

    # running loop details
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future result")
    print(await fut, fut.done())
    fut2 = loop.create_future()
    loop.call_later(0.001, fut2.set_exception, KeyError("k"))
    try:
        await fut2
    except KeyError as e:
        print(type(e).__name__, e)
    print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(len), asyncio.isfuture(fut), asyncio.isfuture(1))
    coro = add(0, 0)
    print(asyncio.iscoroutine(coro)); coro.close()
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    print(await asyncio.to_thread(lambda x: x * 2, 21))
    print(type(asyncio.current_task()).__name__, asyncio.current_task() in asyncio.all_tasks())
    return "main done"

print(asyncio.run(main()))

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def use_agen():
    return [x async for x in agen(4)], [x * x async for x in agen(3) if x]
print(asyncio.run(use_agen()))

async def failing():
    raise RuntimeError("propagates")
try:
    asyncio.run(failing())
except RuntimeError as e:
    print(type(e).__name__, e)
c = add(1, 2)
try:
    asyncio.run(c())
except TypeError as e:
    print(type(e).__name__, e)
finally:
    c.close()
try:
    asyncio.run(42)
except ValueError as e:
    print(type(e).__name__, e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(add(10, 20)), loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
