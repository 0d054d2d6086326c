# Basic integer arithmetic with small and mixed-sign operands
values = [0, 1, -1, 7, -7, 12, -12, 100]
for a in values:
    row = []
    for b in (3, -3, 5):
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
    print(a, row)

print(2 + 3 * 4 - 5)
print((2 + 3) * (4 - 5))
print(-2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2)
print(10 - 3 - 2)
print(100 // 7 * 7 + 100 % 7)
print(+5, -(-5), --5, -+-5)
x = 17
x += 3
print(x)
x -= 30
print(x)
x *= -4
print(x)
x //= 3
print(x)
x %= 7
print(x)
x **= 3
print(x)
print(type(7 / 7).__name__, 7 / 7, 7 / 2, -7 / 2)
print(abs(-42), abs(0), abs(42))
print(1_000_000 + 2_000, 0x_ff, 0o_17, 0b_1010)
print(0xFF, 0o777, 0b111, 0XAb, 0O10, 0B11)
