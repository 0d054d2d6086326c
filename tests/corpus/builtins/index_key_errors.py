# IndexError and KeyError messages from built-in containers
tests = [
    ("[][0]", lambda: [][0]),
    ("[1, 2][2]", lambda: [1, 2][2]),
    ("[1, 2][-3]", lambda: [1, 2][-3]),
    ("(1,)[1]", lambda: (1,)[1]),
    ("'ab'[5]", lambda: "ab"[5]),
    ("b'ab'[5]", lambda: b"ab"[5]),
    ("range(3)[3]", lambda: range(3)[3]),
    ("[].pop()", lambda: [].pop()),
    ("[1].pop(3)", lambda: [1].pop(3)),
    ("{}['k']", lambda: {}["k"]),
    ("{1: 2}[2]", lambda: {1: 2}[2]),
    ("{}[(1, 'a')]", lambda: {}[(1, "a")]),
    ("{}.pop('x')", lambda: {}.pop("x")),
    ("{}.popitem()", lambda: {}.popitem()),
    ("set().pop()", lambda: set().pop()),
    ("{1}.remove(2)", lambda: {1}.remove(2)),
    ("'{0}'.format()", lambda: "{0}".format()),
    ("'{k}'.format()", lambda: "{k}".format()),
    ("[1][True]", lambda: [1][True]),
    ("[1, 2, 3][1:10]", lambda: [1, 2, 3][1:10]),
]
for label, fn in tests:
    try:
        print(f"{label:20} -> {fn()!r}")
    except (IndexError, KeyError) as e:
        print(f"{label:20} !! {type(e).__name__}: {e}")
try:
    [][0]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__)
try:
    {}["k"]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, repr(e))
