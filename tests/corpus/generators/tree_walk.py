# Recursive generators walking a tree in several orders.

class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def preorder(self):
        yield self.value
        for child in self.children:
            yield from child.preorder()

    def postorder(self):
        for child in self.children:
            yield from child.postorder()
        yield self.value

    def levels(self):
        frontier = [self]
        depth = 0
        while frontier:
            yield depth, [n.value for n in frontier]
            frontier = [c for n in frontier for c in n.children]
            depth += 1

    def paths(self, prefix=()):
        path = prefix + (self.value,)
        if not self.children:
            yield "/".join(path)
        for child in self.children:
            yield from child.paths(path)

    def __iter__(self):
        return self.preorder()
tree = Node("root",
            Node("src", Node("main.py"), Node("util", Node("io.py"), Node("net.py"))),
            Node("docs", Node("index.md")),
            Node("LICENSE"))
print(list(tree.preorder()))
print(list(tree.postorder()))
for depth, values in tree.levels():
    print(depth, values)
for p in tree.paths():
    print(p)
print("py files:", [v for v in tree if v.endswith(".py")])
def depth_first_with_depth(node, depth=0):
    yield depth, node.value
    for c in node.children:
        yield from depth_first_with_depth(c, depth + 1)
for depth, value in depth_first_with_depth(tree):
    print("  " * depth + value)

def search(node, target):
    if node.value == target:
        return [node.value]
    for c in node.children:
        found = yield from search_gen(c, target)
        if found:
            return [node.value] + found
    return None

def search_gen(node, target):
    yield node.value
    return search_plain(node, target)

def search_plain(node, target):
    if node.value == target:
        return [node.value]
    for c in node.children:
        r = search_plain(c, target)
        if r:
            return [node.value] + r
    return None
g = search(tree, "net.py")
visited = []
try:
    while True:
        visited.append(next(g))
except StopIteration as stop:
    print("visited", visited, "path", stop.value)
