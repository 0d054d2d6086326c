# Exceptions raised mid-iteration: partial results, state after errors, cleanup.

class Flaky:
    def __init__(self, items, fail_at):
        self.items = items
        self.fail_at = fail_at
        self.pos = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.pos == self.fail_at:
            self.pos += 1
            raise IOError(f"read error at {self.pos - 1}")
        if self.pos >= len(self.items):
            raise StopIteration
        self.pos += 1
        return self.items[self.pos - 1]

collected = []
source = Flaky("abcdef", 3)
try:
    for ch in source:
        collected.append(ch)
except OSError as e:
    print("loop stopped:", e, "| collected:", collected)
print("resuming same iterator:", list(source))

try:
    result = [int(x) for x in ["1", "2", "three", "4"]]
except ValueError as e:
    print("comprehension failed:", e)
    print("result bound?", "result" in globals())

totals = {}
def tally(records):
    for name, amount in records:
        totals[name] = totals.get(name, 0) + int(amount)

try:
    tally([("a", "5"), ("b", "7"), ("a", "x"), ("b", "1")])
except ValueError:
    print("partial totals kept:", totals)

def safe_sum(values):
    total, skipped = 0, []
    for v in values:
        try:
            total += v
        except TypeError as e:
            skipped.append((repr(v), str(e)))
    return total, skipped
print(safe_sum([1, 2, "3", None, 4.5]))

def first_failure(funcs):
    for i, f in enumerate(funcs):
        try:
            f()
        except Exception as e:
            return i, type(e).__name__
    return None
print(first_failure([lambda: 1, lambda: [][1], lambda: 1 / 0]))

it = iter([1, 2, 3])
try:
    a, b = it
except ValueError as e:
    print("unpack:", e, "| remaining:", list(it))
d = {"x": 1}
try:
    for k in d:
        d["y"] = 2
except RuntimeError as e:
    print("RuntimeError:", e, sorted(d))
