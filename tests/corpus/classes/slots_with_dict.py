class P:
    __slots__ = "func", "args", "__dict__", "__weakref__"
p = P()
p.func = 1
p.args = 2
p.attr = 3
print(p.__dict__, p.func, sorted(k for k in dir(p) if not k.startswith('__')))
class Q:
    __slots__ = ("a", "__dict__")
q = Q(); q.a = 1; q.b = 2
print(q.__dict__, vars(q))
del p.func
print(p.__dict__, hasattr(p, "func"))
try:
    del p.func
except AttributeError as e:
    print(e)
p.__dict__ = {"z": 1}
print(p.__dict__, p.args)
import copy, pickle
q2 = copy.copy(q)
print(q2.a, q2.__dict__)
class R:
    __slots__ = ("x",)
r = R()
try:
    r.x
except AttributeError as e:
    print(e)
r.x = 5
del r.x
try:
    del r.x
except AttributeError as e:
    print(e)
