"""Generators: a binary tree walked with recursive generators and `yield from`,
generator pipelines (map/filter stages written as generators), and send()."""
import _harness


class Node(object):
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid - 1), mid, build(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def squares(values):
    for v in values:
        yield v * v


def evens(values):
    for v in values:
        if v % 2 == 0:
            yield v


def running_total():
    total = 0
    while True:
        value = yield total
        total += value


def run(size):
    depth, rounds = size
    tree = build(1, (1 << depth) - 1)
    checksum = 0
    for r in range(rounds):
        acc = running_total()
        next(acc)
        total = 0
        for v in evens(squares(inorder(tree))):
            total = acc.send(v + r)
        checksum = (checksum * 7 + total) % 1000000007
        checksum += sum(1 for _ in inorder(tree))
    return checksum


SIZES = {"tiny": (8, 2), "normal": (13, 15)}
EXPECTED = {"tiny": 22110327, "normal": 478875659}

if __name__ == "__main__":
    _harness.main("generators", run, SIZES, EXPECTED)
