# Assignment expressions in while loops, comprehensions and conditions.

lines = ["alpha 3", "beta 10", "", "gamma 7"]
it = iter(lines)
total = 0
while (line := next(it, None)) is not None:
    if not line:
        print("blank line skipped")
        continue
    name, _, num = line.partition(" ")
    if (n := int(num)) > 5:
        print(f"{name}: big ({n})")
    else:
        print(f"{name}: small ({n})")
    total += n
print("total", total, "last n", n)

# In a comprehension the target binds in the enclosing scope
values = [1, 4, 9, 16, 25]
roots = [r for v in values if (r := int(v ** 0.5)) % 2 == 1]
print(roots, "r leaked as", r)

def first_long(words, limit):
    if any(len(found := w) > limit for w in words):
        return found
    return None

print(first_long(["a", "bb", "cccc", "ddddd"], 3))
print(first_long(["a", "bb"], 3))

# Running sums with walrus
acc = 0
running = [acc := acc + x for x in range(1, 6)]
print(running, acc)

# Walrus in if/elif chain with regex-free parsing
def classify(s):
    if (k := s.find("=")) >= 0:
        return ("assign", s[:k], s[k + 1:])
    elif (k := s.find(":")) >= 0:
        return ("label", s[:k])
    return ("other", k)

for s in ["x=1", "start:", "noop"]:
    print(classify(s))

# Nested function sees the walrus binding of its enclosing function
def outer():
    [y := 10 for _ in range(1)]
    def inner():
        return y * 2
    return inner()
print(outer())
print((z := 5) + z)
