# Set algebra with small ints (deterministic order)
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [8]), a.intersection(b, {5}), a.difference(b, [1]), a.symmetric_difference([1, 9]))
print(a <= b, {4, 5} <= b, {4, 5} < b, b > {6}, a >= a, a > a, a == {5, 4, 3, 2, 1})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({9}))
print(set(), {0}, set([3, 1, 2]), set(range(5)), set("aaa"), len(set("hello")))
print(sorted({"pear", "apple", "fig"}), sorted(set("mississippi")))
for bad in [lambda: a | [1], lambda: a & "x", lambda: a - None, lambda: a < [1], lambda: a + b]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(1 in a, 10 in a, [] in a if False else "skip", 2.0 in a, True in a)
try:
    print([] in a)
except TypeError as e:
    print(type(e).__name__, e)
print(len(a), min(a), max(a), sum(a), sorted(a, reverse=True), list({3, 1, 2}))
print({x % 4 for x in range(20)}, sorted({x for x in range(10) if x % 3 == 0}))
print({1, 2} == frozenset({1, 2}), {1, 2} != {2, 3}, set() == frozenset())
