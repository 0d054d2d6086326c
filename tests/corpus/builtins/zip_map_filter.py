# zip (incl. strict), map, filter and enumerate
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
print(list(zip(range(3), range(10, 13), range(20, 23))), dict(zip("abc", range(3))))
print(list(zip([1, 2], "ab", strict=True)))
for a, b in [([1, 2, 3], "ab"), ([1], "abc"), ([], "a")]:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])), list(map(len, [])))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(filter(lambda n: n % 3 == 0, range(10))))
print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([], 5)))
print(list(enumerate(["x"], start=-1)), list(enumerate("ab", 2 ** 70)))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip("ab", [1, 2])
print(next(z), list(z))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate([1], start="0")
except TypeError as e:
    print(type(e).__name__, e)
print(type(zip()).__name__, type(map(len, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
