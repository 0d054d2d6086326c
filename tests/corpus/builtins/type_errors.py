# TypeError messages for common mistakes
five, none, text, items = 5, None, "abc", [1]
tests = [
    ("1 + 'a'", lambda: 1 + "a"),
    ("'a' + 1", lambda: "a" + 1),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("[] < 1", lambda: [] < 1),
    ("None + None", lambda: None + None),
    ("{} + {}", lambda: {} + {}),
    ("5[0]", lambda: five[0]),
    ("None[0]", lambda: none[0]),
    ("len[0]", lambda: len[0]),
    ("'abc'()", lambda: text()),
    ("5()", lambda: five()),
    ("None()", lambda: none()),
    ("[1]()", lambda: items()),
    ("for x in 5", lambda: [x for x in 5]),
    ("list(None)", lambda: list(None)),
    ("iter(3.5)", lambda: iter(3.5)),
    ("x, y = 7", lambda: (lambda: [x for x in 7])()),
    ("(5).foo", lambda: (5).foo),
    ("'s'.foo", lambda: "s".foo),
    ("None.foo", lambda: None.foo),
    ("[].push", lambda: [].push(1)),
    ("len(1, 2)", lambda: len(1, 2)),
    ("'a'.upper(1)", lambda: "a".upper(1)),
    ("int.foo", lambda: int.foo),
    ("-[1]", lambda: -[1]),
    ("~'a'", lambda: ~"a"),
    ("{1: 2}[[]]", lambda: {1: 2}[[]]),
    ("(1, 2) + [3]", lambda: (1, 2) + [3]),
    ("3 in 5", lambda: 3 in 5),
    ("'a' < None", lambda: "a" < None),
    ("1 < 2 < 'x'", lambda: 1 < 2 < "x"),
    ("max(1)", lambda: max(1)),
    ("'%d' % []", lambda: "%d" % []),
]
for label, fn in tests:
    try:
        fn()
        print(label, "-> no error")
    except (TypeError, AttributeError) as e:
        print(f"{label:16} {type(e).__name__}: {e}")

def needs_two(a, b):
    return a + b

for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {"c": 2}), ((1, 2), {"a": 1})]:
    try:
        needs_two(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
