# Recursive algorithms: permutations, hanoi, flood fill, mutual recursion,
# and RecursionError for unbounded recursion.
import sys

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result

print(["".join(p) for p in permutations(list("abc"))])

moves = []
def hanoi(n, src, dst, via):
    if n:
        hanoi(n - 1, src, via, dst)
        moves.append(f"{src}->{dst}")
        hanoi(n - 1, via, dst, src)
hanoi(3, "A", "C", "B")
print(len(moves), " ".join(moves))

grid = [list(row) for row in ["..#..", ".##..", "....#", "###.."]]
def fill(r, c):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    grid[r][c] = "o"
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)
print("filled", fill(0, 0))
print("\n".join("".join(row) for row in grid))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)

sys.setrecursionlimit(5000)
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(3000))

def flatten(nested):
    out = []
    for x in nested:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
