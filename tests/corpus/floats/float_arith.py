# Float arithmetic and mixed int/float results
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a, abs(-a))
print(1 + 2.0, 3 * 0.5, 10 / 4, 10 // 4.0, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(0.1 * 3, 0.3 / 0.1, 1 - 0.9, 100 * 1.1, 1e-16 + 1, 1e16 + 1.0)
print(divmod(-7.5, 2), divmod(7.5, -2), -7.5 % 2, 7.5 % -2, -0.0 % 5)
print(5.0 // 0.1, 5.0 % 0.1, 1.0 // 0.1, 1.0 % 0.1)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2.5, 3]))
x = 1.0
for _ in range(60):
    x /= 2
print(x, x * 2 ** 60)
y = 3.0
y += 1
y *= 2.5
y -= 0.5
y /= 3
y //= 0.5
y **= 2
y %= 7
print(y)
print(min(0.0, -0.0), max(-0.0, 0.0), min(-0.0, 0.0), 0.0 == -0.0)
print(2.0 ** -1, (-2.0) ** 3, (-2.0) ** 2, 0.0 ** 0, (-1.5) ** 2)
print(float("inf") * -1, float("inf") - 1e308, -float("inf") + float("inf"))
print(1.0.__add__(2), (1.0).__radd__(2), (3.0).__rsub__(1), (2.0).__rtruediv__(1))
print((1.0).__add__("x"), (1.0).__mul__([]))
print(3.0 * True, 3.0 + False, 7 / 7.0, type(7 // 7.0).__name__)
