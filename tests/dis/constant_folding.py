a = 1 + 2j
b = 2 ** 10, 2 ** 200, 1 << 5, 1 << 200, 7 // 2, -7 % 3, 7 / 2, 1 / 0
c = "ab" + "cd", "x" * 3, "x" * 5000, (1, 2) * 2, b"a" + b"b", "%s" % 1, "abc"[1], (1, 2, 3)[-1], "abc"[5]
d = 0.1 + 0.2, 1e300 * 10, True + 1, 3 - True, 2.5 // 1, 10 ** -1
for x in [1, 2, 3]: pass
print(x in [a, b], x not in [1, 2])
print([y for y in [1, 2] for z in [y]])
