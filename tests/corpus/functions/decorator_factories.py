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

def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@count_calls
def noop():
    return None
for _ in range(4):
    noop()
print("noop called", noop.calls, "times")

def prefix(p):
    return lambda f: lambda *a: p + f(*a)

class Greeter:
    @prefix("Mr. ")
    def name(self, n):
        return n.title()
    @staticmethod
    @prefix(">> ")
    def shout(msg):
        return msg.upper()
print(Greeter().name("smith"), Greeter.shout("hey"))

def method_logger(method):
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{method.__name__}{args}")
        return method(self, *args)
    return wrapper
class Stack:
    def __init__(self):
        self.items = []
    @method_logger
    def push(self, x):
        self.items.append(x)
        return self
    @method_logger
    def pop(self):
        return self.items.pop()
s = Stack().push(1).push(2)
print(s.pop(), s.items)
