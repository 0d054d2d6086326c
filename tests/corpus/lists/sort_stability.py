# sort/sorted: stability, key, reverse, and mixed-type errors
people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35), ("fay", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name_desc = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(by_name_desc, key=lambda p: p[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "kiwi"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
nums = [3, -1, 2.5, 0, -7, 10, 2, True, False]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
for mixed in [[1, "a"], ["b", 2], [1, None], [(1, 2), (1, "a")], [[1], (1,)], [1j, 2j]]:
    try:
        print(sorted(mixed))
    except TypeError as e:
        print(type(e).__name__, e)
data = [5, 3, 1]
try:
    data.sort(key=lambda x: "a" if x == 3 else x)
except TypeError as e:
    print(type(e).__name__, e, data)
try:
    data.sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([]), sorted("hello"), sorted({3: "c", 1: "a"}), sorted((2, 1)), sorted(range(5, 0, -1)))
recs = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
recs.sort(key=lambda r: -r["v"])
print([r["n"] for r in recs])
pairs = [(1, "b"), (1, "a"), (0, "z"), (1, "a")]
pairs.sort()
print(pairs)
print(sorted([[2, 1], [1, 5], [1, 2, 3], [1, 2]]), sorted([None], key=lambda x: 0))
big = list(range(100, 0, -1))
big.sort(key=lambda v: v % 10)
print(big[:12])
