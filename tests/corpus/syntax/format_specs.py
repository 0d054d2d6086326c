# Format specification mini-language through format() and f-strings.

rows = [("apples", 3, 1.5), ("kiwis", 12, 0.25), ("watermelon", 1, 4.0)]
print(f"{'item':<12}{'qty':>5}{'price':>8}{'total':>9}")
for item, qty, price in rows:
    print(f"{item:<12}{qty:>5d}{price:>8.2f}{qty * price:>9.2f}")
print("-" * 34)
grand = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':<12}{'':>13}{grand:>9.2f}")

n = 1234567.891
specs = [",", "_", ",.2f", "e", ".3e", "g", ".3g", "%", ".1%", "015,.2f", "+.1f", " .1f", "=+12.1f", "*^16.2f"]
for s in specs:
    print(f"{s!r:>10} -> {format(n, s)!r}")

i = 255
for s in ["b", "o", "x", "X", "#x", "#X", "08b", "_b", "c", "d", ">6", "<6", "^6", "06", "+", ",", "=+8"]:
    print(f"{s!r:>6} -> {format(i, s)!r}")

for v in [0.1, 1e16, 1.5e-7, 123.0, float("inf"), float("-inf")]:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".2f"), str(v))

print(format("hi", "^7"), format("hi", "*>5"), format("hello", ".3"), format("x", "<3") + "|")
print(format(True, ""), format(True, "d"), format(3, ".2f"))
print("{:>{w}}|{:^{w}}|".format("a", "b", w=5))
print("{0}{1}{0}".format("ab", "cd"), "{name}:{0}".format(1, name="n"))
print("{0[1]} {1.real} {2[k]}".format([5, 6], 3 + 4j, {"k": "v"}))
print("%s %r %5d %-5d| %.2f %x %o %e %%" % ("s", "r", 42, 42, 3.14159, 255, 8, 12345.678))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7})
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
