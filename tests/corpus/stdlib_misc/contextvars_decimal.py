import contextvars as cv
v = cv.ContextVar('v', default=1); w = cv.ContextVar('w')
c = cv.copy_context()
print(type(c.keys()).__name__, type(c.items()).__name__, type(iter(c)).__name__, type(c.values()).__name__)
tests = [lambda: cv.ContextVar(1), lambda: cv.Token(), lambda: cv.Context(1), lambda: c[1], lambda: 1 in c, lambda: v.reset(1), lambda: v.reset('a'), lambda: hash(v)==hash(v), lambda: v.get(5), lambda: w.get(None), lambda: v.name, lambda: cv.Token.MISSING, lambda: cv.ContextVar[int], lambda: cv.Token[int], lambda: c.get(v), lambda: c.get(v, 2), lambda: c.get(1), lambda: c == cv.Context(), lambda: c.copy() is c, lambda: len(c), lambda: cv.Context.__module__, lambda: cv.ContextVar.__module__, lambda: type(cv.Token.MISSING), lambda: cv.Context.__name__]
for e in tests:
  try: print(repr(e()))
  except BaseException as x: print(type(x).__name__, x)
try: w.get()
except LookupError as e: print('LookupError', e.args[0] is w)
t = v.set(2); print(t.var is v, t.old_value, t.old_value is cv.Token.MISSING, v.get())
v.reset(t); print(v.get())
try: v.reset(t)
except BaseException as x: print(type(x).__name__, str(x)[:11], str(x)[-24:])
t = w.set(3)
try: v.reset(t)
except BaseException as x: print(type(x).__name__, str(x)[-35:])
t2 = v.set(5)
try: cv.Context().run(v.reset, t2)
except BaseException as x: print(type(x).__name__, str(x)[-35:])
t3 = v.set(6); print(t3.old_value); v.reset(t3); print(v.get())
def f(): c.run(f)
try: c.run(f)
except BaseException as x: print(type(x).__name__, str(x)[:40], str(x)[-20:])
snap = cv.copy_context()
print(sorted((k.name, val) for k, val in snap.items()), len(snap), v in snap, w in snap, snap[w])
print(sorted(k.name for k in snap), sorted(snap.values()), sorted(k.name for k in snap.keys()))
def body(x, y=0):
    v.set(x + y)
    w.set('inner')
    return v.get(), w.get()
ctx = cv.copy_context()
print(ctx.run(body, 10, y=5), v.get(), w.get(), ctx[v], ctx[w])
print(ctx == cv.copy_context(), ctx == ctx.copy(), cv.Context() == cv.Context(), ctx != 1)
ctx2 = cv.Context()
print(ctx2.run(lambda: (v.get(), w.get('none'))), len(ctx2))
try: ctx2.run(lambda: 1/0)
except ZeroDivisionError: print('ZDE propagated', ctx2.run(lambda: 'ok'))
print(repr(v).startswith("<ContextVar name='v' default=1 at 0x"), repr(w).startswith("<ContextVar name='w' at 0x"))
print(repr(t3).startswith("<Token used var=<ContextVar name='v' default=1 at"), repr(c).startswith('<_contextvars.Context object at 0x'))
try: c[cv.ContextVar('zz')]
except KeyError as e: print('KeyError', e.args[0].name)
import decimal, fractions
from decimal import Decimal
print(Decimal('1.1') + Decimal('2.2'))
with decimal.localcontext() as lc:
    lc.prec = 5
    print(Decimal(1) / Decimal(7))
print(Decimal(1) / Decimal(7))
decimal.getcontext().prec = 10
print(Decimal(2).sqrt(), decimal.getcontext().prec)
print(fractions.Fraction(3, 4) + fractions.Fraction('1/6'), fractions.Fraction(0.5), fractions.Fraction(Decimal('1.25')))
with decimal.localcontext(prec=3):
    print(+Decimal('3.14159'))
try: Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e: print(type(e).__name__)
print(Decimal('1.30').quantize(Decimal('0.1')), Decimal('-0'), Decimal('NaN'), round(Decimal('2.675'), 2))
import _thread, time
seen = []
def in_thread():
    seen.append((v.get(), w.get('unset')))
    v.set(99)
    seen.append(v.get())
v.set(42)
_thread.start_new_thread(in_thread, ())
while len(seen) < 2: time.sleep(0.01)
print(seen, v.get())
import asyncio
av = cv.ContextVar('av', default=0)
async def child(n):
    av.set(n)
    await asyncio.sleep(0.01)
    return av.get()
async def amain():
    r = await asyncio.gather(child(1), child(2))
    return r, av.get()
print(asyncio.run(amain()))
