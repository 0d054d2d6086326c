# Errors involving sets
one_set = {1}
tests = [
    ("{1} + {2}", lambda: {1} + {2}),
    ("{1} * 2", lambda: {1} * 2),
    ("{1}[0]", lambda: one_set[0]),
    ("set(5)", lambda: set(5)),
    ("{[1]}", lambda: {(1, [2])}),
    ("set().remove(1)", lambda: set().remove(1)),
    ("set().remove((1, 2))", lambda: set().remove((1, 2))),
    ("{1} < 1", lambda: {1} < 1),
    ("{1}.issubset(1)", lambda: {1}.issubset(1)),
    ("frozenset().pop", lambda: frozenset().pop()),
    ("{1} - [1]", lambda: {1} - [1]),
    ("set([[1]])", lambda: set([[1]])),
    ("sorted([1, 'a'])", lambda: sorted([1, "a"])),
    ("{1}.union(2)", lambda: {1}.union(2)),
    ("set(1, 2)", lambda: set(1, 2)),
    ("{1}.add()", lambda: {1}.add()),
    ("{1}.__iter__().__next__().foo", lambda: next(iter({1})).foo),
]
for label, fn in tests:
    try:
        print(label, "=", fn())
    except Exception as e:
        print(label, "!", type(e).__name__, e)
s = {1, 2, 3}
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(s)
