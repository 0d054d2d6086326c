# sum with start, abs, round, divmod and pow builtins
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 0), sum(()), sum(range(5), start=-10))
print(sum([0.1] * 10), sum([1, 2.5]), sum([1e100, 1.0, -1e100]), sum([True, True, 5]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum([0.5, 0.25], 1))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"x")], bytearray()),
            lambda: sum(["a"]), lambda: sum(5), lambda: sum([[1]])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(10 ** 30)))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __round__(self, n=None):
        return f"rounded({n})"

print(abs(Vec(3, 4)), round(Vec(0, 0)), round(Vec(0, 0), 2))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5), round(1.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2, -1), pow(2, 8, 5), pow(-2, 3), pow(2.0, 0.5), pow(9, 0.5))
for bad in [lambda: divmod(1, 0), lambda: divmod("a", 1), lambda: round(1, "2"), lambda: pow(1, 2, 3, 4)]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
prices = [19.99, 5.01, 0.1, 0.2]
total = sum(prices)
print(total, round(total, 2), f"{total:.2f}", sum(p * 100 for p in prices) / 100)
