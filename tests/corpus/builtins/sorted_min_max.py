# sorted/min/max with key and default, and their errors
data = [("pear", 3), ("apple", 7), ("fig", 7), ("kiwi", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: -t[1]))
print(max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]), max(data), min(data))
print(max(3, 9, 2), min(3, 9, 2), max("hello"), min([4, 2, 8]), max([], default="empty"))
print(min((), default=None), max([5], default=0), min("b", "a", key=str.upper), max([1, -5, 3], key=abs))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), max(["a", "bb", "cc"], key=len))
for bad in [lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(), lambda: min(1, 2, default=0),
            lambda: max([1, "a"]), lambda: sorted(5), lambda: sorted([1], reverse="yes"),
            lambda: max([1, 2], key=5), lambda: min([3], [1], key=len, default=1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted("Banana"), sorted("Banana", key=str.lower), sorted([3, 1, 2], reverse=True))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is original)
print(max(range(10), key=lambda x: (x % 4, x)), min(range(10), key=lambda x: (x % 4, -x)))
print(max(iter([4, 6, 5])), min(x * x for x in range(-3, 3)), max("apple", "pear", "fig", key=len))
