# Decorators that take arguments, keep state, and validate calls.

def retry(times, exceptions=(Exception,)):
    def decorate(func):
        def wrapper(*args):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return f"{func(*args)} (attempt {attempt})"
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
                    last = e
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return decorate

state = {"calls": 0}

@retry(3, (ValueError,))
def flaky(threshold):
    state["calls"] += 1
    if state["calls"] < threshold:
        raise ValueError(f"call {state['calls']} too early")
    return "success"

print(flaky(3))
state["calls"] = 0
try:
    flaky(10)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def typed(*types):
    def decorate(func):
        def wrapper(*args):
            for i, (arg, t) in enumerate(zip(args, types)):
                if not isinstance(arg, t):
                    raise TypeError(f"{func.__name__} arg {i} must be {t.__name__}, got {type(arg).__name__}")
            return func(*args)
        return wrapper
    return decorate

@typed(int, str)
def repeat(n, s):
    return s * n

print(repeat(3, "ab"))
try:
    repeat("3", "ab")
except TypeError as e:
    print("TypeError:", e)

