# Sorting larger pseudo-random data: correctness, stability, and checksums
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed

gen = lcg(42)
data = [next(gen) % 1000 for _ in range(3000)]
print(len(data), data[:8], sum(data))
s = sorted(data)
print(s[:8], s[-8:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
pairs = [(v % 10, i) for i, v in enumerate(data)]
by_digit = sorted(pairs, key=lambda p: p[0])
stable = all(by_digit[i][1] < by_digit[i + 1][1] for i in range(len(by_digit) - 1)
             if by_digit[i][0] == by_digit[i + 1][0])
print(stable, by_digit[:4], by_digit[-2:])
rev = sorted(pairs, key=lambda p: p[0], reverse=True)
stable_rev = all(rev[i][1] < rev[i + 1][1] for i in range(len(rev) - 1) if rev[i][0] == rev[i + 1][0])
print(stable_rev, rev[:3])
words = ["w%03d" % (v % 500) for v in data[:1000]]
ws = sorted(set(words))
print(len(ws), ws[:5], ws[-3:])
checksum = 0
for i, v in enumerate(sorted(data, key=lambda v: (-(v % 7), v))):
    checksum = (checksum * 31 + v * (i + 1)) % 1000000007
print(checksum)
runs = list(range(500)) + list(range(500, 0, -1)) + [250] * 50
runs.sort()
print(runs[:3], runs[495:505], runs[-3:], len(runs))
floats = [((v * 7919) % 1000) / 7 - 50 for v in data[:500]]
fs = sorted(floats)
print(repr(fs[0]), repr(fs[-1]), repr(fs[250]), fs == sorted(floats, key=float))
mixed = sorted(data[:20] + [x + 0.5 for x in data[20:40]])
print(mixed[:10])
inplace = data[:]
inplace.sort(key=lambda v: str(v))
print(inplace[:10], inplace[-5:])
