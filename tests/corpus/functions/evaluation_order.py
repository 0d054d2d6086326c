# Order of evaluation: callee, positional args, keyword args, star args,
# default values at definition time, and return/finally interplay.

trace = []

def t(label, value=None):
    trace.append(label)
    return value if value is not None else label

def target(*args, **kwargs):
    return len(args), sorted(kwargs)

def get_target():
    trace.append("callee")
    return target

result = get_target()(t("p1"), t("p2"), *t("star", [1, 2]), k1=t("k1"), **t("dstar", {"k2": 0}))
print(result)
print(trace)
trace.clear()

# Operands left to right, then the operator
x = t("left", 2) + t("right", 3) * t("mul", 4)
print(x, trace)
trace.clear()

# Dict display: key then value, in order
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(trace)
trace.clear()

# Assignment: right side first, then targets left to right
class Obj:
    def __setattr__(self, name, value):
        trace.append(f"set {name}")
        object.__setattr__(self, name, value)
o = Obj()
o.a = o.b = t("rhs", 1)
print(trace)
trace.clear()

# Decorator expression, then defaults, then the decorator call
def deco(f):
    trace.append("decorate")
    return f
@t("deco-expr", deco)
def fn(a=t("default")):
    return a
print(trace)
trace.clear()

# Method call: object expression, then attribute lookup, then arguments
class Chain:
    def __getattribute__(self, name):
        trace.append(f"getattr {name}")
        return object.__getattribute__(self, name)
    def go(self, *a):
        return a
def make_chain():
    trace.append("obj")
    return Chain()
print(make_chain().go(t("arg")), trace)
trace.clear()

# Subscript: container, then index, then value for stores
store = {}
def cont():
    trace.append("container")
    return store
cont()[t("index")] = t("value")
print(store, trace)
