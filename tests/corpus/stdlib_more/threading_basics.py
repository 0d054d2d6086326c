import threading, queue, time

results = []
lock = threading.Lock()
def work(n):
    with lock:
        results.append(n * n)
ts = [threading.Thread(target=work, args=(i,), name=f"w{i}") for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), [t.name for t in ts], any(t.is_alive() for t in ts))

class Counter(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.total = 0
    def run(self):
        for i in range(1000):
            self.total += i
c = Counter()
print(c.daemon, c.is_alive())
c.start()
c.join(5)
print(c.total, c.is_alive(), c.ident is not None)
try:
    c.start()
except RuntimeError as e:
    print(type(e).__name__, e)
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print(type(e).__name__, e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count() >= 1)
print(repr(threading.Thread(name="unstarted")).startswith("<Thread(unstarted, initial"))

# RLock
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
try:
    r.release()
except RuntimeError as e:
    print(type(e).__name__, e)
l2 = threading.Lock()
print(l2.acquire(), l2.acquire(blocking=False), l2.locked())
l2.release()
print(l2.acquire(timeout=0.01), l2.acquire(timeout=0.01))
l2.release()
try:
    l2.release()
except RuntimeError as e:
    print(type(e).__name__, e)

# Event, Condition, Semaphore, Barrier
ev = threading.Event()
out = []
def waiter():
    ev.wait()
    out.append("woke")
w = threading.Thread(target=waiter)
w.start()
print(ev.is_set(), ev.wait(0.01))
ev.set()
w.join()
print(out, ev.is_set())
ev.clear()
print(ev.is_set())

cond = threading.Condition()
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.append(("consumed", list(items)))
cw = threading.Thread(target=consumer)
cw.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
cw.join()
print(out[-1])

sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print(type(e).__name__, e)

b = threading.Barrier(3)
arrived = []
def party(i):
    idx = b.wait()
    with lock:
        arrived.append(idx)
ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps: p.start()
for p in ps: p.join()
print(sorted(arrived), b.n_waiting, b.broken)

# thread-safe queue
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
got = []
def cons():
    while (x := q.get()) is not None:
        got.append(x)
        q.task_done()
    q.task_done()
pt, ct = threading.Thread(target=producer), threading.Thread(target=cons)
pt.start(); ct.start(); pt.join(); ct.join()
q.join()
print(got, q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print(type(e).__name__)
bq = queue.Queue(1)
bq.put(1)
try:
    bq.put(2, block=False)
except queue.Full:
    print("Full")
pq = queue.PriorityQueue()
for v in (3, 1, 2):
    pq.put(v)
print([pq.get() for _ in range(3)], queue.LifoQueue.__name__, queue.SimpleQueue().empty())

# thread-local data
local = threading.local()
local.v = "main"
seen = []
def lw():
    seen.append(hasattr(local, "v"))
    local.v = "thread"
    seen.append(local.v)
lt = threading.Thread(target=lw)
lt.start(); lt.join()
print(seen, local.v)

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=("timer",))
tm.start(); tm.join()
tm2 = threading.Timer(10, fired.append, args=("never",))
tm2.start(); tm2.cancel(); tm2.join()
print(fired)

# exceptions in threads go to threading.excepthook
caught = []
old = threading.excepthook
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
et = threading.Thread(target=lambda: 1 / 0, name="bad")
et.start(); et.join()
threading.excepthook = old
print(caught)
print(threading.get_ident() == threading.current_thread().ident, threading.get_native_id() > 0, type(threading.TIMEOUT_MAX).__name__)
import concurrent.futures as cf
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(lambda x: x * 3, range(6))))
    f = ex.submit(pow, 2, 10)
    print(f.result(), f.done(), f.exception())
    bad = ex.submit(int, "x")
    try:
        bad.result()
    except ValueError as e:
        print(type(e).__name__, e)
    fs = [ex.submit(lambda v: v + 1, i) for i in range(4)]
    print(sorted(x.result() for x in cf.as_completed(fs)))
