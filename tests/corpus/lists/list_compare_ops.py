# List comparison, concatenation, repetition, membership, in-place operators
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2])
print([1, [2, 3]] < [1, [2, 4]], [1, 2.0] == [1, 2], ["a"] <= ["a"], [0] != [False])
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] < 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
print([1] == (1,), [1, "a"] == [1, 2], [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], [nan] < [nan], [1, nan] < [1, 2])
print([1, 2] + [3], [0] * 3, 2 * ["a", "b"], [] * 5, [1] * -1, [[0]] * 2)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
for bad in [lambda: [1] + (2,), lambda: [1] + "a", lambda: [1] * 1.5, lambda: [1] - [1], lambda: [1] * [2]]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
a = [1, 2]
alias = a
a += (3, 4)
a += "xy"
a += range(2)
print(a, alias is a)
a *= 2
print(len(a), alias is a)
a *= 0
print(a, alias)
try:
    a += 5
except TypeError as e:
    print(type(e).__name__, e)
print(2 in [1, 2], [2] in [[2]], "a" in ["abc"], None in [None], 3 not in [1])
b = [3, 1, 2]
print(max(b), min(b), sum(b), len(b), any(b), all(b), all([]), any([]), list(reversed(b)))
print(list.__name__, type([]) is list, isinstance([], object), [].__class__.__name__)
