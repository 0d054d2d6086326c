# Dict comprehensions and common idioms
words = "the cat sat on the mat with the hat".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
print({w: len(w) for w in words})
print({k: v for k, v in freq.items() if v > 1})
inverse = {}
for k, v in freq.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print(dict(enumerate("xyz")), dict(zip(range(3), "abc")))
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested, nested[2][2])
print(max(freq, key=freq.get), sorted(freq, key=lambda k: (-freq[k], k))[:3])
print(sum(freq.values()), len(freq), min(freq.items(), key=lambda kv: (kv[1], kv[0])))
config = {"debug": "true", "port": "8080", "host": "local"}
typed = {k: (int(v) if v.isdigit() else v == "true" if v in ("true", "false") else v) for k, v in config.items()}
print(typed)
matrix = {(r, c): r - c for r in range(2) for c in range(3)}
print(matrix)
print({**{"x": 1}, **dict(y=2)}, dict(**{"a": 1}, b=2))
try:
    dict(**{1: "int key"})
except TypeError as e:
    print(type(e).__name__, e)
