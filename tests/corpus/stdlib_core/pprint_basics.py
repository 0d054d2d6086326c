# pprint: pformat/pprint of nested containers with width, indent, depth,
# compact, sort_dicts, underscore_numbers; recursion; dataclasses; isreadable.
import pprint
from dataclasses import dataclass, field

data = {"numbers": list(range(25)), "nested": {"tuple": ("x" * 30, "y" * 30), "set": {3, 1, 2}},
        "empty": [], "text": "a fairly long string " * 4, "bytes": b"\x00\x01" * 20}
pprint.pprint(data)
print(pprint.pformat(data, width=40, indent=2, sort_dicts=False))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(list(range(40)), compact=True, width=30))
print(pprint.pformat(123456789, underscore_numbers=True))
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec) == pprint.saferepr(rec), "Recursion on list" in pprint.pformat(rec), pprint.isrecursive(rec), pprint.isreadable(rec))
print(pprint.isreadable({"a": 1}), pprint.isreadable(object()))


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)


print(pprint.pformat(Point(1, 2, ["a" * 40, "b" * 40]), width=40))
print(pprint.pformat(frozenset(range(12)), width=20))
pp = pprint.PrettyPrinter(width=20, indent=4)
print(pp.pformat({"k": [1, 2, 3], "j": {"deep": {"deeper": [4, 5]}}}))
