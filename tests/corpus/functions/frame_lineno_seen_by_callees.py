# The line a frame is at, as seen by code it calls (special methods, callbacks)
# and in tracebacks, for every kind of instruction that can run Python code.
import sys


def caller_line():
    return sys._getframe(2).f_lineno


class Probe:
    def __add__(self, other):
        return caller_line()

    def __lt__(self, other):
        return caller_line()

    def __eq__(self, other):
        print("eq seen at", caller_line())
        return True

    def __hash__(self):
        return 1

    def __bool__(self):
        print("bool seen at", caller_line())
        return False

    def __getitem__(self, i):
        return caller_line()

    def __setitem__(self, i, v):
        print("setitem seen at", caller_line())

    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(caller_line())

    def __neg__(self):
        return caller_line()

    def __len__(self):
        return 0


class Items(list):
    def __iter__(self):
        print("list subclass iter seen at", caller_line())
        return iter([1, 2])


def binary_ops(p):
    a = 1
    b = a + 2
    return (p
            + b)


def compares(p):
    x = 3
    y = x < 5
    return p < y


def conditions(p):
    n = 0
    if p:
        n = 1
    while p:
        n = 2
    return n


def subscripts(p):
    lst = [1, 2, 3]
    v = lst[1]
    p[v] = lst[0]
    return p[v]


def dict_keys(p):
    d = {1: "one", p: "probe"}
    k = Probe()
    return d[k]


def loops(p):
    total = 0
    for i in range(3):
        total += i
    for x in p:
        total += x
    return total


def unpacking():
    a, b = (1, 2)
    c, d = Items([3, 4])
    return a + b + c + d


def unary(p):
    x = -5
    return -p


print(binary_ops(Probe()))
print(compares(Probe()))
print(conditions(Probe()))
print(subscripts(Probe()))
print(dict_keys(Probe()))
print(loops(Probe()))
print(unpacking())
print(unary(Probe()))


def gen():
    x = 1
    yield x
    y = x + 1
    z = y * 2
    yield z
    return z


g = gen()
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)


def errors():
    out = []
    def unbound():
        a = 1
        if a > 5:
            q = 1
        return q
    def free_unbound():
        def inner():
            return v
        r = inner()
        v = 1
        return r
    def index():
        lst = [1]
        i = 4
        return lst[i]
    def zero():
        a = 10
        b = 0
        return a // b
    for fn in (unbound, free_unbound, index, zero):
        try:
            fn()
        except Exception as e:
            tb = e.__traceback__
            while tb.tb_next:
                tb = tb.tb_next
            out.append((type(e).__name__, tb.tb_lineno - fn.__code__.co_firstlineno))
    return out


print(errors())


def saved():
    f = sys._getframe()
    x = 1
    return f


print(saved().f_lineno - saved.__code__.co_firstlineno)
