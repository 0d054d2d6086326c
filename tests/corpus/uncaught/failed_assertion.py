# A failed assert with a formatted message ends the program.

def mean(xs):
    assert xs, "mean() of empty data"
    return sum(xs) / len(xs)

def normalize(xs):
    m = mean(xs)
    out = [x - m for x in xs]
    assert abs(sum(out)) < 1e-9, f"residual {sum(out)}"
    return out

print(normalize([1, 2, 3, 6]))
try:
    assert 1 > 2, ("tuple", "message")
except AssertionError as e:
    print("caught:", e.args)

batches = [[10, 20], [5], [], [1]]
for b in batches:
    print("batch mean:", mean(b))
