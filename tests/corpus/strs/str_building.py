# Building strings incrementally and checking the results
parts = []
for i in range(1, 16):
    parts.append(str(i) * (i % 4))
joined = "".join(parts)
print(joined, len(joined))
acc = ""
for ch in "abcdef":
    acc = ch + acc + ch
print(acc, len(acc), acc == acc[::-1])
line = "-" * 20 + "+" + "=" * 5
print(line, line.count("-"), line.index("+"), line.rindex("="))
big = "xyz" * 10000
print(len(big), big.count("zx"), big[29997:], big.find("zz"), big[-4:])
table = "\n".join(f"{i:>3} | {'#' * i}" for i in range(1, 6))
print(table)
print(table.splitlines()[-1].split(" | ")[1].count("#"))
csv = ",".join(["name", "qty"]) + "\n" + "\n".join(f"item{i},{i * i}" for i in range(4))
rows = [r.split(",") for r in csv.splitlines()]
print(rows, sum(int(q) for _, q in rows[1:]))
word = "mississippi"
compressed = ""
i = 0
while i < len(word):
    j = i
    while j < len(word) and word[j] == word[i]:
        j += 1
    compressed += word[i] + (str(j - i) if j - i > 1 else "")
    i = j
print(compressed)
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print("".join(f"{k}{v}" for k, v in sorted(counts.items())))
s = "The Quick Brown Fox"
print(" ".join(w[::-1] for w in s.split()), "".join(c for c in s if c.isupper()), s.lower().title() == s)
print(str(12) + str(3.5) + str(None) + str([1]) + str((2,)) + str({3: 4}))
