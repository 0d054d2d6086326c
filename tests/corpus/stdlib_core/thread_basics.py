import _thread, time

lock = _thread.allocate_lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
with lock:
    print("inside", lock.locked())
print(lock.locked(), _thread.error is RuntimeError, type(lock) is _thread.LockType)

r = _thread.RLock()
with r:
    with r:
        print("reentrant", r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

done = _thread.allocate_lock()
done.acquire()
results = []
local = _thread._local()
local.name = "main"
def work(n, scale=1):
    local.name = "worker"
    results.append((n * scale, _thread.get_ident() != main_id))
    done.release()
main_id = _thread.get_ident()
_thread.start_new_thread(work, (21,), {"scale": 2})
done.acquire()
print(results, local.name)
try:
    _thread.start_new_thread(work, [1])
except TypeError as e:
    print("TypeError", e)
print(_thread.TIMEOUT_MAX, isinstance(_thread.get_native_id(), int))
