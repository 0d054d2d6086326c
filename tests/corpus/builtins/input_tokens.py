# Reading a small structured input with input() and sys.stdin
import sys
header = input().split()
rows, cols = int(header[0]), int(header[1])
grid = [input().split() for _ in range(rows)]
print(rows, cols, grid)
values = [[int(v) for v in row] for row in grid]
print([sum(r) for r in values], [sum(c) for c in zip(*values)])
ops = int(input())
stack = []
for _ in range(ops):
    parts = input().split()
    if parts[0] == "push":
        stack.append(int(parts[1]))
    elif parts[0] == "pop":
        print("popped", stack.pop() if stack else None)
    elif parts[0] == "peek":
        print("top", stack[-1])
print("final", stack)
remaining = sys.stdin.read()
print(repr(remaining))
print(remaining.splitlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
