# One attribute/method site that sees many receiver types and shapes, with the
# classes and instances changing under it (the interpreter's inline caches must
# notice every change).


class Base:
    kind = "base"

    def __init__(self, n):
        self.n = n

    def describe(self):
        return self.kind + ":" + str(self.n)

    def bump(self):
        self.n = self.n + 1
        return self.n


def make_classes(count):
    classes = []
    for i in range(count):
        ns = {"kind": "k%d" % i}
        if i % 3 == 0:
            ns["describe"] = lambda self, i=i: "own%d:%s" % (i, self.n)
        classes.append(type("C%d" % i, (Base,), ns))
    return classes


def read_all(objs):
    return [o.describe() for o in objs]


def kinds(objs):
    return [o.kind for o in objs]


def bump_all(objs):
    return [o.bump() for o in objs]


classes = make_classes(9)
objs = [cls(i) for i, cls in enumerate(classes)]
# extra shapes: attributes added in different orders
objs[1].extra = "x"
objs[2].other = 1
objs[2].extra = "y"
for _ in range(3):
    print(read_all(objs))
    print(kinds(objs))
    print(bump_all(objs))

# class attribute changed after the site cached it
classes[1].kind = "changed"
print(kinds(objs))
# method replaced on a class and on the base
classes[4].describe = lambda self: "replaced"
print(read_all(objs))
Base.describe = lambda self: "base-replaced:" + self.kind
print(read_all(objs))
# instance attribute shadows a class attribute and a method
objs[5].kind = "instance-kind"
objs[6].describe = lambda: "instance-method"
print(kinds(objs))
print(read_all(objs))
del objs[5].kind
print(kinds(objs))
# a method added to a subclass after the base's one was cached
classes[7].bump = lambda self: "sub-bump"
print(read_all(objs))
print(kinds(objs))
print(bump_all(objs))


class Slotted:
    __slots__ = ("n", "kind")

    def __init__(self, n):
        self.n = n
        self.kind = "slotted"

    def describe(self):
        return "slotted:" + str(self.n)

    def bump(self):
        self.n += 10
        return self.n


mixed = objs + [Slotted(1), Slotted(2)]
for _ in range(2):
    print(read_all(mixed))
    print(kinds(mixed))
    print(bump_all(mixed))
try:
    del mixed[-1].kind
    kinds(mixed)
except AttributeError as e:
    print(type(e).__name__, e)


class WithGetattr(Base):
    def __getattr__(self, name):
        return "missing-" + name


w = WithGetattr(3)
print(kinds(mixed[:3] + [w]), w.nothing)
