"""Go: a Monte-Carlo tree search (UCT) player on a 7x7 board, choosing the
first move by playing many random games to the end. Board logic with
flood-filled groups, captures, suicide and simple ko rules; area scoring."""
import math

import _harness

EMPTY, BLACK, WHITE = 0, 1, 2
KOMI = 7.5


def other(color):
    return 3 - color


class Board(object):
    def __init__(self, size):
        self.size = size
        n = size * size
        self.stones = [EMPTY] * n
        self.neighbors = []
        for p in range(n):
            r, c = divmod(p, size)
            ns = []
            if r > 0:
                ns.append(p - size)
            if r < size - 1:
                ns.append(p + size)
            if c > 0:
                ns.append(p - 1)
            if c < size - 1:
                ns.append(p + 1)
            self.neighbors.append(ns)
        self.empties = list(range(n))
        self.to_move = BLACK
        self.ko = -1
        self.passes = 0

    def copy(self):
        b = Board.__new__(Board)
        b.size = self.size
        b.stones = self.stones[:]
        b.neighbors = self.neighbors   # shared, never changed
        b.empties = self.empties[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        return b

    def group(self, p):
        """The stones of the group at p and the set of its liberties."""
        color = self.stones[p]
        stones = [p]
        seen = set(stones)
        liberties = set()
        i = 0
        while i < len(stones):
            for q in self.neighbors[stones[i]]:
                s = self.stones[q]
                if s == EMPTY:
                    liberties.add(q)
                elif s == color and q not in seen:
                    seen.add(q)
                    stones.append(q)
            i += 1
        return stones, liberties

    def legal(self, p):
        if self.stones[p] != EMPTY or p == self.ko:
            return False
        me = self.to_move
        for q in self.neighbors[p]:
            s = self.stones[q]
            if s == EMPTY:
                return True
            _, libs = self.group(q)
            if s == me:
                if len(libs) > 1:
                    return True       # joins a group that keeps a liberty
            elif len(libs) == 1:
                return True           # captures
        return False                  # suicide

    def is_own_eye(self, p):
        me = self.to_move
        for q in self.neighbors[p]:
            if self.stones[q] != me:
                return False
        return True

    def play(self, p):
        """Plays a legal move (or a pass, p = -1) for the side to move."""
        me = self.to_move
        self.to_move = other(me)
        self.ko = -1
        if p < 0:
            self.passes += 1
            return
        self.passes = 0
        self.stones[p] = me
        self.empties.remove(p)
        captured = []
        for q in self.neighbors[p]:
            if self.stones[q] == other(me):
                stones, libs = self.group(q)
                if not libs:
                    for s in stones:
                        self.stones[s] = EMPTY
                        self.empties.append(s)
                    captured.extend(stones)
        if len(captured) == 1:
            stones, libs = self.group(p)
            if len(stones) == 1 and len(libs) == 1:
                self.ko = captured[0]

    def random_move(self, rng):
        empties = self.empties
        n = len(empties)
        if n == 0:
            return -1
        start = rng.next32() % n
        for i in range(n):
            p = empties[(start + i) % n]
            if not self.is_own_eye(p) and self.legal(p):
                return p
        return -1

    def score(self):
        """Black's area score minus White's, komi included."""
        counts = [0, 0, 0]
        for p in range(len(self.stones)):
            s = self.stones[p]
            if s != EMPTY:
                counts[s] += 1
            else:
                around = set(self.stones[q] for q in self.neighbors[p])
                if len(around) == 1:
                    counts[around.pop()] += 1
        return counts[BLACK] - counts[WHITE] - KOMI

    def playout(self, rng):
        moves = 0
        limit = 3 * len(self.stones)
        while self.passes < 2 and moves < limit:
            self.play(self.random_move(rng))
            moves += 1


class Node(object):
    def __init__(self, move, parent, board):
        self.move = move
        self.parent = parent
        self.player = other(board.to_move)   # who played `move`
        self.wins = 0
        self.visits = 0
        self.children = []
        self.untried = [p for p in board.empties if board.legal(p)]

    def select(self):
        log_n = math.log(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = float(child.wins) / child.visits + 1.0 * math.sqrt(log_n / child.visits)
            if value > best_value:
                best_value = value
                best = child
        return best


def search(board, games, rng):
    root = Node(-1, None, board)
    for _ in range(games):
        node = root
        b = board.copy()
        while not node.untried and node.children:
            node = node.select()
            b.play(node.move)
        if node.untried:
            move = node.untried.pop(rng.next32() % len(node.untried))
            b.play(move)
            child = Node(move, node, b)
            node.children.append(child)
            node = child
        b.playout(rng)
        black_won = b.score() > 0
        while node is not None:
            node.visits += 1
            if (node.player == BLACK) == black_won:
                node.wins += 1
            node = node.parent
    best = max(root.children, key=lambda c: (c.visits, -c.move))
    black_wins = root.visits - root.wins      # the root's "player" is White
    return best.move, best.visits, black_wins


def run(size):
    board_size, games = size
    rng = _harness.Random(19)
    board = Board(board_size)
    move, visits, black_wins = search(board, games, rng)
    return "%d %d %d" % (move, visits, black_wins)


SIZES = {"tiny": (5, 20), "normal": (7, 150)}
EXPECTED = {"tiny": '0 1 10', "normal": '8 6 70'}

if __name__ == "__main__":
    _harness.main("go", run, SIZES, EXPECTED)
