# Chained comparisons evaluate each middle operand once and short-circuit.

calls = []

def val(name, v):
    calls.append(name)
    return v

def check(label, result):
    print(label, result, calls)
    calls.clear()

check("1<2<3", val("a", 1) < val("b", 2) < val("c", 3))
check("1<3<2", val("a", 1) < val("b", 3) < val("c", 2))
check("3<1<2 short", val("a", 3) < val("b", 1) < val("c", 2))
check("eq chain", val("a", 2) == val("b", 2) == val("c", 2.0))
check("mixed", val("a", 1) < val("b", 5) > val("c", 3) != val("d", 4))
check("in chain", val("a", 1) in val("b", [1, 2]) in val("c", [[1, 2], [3]]))
check("is not", val("a", None) is not val("b", 0) is not val("c", None))

x = 7
print(0 <= x < 10, 0 <= x < 5, 10 > x >= 7 > 6)
print(1 < 2 > 1 < 2 > 1)

# Middle operand evaluated once even if it has side effects
counter = [0]
def bump():
    counter[0] += 1
    return counter[0]

print(0 < bump() < 2, counter)
print(0 < bump() < 2, counter)

# Chains with objects whose comparisons return non-bools
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  compare {self.n} < {other.n}")
        return self.n < other.n and f"yes{self.n}"

result = Loud(1) < Loud(2) < Loud(3)
print("result:", result)
result = Loud(1) < Loud(0) < Loud(3)
print("result:", result)

# Sorting check using chained comparisons
data = [3, 8, 1, 9, 4]
in_range = [d for d in data if 2 <= d <= 8]
print(in_range)
print(all(a <= b for a, b in zip(sorted(data), sorted(data)[1:])))
