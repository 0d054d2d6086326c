# Unbounded mutual recursion ends in an uncaught RecursionError.
import sys

def depth_of(nested):
    if not isinstance(nested, list) or not nested:
        return 0
    return 1 + max(depth_of(x) for x in nested)

print("limit is at least 1000:", sys.getrecursionlimit() >= 1000)
print("depth:", depth_of([1, [2, [3, [4]]], []]))

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

try:
    ping(0)
except RecursionError as e:
    print("first time caught:", e)

print("starting again, uncaught this time")
ping(0)
