"""Hexiom: solve hexagonal tile puzzles. A hexagonal board holds numbered
tiles; a tile's number must equal the number of tiles on the neighbouring
cells. Given the multiset of tiles and a few cells fixed in advance, find
every placement. Backtracking with constraint propagation over a
hexagonal grid (dicts, sets, tuples, recursion).

The puzzles are generated here (a random occupied pattern, its numbers, and
some revealed cells), so each has at least the generating solution."""
import _harness


def hex_cells(radius):
    """Axial coordinates of the cells of a hexagon with the given radius."""
    cells = []
    for q in range(-radius, radius + 1):
        for r in range(-radius, radius + 1):
            if abs(q + r) <= radius:
                cells.append((q, r))
    return cells


DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


class Puzzle(object):
    def __init__(self, radius, tiles, fixed):
        """tiles: {number: how many}; fixed: {cell index: number or None (empty)}."""
        self.cells = hex_cells(radius)
        index = dict((c, i) for i, c in enumerate(self.cells))
        self.neighbors = []
        for q, r in self.cells:
            self.neighbors.append(tuple(index[(q + dq, r + dr)] for dq, dr in DIRECTIONS
                                        if (q + dq, r + dr) in index))
        self.tiles = dict(tiles)
        self.fixed = dict(fixed)


class Solver(object):
    def __init__(self, puzzle):
        self.p = puzzle
        n = len(puzzle.cells)
        self.value = [-1] * n      # -1 undecided, None empty, else tile number
        self.remaining = dict(puzzle.tiles)
        self.empty_left = n - sum(puzzle.tiles.values())
        self.nodes = 0
        self.solutions = []

    def occupied_bounds(self, i):
        """(tiles certainly around i, tiles possibly around i)."""
        low = high = 0
        for j in self.p.neighbors[i]:
            v = self.value[j]
            if v == -1:
                high += 1
            elif v is not None:
                low += 1
                high += 1
        return low, high

    def consistent_around(self, i):
        """Checks cell i and its neighbours after a decision at i."""
        for j in (i,) + self.p.neighbors[i]:
            v = self.value[j]
            if v is not None and v != -1:
                low, high = self.occupied_bounds(j)
                if v < low or v > high:
                    return False
        return True

    def assign(self, i, v):
        self.value[i] = v
        if v is None:
            self.empty_left -= 1
        else:
            self.remaining[v] -= 1

    def unassign(self, i, v):
        self.value[i] = -1
        if v is None:
            self.empty_left += 1
        else:
            self.remaining[v] += 1

    def choose_cell(self):
        """The undecided cell with the most decided neighbours (most constrained)."""
        best = -1
        best_score = -1
        for i in range(len(self.value)):
            if self.value[i] == -1:
                score = 0
                for j in self.p.neighbors[i]:
                    if self.value[j] != -1:
                        score += 1
                if score > best_score:
                    best_score = score
                    best = i
        return best

    def candidates(self, i):
        low, high = self.occupied_bounds(i)
        out = []
        if self.empty_left > 0:
            out.append(None)
        for v in sorted(self.remaining):
            if self.remaining[v] > 0 and low <= v <= high:
                out.append(v)
        return out

    def search(self):
        self.nodes += 1
        i = self.choose_cell()
        if i < 0:
            self.solutions.append(tuple(self.value))
            return
        for v in self.candidates(i):
            self.assign(i, v)
            if self.consistent_around(i):
                self.search()
            self.unassign(i, v)

    def solve(self):
        for i, v in sorted(self.p.fixed.items()):
            self.assign(i, v)
        for i in self.p.fixed:
            if not self.consistent_around(i):
                return []
        self.search()
        return self.solutions


def make_puzzle(rng, radius, density, reveal):
    cells = hex_cells(radius)
    n = len(cells)
    occupied = [rng.random() < density for _ in range(n)]
    p = Puzzle(radius, {}, {})
    numbers = []
    for i in range(n):
        if occupied[i]:
            numbers.append(sum(1 for j in p.neighbors[i] if occupied[j]))
        else:
            numbers.append(None)
    tiles = {}
    for v in numbers:
        if v is not None:
            tiles[v] = tiles.get(v, 0) + 1
    order = list(range(n))
    rng.shuffle(order)
    fixed = dict((i, numbers[i]) for i in order[:reveal])
    return Puzzle(radius, tiles, fixed), tuple(numbers)


def run(size):
    count, radius, reveal = size
    rng = _harness.Random(5)
    checksum = 0
    for k in range(count):
        puzzle, truth = make_puzzle(rng, radius, 0.6, reveal)
        solver = Solver(puzzle)
        solutions = solver.solve()
        if truth not in solutions:
            return "puzzle %d: the generating placement was not found" % k
        checksum = (checksum * 31 + len(solutions) * 1009 + solver.nodes) % 1000000007
    return checksum


SIZES = {"tiny": (2, 2, 4), "normal": (10, 3, 15)}
EXPECTED = {"tiny": 46656, "normal": 878845210}

if __name__ == "__main__":
    _harness.main("hexiom", run, SIZES, EXPECTED)
