import copy, collections

class P:
    def __init__(self, x, kids=None):
        self.x = x
        self.kids = kids or []
    def __repr__(self):
        return f"P({self.x!r}, {self.kids!r})"

a = P(1, [P(2), P([3, 4])])
b = copy.copy(a)
c = copy.deepcopy(a)
print(b.kids is a.kids, c.kids is a.kids, c.kids[1].x is a.kids[1].x, c, b)
lst = [1, [2, 3], {"k": (4, [5])}]
d = copy.deepcopy(lst)
print(d, d == lst, d[1] is lst[1], d[2]["k"] is lst[2]["k"], d[2]["k"][1] is lst[2]["k"][1])
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[1] is cyc, repr(dc))

class Custom:
    def __init__(self, v):
        self.v = v
        self.log = []
    def __copy__(self):
        n = Custom(self.v)
        n.log = ["copied"]
        return n
    def __deepcopy__(self, memo):
        n = Custom(copy.deepcopy(self.v, memo))
        n.log = ["deep", len(memo) > 0]
        return n
x = Custom([1, 2])
print(copy.copy(x).log, copy.deepcopy(x).log, copy.deepcopy(x).v == [1, 2])

class WithReduce:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (WithReduce, (self.a, self.b))
    def __repr__(self):
        return f"WithReduce({self.a}, {self.b})"
print(copy.copy(WithReduce(1, [2])), copy.deepcopy(WithReduce(1, [2])))

class State:
    def __init__(self):
        self.data = [1]
        self.cache = "big"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"
s2 = copy.deepcopy(State())
print(s2.data, s2.cache)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = 2
sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)
sc = copy.copy(Slotted())
print(sc.a, sc.b)

od = collections.OrderedDict(a=1, b=[2])
print(copy.deepcopy(od), copy.copy(collections.Counter("aab")), copy.deepcopy(collections.defaultdict(list, {"k": [1]})))
dq = collections.deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(dq2, dq2.maxlen, dq2[1] is dq[1])
print(copy.copy({1, 2}), copy.deepcopy(frozenset({1})), copy.copy(bytearray(b"ab")), copy.deepcopy(range(3)))
import types
f = lambda: 1
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(P) is P, copy.deepcopy(len) is len)
print(copy.copy(3.5), copy.copy(None), copy.deepcopy(NotImplemented))
class Bad:
    def __reduce_ex__(self, proto):
        raise TypeError("cannot copy Bad")
try:
    copy.copy(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(copy.Error, copy.error is copy.Error)
ns = types.SimpleNamespace(a=[1])
ns2 = copy.deepcopy(ns)
print(ns2, ns2.a is ns.a)
