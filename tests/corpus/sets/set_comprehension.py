# Set comprehensions and algorithmic uses of sets
primes = set(range(2, 50))
for n in range(2, 8):
    primes -= set(range(n * n, 50, n))
print(sorted(primes), len(primes))
squares = {n * n for n in range(10)}
print(sorted(squares), 49 in squares, 50 in squares)
evens = {n for n in range(20) if n % 2 == 0}
thirds = {n for n in range(20) if n % 3 == 0}
print(sorted(evens & thirds), sorted(evens ^ thirds))
graph = {1: [2, 3], 2: [4], 3: [4], 4: [5], 5: [], 6: [1]}
def reachable(start):
    seen = {start}
    frontier = [start]
    while frontier:
        node = frontier.pop()
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    return seen
print(reachable(1), reachable(6), reachable(5))
a = [1, 5, 9, 13, 2]
b = [2, 9, 40]
print(sorted(set(a) & set(b)), set(a).isdisjoint(b), sorted(set(a) | set(b)))
print({x % 5 for x in a}, len({frozenset({i, j}) for i in range(4) for j in range(4) if i != j}))
pairs = {(i, j) for i in range(3) for j in range(3) if i < j}
print(sorted(pairs))
text = "the rain in spain stays mainly in the plain"
words = set(text.split())
print(sorted(words), sorted(w for w in words if "ain" in w))
