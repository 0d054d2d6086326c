# range attributes, len, indexing, repr and equality
rs = [range(5), range(2, 10), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0),
      range(-3, 3), range(0, -10, -3), range(1, 2, 10), range(10 ** 20, 10 ** 20 + 5)]
for r in rs:
    print(repr(r), r.start, r.stop, r.step, len(r), list(r)[:6], bool(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[-2], r[1:3], r[::-1], r[::2], r[10:], r[-100:2])
print(list(r[1:5:2]), list(r[::-1]), r[:0], range(0, 10)[::-3])
for bad in [lambda: r[100], lambda: r[-100], lambda: r["0"], lambda: range(0, 5, 0),
            lambda: range(1.5), lambda: range("a"), lambda: range(), lambda: range(1, 2, 3, 4)]:
    try:
        print(bad())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 2) == range(0, 9, 2))
print(range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(hash(range(0)) == hash(range(3, 3)), hash(range(0, 5)) == hash(range(5)))
print(range(5).count(3), range(5).count(7), range(0, 20, 5).index(15), range(10)[3:7].index(5))
try:
    range(5).index(10)
except ValueError as e:
    print(type(e).__name__, e)
big = range(0, 10 ** 30, 7)
print(len(range(0, 10 ** 18, 7)), big[-1], big[10 ** 25], 10 ** 29 * 7 in big)
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2 ** 64)[-1], range(2 ** 64)[2 ** 63:][0])
print(str(range(1, 4)), list(range(-5)), type(range(3)).__name__, isinstance(range(1), range))
