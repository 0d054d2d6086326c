# Nested comprehensions, copying, and unpacking into lists
import sys
orig = [[1, 2], [3, 4]]
shallow = orig.copy()
sliced = orig[:]
listed = list(orig)
deep = [row[:] for row in orig]
orig[0].append(99)
orig.append([5])
print(orig, shallow, sliced, listed, deep)
print(shallow is orig, shallow[0] is orig[0], deep[0] is orig[0])
print([*range(3), *"ab", *[None]], [*[], *()])
first, second, *others = "abcde"
print(first, second, others)
[p, [q, r]] = [1, [2, 3]]
print(p, q, r)
a = b = []
a.append(1)
print(a, b, a is b)
m = [[i * j for j in range(4)] for i in range(4)]
for row in m:
    print(" ".join(f"{v:2}" for v in row))
diag = [m[i][i] for i in range(4)]
anti = [m[i][3 - i] for i in range(4)]
print(diag, anti, [list(col) for col in zip(*m)][1])
words = "the quick brown fox jumps over the lazy dog".split()
print([w for w in words if len(w) > 3], [len(w) for w in words], [w[::-1] for w in words][:3])
print(sys.getrecursionlimit() > 100, [i for i in range(20) if i % 2 if i % 3])
lst = [0] * 5
for i in range(5):
    lst[i] = i * i
lst[1:4] = lst[3:0:-1]
print(lst)
