import difflib, pprint

a = "one two three four five".split()
b = "one three four five six".split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 4), sm.get_matching_blocks(), sm.get_opcodes())
print(difflib.SequenceMatcher(None, "abcd", "bcde").find_longest_match(0, 4, 0, 4))
print(round(difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;").ratio(), 4))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("wheel", ["while", "wheat", "whole"], n=2, cutoff=0.5))
x = ["line1\n", "line2\n", "line3\n", "line4\n"]
y = ["line1\n", "line2 changed\n", "line3\n", "line5\n"]
print("".join(difflib.unified_diff(x, y, fromfile="a.txt", tofile="b.txt")), end="")
print("".join(difflib.context_diff(x, y, fromfile="a", tofile="b", n=1)), end="")
print("".join(difflib.ndiff(["abcde\n", "same\n"], ["abXde\n", "same\n", "new\n"])), end="")
diff = list(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"]))
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
d = difflib.Differ()
print(list(d.compare(["hello world"], ["hello there world"])))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("x"))
sm2 = difflib.SequenceMatcher(None, "qabxcd", "abycdf")
for tag, i1, i2, j1, j2 in sm2.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] --> b[{j1}:{j2}] {'qabxcd'[i1:i2]!r:>8} --> {'abycdf'[j1:j2]!r}")
print(list(sm2.get_grouped_opcodes(1)))
print(round(sm2.quick_ratio(), 4), round(sm2.real_quick_ratio(), 4))
html = difflib.HtmlDiff().make_table(["a"], ["b"])
print(html.count("<tr>"), "diff_next" in html)

data = {"name": "taipan", "versions": list(range(20)), "nested": {"a": [1, 2, {"deep": (1, 2)}], "b": "x" * 30},
        "set": {3, 1, 2}, "frozen": frozenset({"q"}), "t": (1,), "empty": [], "ed": {}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, compact=True, width=60)
pprint.pprint(data, sort_dicts=False, indent=2, width=50)
print(pprint.pformat(list(range(30)), width=30, compact=True))
print(pprint.pformat("a long string " * 10, width=40))
print(pprint.pformat(b"bytes " * 20, width=30))
r = [1, 2]
r.append(r)
import re
print(re.sub(r"id=\d+", "id=N", pprint.pformat(r)), pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, "a"]), re.sub(r"id=\d+", "id=N", pprint.saferepr(r)))
pprint.pp({"b": 1, "a": 2})
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
pprint.pprint(OrderedDict([("z", 1), ("a", list(range(12)))]), width=30)
pprint.pprint(defaultdict(list, {"k": list(range(15))}), width=40)
pprint.pprint(Counter("mississippi"), width=20)
pprint.pprint(deque(range(25), maxlen=30), width=40)
import dataclasses
@dataclasses.dataclass
class Pt:
    x: int
    y: list
pprint.pprint(Pt(1, list(range(25))), width=40)
import types
pprint.pprint(types.SimpleNamespace(alpha=list(range(12)), beta="b"), width=30)
pp = pprint.PrettyPrinter(width=20, underscore_numbers=True)
pp.pprint([1234567, 89])
print(pp.pformat({"key": 10**7}))
