# Lexicographic comparison and sorting of tuples
records = [("smith", "john", 40), ("doe", "jane", 31), ("smith", "anna", 40),
           ("doe", "john", 25), ("brown", "zed", 31), ("smith", "anna", 22)]
print(sorted(records))
print(sorted(records, key=lambda r: (r[2], r[0])))
print(sorted(records, key=lambda r: (-r[2], r[1])))
print(min(records), max(records), min(records, key=lambda r: r[2]))
print((1, 2, 3) < (1, 2, 4) < (1, 3) < (2,))
print((0, "x") < (0, "y"), ("a", 1) < ("a", 1, 0), (1,) <= (1,), (1,) >= (1, 0))
nan = float("nan")
print((nan,) == (nan,), (1, nan) < (1, 2), (nan, 1) < (nan, 2))
print([(i, j) for i in range(3) for j in range(3) if (i, j) > (1, 1)])
ranked = sorted(enumerate("dbca"), key=lambda p: p[1])
print(ranked, [i for i, _ in ranked])
print(sorted([(1, None), (0, None)]))
try:
    sorted([(1, None), (1, None), (1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(True, 1), (False, 2), (1, 0)]))
print(tuple(map(len, ("a", "bb", ""))), tuple(filter(None, (0, 1, "", "x", None))))
