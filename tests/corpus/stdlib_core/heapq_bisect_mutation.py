# _heapq and _bisect when comparisons grow, shrink, reorder or clear the list being worked on.
import _heapq, _bisect
def t(label, f, *a):
    try: print(label, "ok", f(*a))
    except Exception as e: print(label, type(e).__name__, e)
class Grow:
    def __init__(self, v, heap): self.v = v; self.heap = heap
    def __lt__(self, o): self.heap.append(Grow(0, None)) if self.heap is not None and len(self.heap) < 50 else None; return self.v < getattr(o, "v", o)
    def __repr__(self): return "G%d" % self.v
class Shrink:
    def __init__(self, v, heap): self.v = v; self.heap = heap
    def __lt__(self, o):
        if self.heap: self.heap.pop()
        return self.v < getattr(o, "v", o)
    def __repr__(self): return "S%d" % self.v
h = []; h.extend(Grow(v, h) for v in [5, 3, 8, 1, 9, 2]); t("heapify grow", _heapq.heapify, h); print(len(h))
h = []; h.extend(Shrink(v, h) for v in [5, 3, 8, 1, 9, 2, 7]); t("heapify shrink", _heapq.heapify, h); print(len(h))
h = []; h.extend(Shrink(v, h) for v in [1, 3, 2, 5, 4, 6, 7]); t("heappop shrink", _heapq.heappop, h); print(len(h))
h = []; h.extend(Shrink(v, h) for v in [1, 3, 2, 5, 4, 6, 7]); t("heapreplace shrink", _heapq.heapreplace, h, Shrink(9, h)); print(len(h))
h = []; h.extend(Shrink(v, h) for v in [1, 3, 2, 5, 4, 6, 7]); t("max shrink", _heapq._heapify_max, h); print(len(h))
h = [Shrink(1, None)]; h[0].heap = h; t("pushpop shrink", _heapq.heappushpop, h, Shrink(5, None)); print(len(h))
class Swap:
    def __init__(self, v, heap): self.v = v; self.heap = heap
    def __lt__(self, o):
        if self.heap is not None: self.heap.reverse()
        return self.v < o.v
    def __repr__(self): return "W%d" % self.v
h = []; h.extend(Swap(v, h) for v in [5, 3, 8, 1, 9, 2, 7, 4]); t("heapify reverse", _heapq.heapify, h); print(h)
h = []; h.extend(Swap(v, h) for v in [1, 3, 2, 5]); t("heappush reverse", _heapq.heappush, h, Swap(0, h)); print(h)
l = []
class Cut:
    def __init__(self, v): self.v = v
    def __lt__(self, o): l.clear(); return self.v < o
t("bisect shrink", _bisect.bisect_left, l, 3) 
l.extend(range(10)); t("bisect clear", _bisect.bisect_right, l, Cut(3)); 
l.extend(range(10)); t("insort clear", _bisect.insort_right, l, Cut(7)); print(len(l))
