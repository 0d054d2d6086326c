# _bisect and _heapq: results, comparison order, errors, and mutation during comparisons; heapq/bisect module functions on top.
import _heapq, _bisect
def t(f,*a,**k):
    try: print("ok", f(*a,**k))
    except Exception as e: print(type(e).__name__, e)
for n in ["heappush","heappop","heapify","heapreplace","heappushpop","_heappop_max","_heapify_max","_heapreplace_max"]:
    f=getattr(_heapq,n); t(f,(1,),1) if n in ("heappush","heapreplace","heappushpop","_heapreplace_max") else t(f,(1,))
    t(f); t(f,[1],2,3); t(f, heap=[])
t(_heapq.heappop, []); t(_heapq.heapreplace, [], 1); t(_heapq.heappushpop, [], 1); t(_heapq._heappop_max, []); t(_heapq._heapreplace_max, [], 1)
print(sorted(k for k in dir(_heapq) if not k.startswith("__")))
print(sorted(k for k in dir(_bisect) if not k.startswith("__")))
t(_bisect.bisect_left, [1,2,3], 2, -1); t(_bisect.bisect_left, [1,2,3], 2, 0, -1); t(_bisect.bisect_left, [1,2,3], 2, 0, -2); t(_bisect.bisect_left, [1,2,3], 2, 1.0); t(_bisect.bisect_left, [1,2,3], 2, None); t(_bisect.bisect_left, [1,2,3], 2, 0, 10);
t(_bisect.bisect_left, 5, 2); t(_bisect.bisect_left, 5, 2, 0, 3); t(_bisect.bisect_left, [1]); t(_bisect.bisect_left, [1], 1, foo=1);  t(_bisect.bisect_right, [1,2], 1, key=None); t(_bisect.bisect_right, [1,2], 1, hi="x"); t(_bisect.bisect_right, [1,2], 1, 2**70)
t(_bisect.insort_left, [1], 1, -1); t(_bisect.insort_left, (1,2), 1); t(_bisect.insort_right, (1,2), 5)
class L(list):
    def insert(self, i, x): print("insert", i, x); super().insert(i,x)
l=L([1,3]); _bisect.insort_right(l, 2); print(l)
t(_bisect.bisect_right, "acegi", "d"); t(_bisect.bisect_right, range(10), 5, key=lambda v: -v)
t(_bisect.insort_left, [1, 5], 3, key=lambda v: v)
l=[1]; _bisect.insort_right(l, 9, 10); print(l)
print(_bisect.bisect_left([1,2,2,2,3], 2), _bisect.bisect_right([1,2,2,2,3], 2), _bisect.bisect_left([1,2,2,2,3], 2, 2), _bisect.bisect_right([1,2,2,2,3], 2, 0, 2))
import random
rnd = random.Random(5)
data = [rnd.randrange(1000) for _ in range(6000)]
for size in (0, 1, 2, 7, 100, 2501, 6000):
    h = data[:size]; _heapq.heapify(h); print(size, h[:12], h[-5:])
    h = data[:size]; _heapq._heapify_max(h); print(size, h[:12], h[-5:])
h=[]
for v in data[:300]: _heapq.heappush(h, v)
print(h[:20], [_heapq.heappop(h) for _ in range(20)], _heapq.heapreplace(h, 500), _heapq.heappushpop(h, 3), _heapq.heappushpop(h, 999), h[:10])
h=data[:50]; _heapq._heapify_max(h); print(_heapq._heappop_max(h), _heapq._heapreplace_max(h, 2), h[:10])
class C:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o): C.n += 1; return self.v < o.v
    def __repr__(self): return "C(%d)" % self.v
h = [C(v) for v in data[:3000]]; _heapq.heapify(h); print(C.n, h[:5])
class Bad:
    def __init__(self, heap): self.heap = heap
    def __lt__(self, o): self.heap.append(1); return True
h = [1, 2, 3]; b = Bad(h); b.__class__.__repr__ = lambda self: "Bad"
t(_heapq.heappush, h, b)
h = [Bad(None), 2, 3]; h[0].heap = h; t(_heapq.heappop, h)
class Clear:
    def __init__(self, heap): self.heap = heap
    def __lt__(self, o): self.heap.clear(); return True
h = [1]; t(_heapq.heappushpop, h, Clear(h)); 
h = [5]; t(_heapq.heappushpop, h, 7); t(_heapq.heappushpop, h, 1); print(h)
t(_heapq.heappush, [1], "a")
import heapq, bisect
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right, bisect.bisect_left is _bisect.bisect_left)
print(heapq.heappush is _heapq.heappush, heapq._heapify_max is _heapq._heapify_max)
words = ["pear", "fig", "apple", "banana", "kiwi", "cherry"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(2, words), heapq.nsmallest(4, words, key=lambda w: w[-1]))
print(heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(10, [5, 1, 8]), heapq.nlargest(1, [4, 9, 2]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)), list(heapq.merge(words[:3], words[3:], key=len)))
grades = [(60, "F"), (70, "D"), (80, "C"), (90, "B")]
print([bisect.bisect(grades, (s, "Z")) for s in (33, 60, 75, 99)])
records = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]), bisect.bisect_right(records, 3, key=lambda r: r[1]))
bisect.insort(records, ("x", 4), key=lambda r: r[1])
bisect.insort_left(records, ("y", 1), key=lambda r: r[1])
print(records)
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort_left(s, v)
print(s, bisect.bisect_left(s, 5, 2, 6), bisect.bisect_right(s, 5, hi=5))
