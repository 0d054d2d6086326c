# Stateful decorators and decorators applied to methods, static methods and chains.

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

class Timer:
    """Fake clock decorator: counts 'ticks' instead of measuring time."""
    def __init__(self, func):
        self.func = func
        self.ticks = 0
    def __call__(self, *args):
        self.ticks += len(args)
        return self.func(*args)
@Timer
def join(*parts):
    return "-".join(parts)
print(join("a", "b"), join("c"), join.ticks, type(join).__name__)
