# Comparisons between ints and floats, including huge values
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), float(big + 1) == big)
print(big + 1 > float(big), big + 1 < float(big + 2), float(big) < big + 1)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(10 ** 400 == float("inf"), 10 ** 400 != float("inf"))
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, nan == nan, nan != nan)
print(10 ** 400 < nan, 10 ** 400 == nan)
print(1 == 1.0000000000000002, 1 < 1.0000000000000002, 0 == -0.0)
print(2 ** 63 == 9.223372036854775808e18, 2 ** 63 - 1 == 9.223372036854775808e18)
print(2 ** 63 - 1 < 9.223372036854775808e18)
print(max(2 ** 64, 1.8e19), min(2 ** 64, 1.8e19), max(1, 1.0), max(1.0, 1))
print(sorted([3, 2.5, -1, 10 ** 20, 1e19, 0.0, -0.5, True]))
print(3 < 3.5 < 4 <= 4.0 < 10 ** 30)
print(1e308 * 10 == 10 ** 400, int(1e308) < 10 ** 400)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
print(2 ** 1100 / 2 ** 1090, 1 / 2 ** 1100)
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError as e:
    print("rounds up:", e)
print(float(2 ** 1023), float(2 ** 1024 - 2 ** 971))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 3 * 0.1 == 0.3)
