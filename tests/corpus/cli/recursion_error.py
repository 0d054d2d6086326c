# Runaway recursion raises RecursionError, which can be caught
import sys

def forever(n):
    return forever(n + 1) + 1

try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))

depth = 0

def measure():
    global depth
    depth += 1
    measure()

try:
    measure()
except RecursionError:
    print("depth reached at least 500:", depth >= 500)

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

try:
    ping(0)
except RecursionError as e:
    print("mutual:", e)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(len(str(fact(500))), sys.getrecursionlimit())
print("program continues normally")
