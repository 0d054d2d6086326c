# Lists mixing ints, floats and bools
vals = [1, 2.0, True, 3, 0.5, False, -4, 10 ** 20, 1e-3]
print(vals, sum(vals), max(vals), min(vals))
print(sorted(vals), sorted(vals, reverse=True))
print([v * 2 for v in vals], [type(v).__name__ for v in vals])
print(vals.count(1), vals.count(1.0), vals.index(2), vals.index(False), 0 in vals, 0.0 in vals)
print([v for v in vals if isinstance(v, int)], [v for v in vals if type(v) is int])
print(sum([0.1] * 3), sum([1, 2, 3], 0.0), sum([[1], [2]], []), sum([], 5))
avg = sum(vals[:6]) / len(vals[:6])
print(avg, round(avg, 3), f"{avg:.4f}")
ints = list(range(1, 11))
squares = [n * n for n in ints]
evens = [n for n in ints if n % 2 == 0]
pairs = [(a, b) for a in range(3) for b in range(a)]
print(squares, evens, pairs)
print(list(map(float, ints[:3])), list(map(int, [1.9, -1.9, 2.5])), list(map(abs, [-1, -2.5, True])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [sum(row) for row in matrix], sum(map(sum, matrix)))
flat = [x for row in matrix for x in row]
print(flat, flat[::-1], flat[1::2])
print([1, 2.0] == [1.0, 2], [True, False] == [1, 0], list(set([1, 1.0, True])))
print(max([3, 3.0]), max([3.0, 3]), min([0, False, 0.0]), min([False, 0]))
