# Tuples as hashable keys; unhashable contents
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (5, 5) in grid, len(grid))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(tuple()))
print(hash((1, 2)) == hash((1.0, 2)), {(1, 2): "a"}[(1.0, 2.0)])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, {}): 0}
except TypeError as e:
    print(type(e).__name__, e)
t = ([1, 2], 3)
t[0].append(4)
print(t)
try:
    t[0] += [5]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
coords = sorted({(2, 1), (1, 2), (1, 1), (0, 5)})
print(coords)
visits = {}
for move in [(0, 1), (1, 0), (0, 1), (0, 1), (1, 0), (1, 1)]:
    visits[move] = visits.get(move, 0) + 1
print(sorted(visits.items()))
print(max(visits, key=visits.get), sorted(visits, key=lambda k: (-visits[k], k)))
print(tuple.__name__, isinstance((), tuple), (1, 2).__len__(), (1, 2).__contains__(2))
print((1, 2).__add__((3,)), (1,).__mul__(2), (1, 2).__getitem__(slice(None, None, -1)))
