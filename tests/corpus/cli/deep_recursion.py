# Raising the recursion limit allows deep (but finite) recursion
import sys
sys.setrecursionlimit(20000)
print(sys.getrecursionlimit())

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(15000))

def build(n):
    if n == 0:
        return []
    return [n, build(n - 1)]

def length(node):
    return 0 if not node else 1 + length(node[1])

nested = build(12000)
print(length(nested))

def sum_to(n, acc=0):
    return acc if n == 0 else sum_to(n - 1, acc + n)

print(sum_to(15000))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
