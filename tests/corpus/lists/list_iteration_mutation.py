# Mutating lists while iterating and related patterns
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
seen = []
for x in b:
    seen.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(seen, b)
c = [5, 6, 7, 8]
it = iter(c)
print(next(it))
c.insert(0, 4)
print(next(it), list(it))
d = [1, 2, 3, 4]
for i in range(len(d) - 1, -1, -1):
    if d[i] % 2:
        del d[i]
print(d)
e = [x for x in range(10) if x % 3]
print(e)
f = list(range(5))
r = reversed(f)
f.append(99)
print(list(r))
g = [1, 2, 3]
rit = reversed(g)
g.clear()
print(list(rit))
h = [0, 1, 2]
for i, v in enumerate(h):
    h[i] = v * v
print(h)
stack = [1]
out = []
while stack:
    n = stack.pop()
    out.append(n)
    if n < 20:
        stack.extend([n * 2, n * 2 + 1])
print(out)
queue = [1, 2, 3]
while queue:
    head = queue.pop(0)
    if head < 3:
        queue.append(head + 10)
    print(head, queue)
