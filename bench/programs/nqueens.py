"""N-queens: count the placements of n non-attacking queens, once by filtering
permutations with generator expressions and sets, once by backtracking with a
recursive generator."""
import _harness


def permutations(items):
    """All permutations of a list, generated recursively (no itertools)."""
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            p.insert(0, items[i])
            yield p


def solve_by_permutations(n):
    cols = list(range(n))
    count = 0
    for perm in permutations(cols):
        if (n == len(set(perm[i] + i for i in cols))
                == len(set(perm[i] - i for i in cols))):
            count += 1
    return count


def place(n, row, cols, diag1, diag2):
    if row == n:
        yield ()
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        for rest in place(n, row + 1, cols, diag1, diag2):
            yield (c,) + rest
        cols.discard(c)
        diag1.discard(row + c)
        diag2.discard(row - c)


def run(n):
    a = solve_by_permutations(n)
    solutions = list(place(n, 0, set(), set(), set()))
    checksum = 0
    for s in solutions:
        for i, c in enumerate(s):
            checksum = (checksum * 31 + c * (i + 1)) % 1000000007
    return "%d %d %d" % (a, len(solutions), checksum)


SIZES = {"tiny": 5, "normal": 8}
EXPECTED = {"tiny": '10 10 191248131', "normal": '92 92 777880504'}

if __name__ == "__main__":
    _harness.main("nqueens", run, SIZES, EXPECTED)
