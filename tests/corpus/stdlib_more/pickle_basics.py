import pickle, pickletools, io, copyreg, collections, datetime, fractions, decimal

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return type(o) is Point and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Slots:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __repr__(self):
        return f"Slots({self.a}, {self.b})"

class WithState:
    def __init__(self):
        self.keep = 1
        self.drop = "x"
    def __getstate__(self):
        return {"keep": self.keep}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.drop = "restored"

class NewArgs(int):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
    def __getnewargs__(self):
        return (int(self), self.tag)

class Reduced:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Reduced, (self.v * 2,))

class MyList(list):
    pass
class MyDict(dict):
    pass

values = [None, True, False, 0, 1, -1, 255, 256, 65536, 2**31, -2**31, 2**63, -2**100, 3.5, -0.0, float("inf"), 1e300,
          complex(1, -2), "", "text", "ünïcødé \U0001f600", b"", b"bytes\x00\xff", bytearray(b"ba"), (), (1,), (1, 2, 3),
          [], [1, [2, [3]]], {}, {"a": 1, 2: "b"}, {1, 2, 3}, frozenset({"f"}), range(1, 10, 2), slice(1, 5, 2),
          Point(1, 2), [Point(3, 4), Point(5, 6)], collections.OrderedDict(z=1, a=2), collections.Counter("abca"),
          collections.deque([1, 2], maxlen=3), collections.defaultdict(list, {"k": [1]}), collections.namedtuple("NT", "a b")(1, 2) if False else None,
          datetime.date(2020, 1, 2), datetime.timedelta(seconds=90), fractions.Fraction(3, 4), decimal.Decimal("1.25"),
          Ellipsis, NotImplemented, len, Point, type(None), ValueError("bad", 3), KeyError("k")]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, protocol=proto)
        back = pickle.loads(data)
        same = back == v or (v != v) or (isinstance(v, Exception) and repr(back) == repr(v))
        if not same or type(back) is not type(v):
            print("MISMATCH", proto, repr(v), repr(back))
print("roundtrips ok", pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print([pickle.dumps(v, 2) for v in (None, True, 1, 300, "a", b"b", (1, 2), [1], {})])
print(pickle.dumps([1, "two", 3.0], 0), pickle.dumps((1, 2), 4), pickle.dumps({"k": [1, 2]}, 5))
print(pickle.dumps(Point(1, 2), 0))
print(pickle.dumps(Point(1, 2), 4))
for p in (0, 2, 4):
    try:
        s = pickle.loads(pickle.dumps(Slots(1, [2]), p))
        print(p, s, type(s).__name__)
    except TypeError as e:
        print(p, type(e).__name__, e)
w = pickle.loads(pickle.dumps(WithState()))
print(w.keep, w.drop)
n = pickle.loads(pickle.dumps(NewArgs(5, "t"), 2))
print(n, n.tag, type(n).__name__)
print(pickle.loads(pickle.dumps(Reduced(4))).v)
ml = MyList([1, 2]); ml.attr = "a"
md = MyDict(x=1); md.attr = "d"
for p in (0, 2, 5):
    l2, d2 = pickle.loads(pickle.dumps((ml, md), p))
    print(p, l2, type(l2).__name__, l2.attr, d2, type(d2).__name__, d2.attr)
shared = [1]
both = pickle.loads(pickle.dumps([shared, shared]))
print(both[0] is both[1])
rec = [1]
rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec))
print(r2[1] is r2)
buf = io.BytesIO()
pk = pickle.Pickler(buf, protocol=3)
pk.dump("first"); pk.dump({"second": 2})
buf.seek(0)
up = pickle.Unpickler(buf)
print(up.load(), up.load())
# (the messages of the C accelerator _pickle differ from pickle.py's; only the types are compared)
try:
    up.load()
except EOFError as e:
    print(type(e).__name__)
for bad in (lambda: 0, (x for x in ()), open):
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__)
class Local:
    pass
def make_local():
    class Inner:
        pass
    return Inner()
try:
    pickle.dumps(make_local())
except (pickle.PicklingError, AttributeError) as e:
    print("not picklable")
for bad in (b"", b"\x80\x05", b"\x80\x09N."):
    try:
        pickle.loads(bad)
    except (pickle.UnpicklingError, EOFError, ValueError, KeyError) as e:
        print(type(e).__name__)
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden")
try:
    Restricted(io.BytesIO(pickle.dumps(Point(1, 1)))).load()
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)
out = io.StringIO()
pickletools.dis(pickle.dumps([1, "a"], 2), out=out)
print(out.getvalue(), end="")
print(pickletools.optimize(pickle.dumps([1, 2], 2)))
copyreg.pickle(Local, lambda o: (Local, ()))
print(type(pickle.loads(pickle.dumps(Local()))).__name__)
print(pickle.loads(pickle.dumps(Point(1, 2), 5), fix_imports=False), pickle.loads(b"\x80\x02]q\x00(K\x01K\x02e."))
