# dataclasses: generated __init__/__repr__/__eq__/order/hash (made by exec of
# generated source), field options, frozen, __post_init__, InitVar, ClassVar,
# KW_ONLY, slots, inheritance, asdict/astuple/replace/fields/make_dataclass, errors.
import dataclasses
import inspect
from dataclasses import (KW_ONLY, FrozenInstanceError, InitVar, asdict, astuple, dataclass, field,
                         fields, make_dataclass, replace)
from typing import ClassVar


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0


p = Point(1)
print(p, p == Point(1, 0, []), p != Point(2), p == (1, 0, []))
print(asdict(p), astuple(p), replace(p, y=5), p)
print([f.name for f in fields(p)], [f.name for f in fields(Point)], Point.__match_args__)
print(inspect.signature(Point), inspect.signature(Point.__init__))
print(Point.count, "count" in [f.name for f in fields(Point)], Point(1).tags is not Point(1).tags)
show(lambda: Point())
show(lambda: Point(1, 2, [], 4))
show(lambda: Point(1, z=3))
show(lambda: replace(p, z=1))
show(lambda: Point.__hash__)
show(lambda: p < Point(2))
match Point(3, 4):
    case Point(a, b):
        print("matched", a, b)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

    def bump(self):
        return replace(self, minor=self.minor + 1)


v = Version(1, 2)
print(v, hash(v) == hash(Version(1, 2)), v < Version(1, 3), v >= Version(1, 2))
print(sorted([Version(2), Version(1, 5), Version(1)]), v.bump(), {v: 1}[Version(1, 2)])
show(lambda: setattr(v, "major", 3))
show(lambda: delattr(v, "minor"))
show(lambda: v < (1, 3))


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    c: InitVar[int] = 10

    def __post_init__(self, c):
        self.b = self.a * c


print(WithPost(3), WithPost(2, 5), [f.name for f in fields(WithPost)])


@dataclass(repr=False, eq=False)
class Plain:
    v: int = field(default=1, repr=False, compare=False)


print(Plain().v, Plain() == Plain(), "Plain object" in repr(Plain()))


@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


print(Options("x", verbose=True), inspect.signature(Options))
show(lambda: Options("x", True))


@dataclass(kw_only=True)
class KW:
    a: int
    b: str = "x"


print(KW(a=1), inspect.signature(KW))


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


print(Slotted(1), Slotted.__slots__, hasattr(Slotted(1), "__dict__"))


@dataclass
class Base:
    a: int
    b: str = "base"


@dataclass
class Derived(Base):
    c: float = 1.5
    b: str = "derived"


print(Derived(1), [f.name for f in fields(Derived)], Derived(1) == Base(1))


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)


print(hash(Hashed(1)) == hash(Hashed(1, [2])), Hashed(1) == Hashed(1, [5]))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))
print(asdict(Node(1, {"k": (Node(2), [Node(3)])})))
rec = Node(0)
rec.children.append(rec)
print(repr(rec))

C = make_dataclass("C", ["z", ("x", int), ("y", int, field(default=5))],
                   namespace={"total": lambda self: self.x + self.y})
print(C(0, 1), C(0, 1).total(), C.__name__, [f.name for f in fields(C)])
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(1))
show(lambda: fields(1))
show(lambda: asdict(Point))

for bad in [
    "@dataclass\nclass Bad:\n    a: int = 1\n    b: int\n",
    "@dataclass\nclass Bad:\n    a: list = []\n",
    "@dataclass(order=True, eq=False)\nclass Bad:\n    a: int\n",
    "@dataclass\nclass Bad:\n    a: int = field(default=1, default_factory=list)\n",
    "@dataclass(frozen=True)\nclass F:\n    a: int\n@dataclass\nclass Bad(F):\n    b: int = 0\n",
    "@dataclass(order=True)\nclass Bad:\n    a: int\n    def __lt__(self, other): return True\n",
]:
    try:
        exec(bad, {"dataclass": dataclass, "field": field})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
