# Tuple construction, repr, indexing, slicing and methods
t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[0], t[-1], t[-1][0], t[1:3], t[::-1], t[::2])
print((), (1,), (1, 2), tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"k": 1}))
single = 5,
print(single, type(single).__name__, (5), type((5)).__name__)
print(t.count(1), t.index("two"), (1, 2, 1, 1).count(1), (1, 2, 3, 2).index(2, 2))
for bad in [lambda: t.index("missing"), lambda: t[10], lambda: t.__setitem__(0, 1),
            lambda: t.__delitem__(0), lambda: t["x"], lambda: (1,) + [2], lambda: t.append(1)]:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print((1, 2) + (3,), (0,) * 3, 2 * ("a",), () * 10, (1, 2) * 0)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, 2) == (1, 2.0))
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
print((1, "a") < (2, 2), (1, 2) == [1, 2], (1, [2]) == (1, [2]))
print(3 in (1, 2, 3), "x" not in ("a",), max((3, 1, 2)), min(("b", "a")), sum((1, 2, 3)))
print(repr(("q'", 'd"')), str((1.5, -0.0)), ((),), (((1,),),))
nt = tuple(x * x for x in range(5))
print(nt, nt[1:-1], nt[10:], nt[-100:2])
