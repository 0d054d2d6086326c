import copy, keyword, reprlib, types, abc, heapq, bisect, operator, weakref, gc

class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
a = Node(1, [Node(2), Node(3)])
b = copy.deepcopy([[1, 2], (3, [4])])
print(b, copy.copy([1, [2]])[1] is not None)
d = {"x": [1, 2]}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e, e["x"] is d["x"])
print(keyword.iskeyword("for"), keyword.iskeyword("foo"), len(keyword.kwlist) > 30)
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), "k" in mp)
print(type(len) is types.BuiltinFunctionType, isinstance(lambda: 0, types.FunctionType))

class Base(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Sq(Base):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Base()
except TypeError as ex:
    print("TypeError", ex)
print(Sq(3).area(), isinstance(Sq(1), Base), issubclass(Sq, Base))
class Half(Base):
    pass
try:
    Half()
except TypeError as ex:
    print("TypeError", ex)

h = [5, 1, 4, 2]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(4)], heapq.nlargest(2, [3, 9, 1, 7]))
s = [1, 3, 5, 7]
print(bisect.bisect_left(s, 5), bisect.bisect(s, 5), bisect.insort(s, 4) or s)
print(operator.add(1, 2), operator.itemgetter(1, 0)("ab"), operator.attrgetter("v")(a), operator.methodcaller("upper")("x"))

class Obj:
    pass
o = Obj()
r = weakref.ref(o)
print(r() is o, weakref.getweakrefcount(o), r == weakref.ref(o), hash(r) == hash(o))
events = []
r2 = weakref.ref(o, lambda ref: events.append("dead"))
wd = weakref.WeakValueDictionary()
wd["k"] = o
print(list(wd.keys()), wd["k"] is o)
ws = weakref.WeakSet([o])
print(len(ws), o in ws)
p = weakref.proxy(o)
p.attr = 5
print(o.attr, p.attr)
del o, p
gc.collect()
print(r(), r2(), events, list(wd.keys()), len(ws))
try:
    weakref.ref(1)
except TypeError as ex:
    print("TypeError", ex)
try:
    weakref.ref([])
except TypeError as ex:
    print("TypeError", ex)
