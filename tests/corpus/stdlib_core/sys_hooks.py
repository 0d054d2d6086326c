# sys hooks: async-generator hooks on first use, unraisablehook for atexit errors,
# tracing queries, call_tracing and struct-sequence reprs.
import sys, atexit, weakref, gc
def hook(u):
    print("HOOK", u.exc_type.__name__, u.exc_value, u.err_msg, type(u.object).__name__, type(u).__name__)
print(sys.get_asyncgen_hooks())
seen = []
sys.set_asyncgen_hooks(firstiter=seen.append)
async def agen():
    yield 1
g = agen()
print(len(seen))
c = g.__anext__()
print(len(seen), seen[0] is g)
try:
    c.send(None)
except StopIteration as e:
    print("yielded", e.value)
print(sys.get_asyncgen_hooks().firstiter is seen.append)
try:
    sys.set_asyncgen_hooks(firstiter=3)
except TypeError as e:
    print(e)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks())
print(sys.gettrace(), sys.settrace(None), sys.is_finalizing(), sys.thread_info.name, sys.abiflags)
print(sys.call_tracing(max, (3, 4)))
def bad():
    raise ValueError("in atexit")
atexit.register(bad)
sys.unraisablehook = hook
