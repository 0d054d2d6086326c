# generator.throw() and close(): handling, re-raising and GeneratorExit.

def worker():
    jobs = 0
    while True:
        try:
            job = yield jobs
            jobs += 1
            print("  did job", job)
        except ValueError as e:
            print("  worker recovered from", repr(e))
        except GeneratorExit:
            print("  worker got GeneratorExit after", jobs, "jobs")
            raise

w = worker()
next(w)
w.send("a")
print("throw returned", w.throw(ValueError("bad input")))
w.send("b")
w.close()
w.close()
print("closed twice without error")

def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print("propagated:", repr(e))
print("after failed throw:", list(f))

def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        yield "refuses to stop"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("stubborn then:", next(s, "finished"))

def with_cleanup():
    try:
        yield "working"
    finally:
        print("  cleanup ran")
c = with_cleanup()
print(next(c))
c.close()
unstarted = with_cleanup()
unstarted.close()
print("unstarted close printed nothing above")
try:
    next(unstarted)
except StopIteration:
    print("unstarted is now exhausted")

def converts():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")
g = converts()
next(g)
try:
    g.throw(ZeroDivisionError)
except ValueError as e:
    print("ValueError:", e, "| context:", type(e.__context__).__name__)
fresh = fragile()
try:
    fresh.throw(IndexError("before start"))
except IndexError as e:
    print("thrown into unstarted:", e)
