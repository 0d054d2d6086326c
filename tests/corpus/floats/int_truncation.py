# int(float) truncates toward zero; overflow and nan errors
for v in [0.0, -0.0, 0.9, -0.9, 1.999999, -1.999999, 2.5, -2.5, 1e10, -1e10, 1e20, 1.5e300]:
    print(repr(v), int(v))
print(int(2 ** 53 + 1.0), int(1e16 + 1), int(123.456e5))
print(int(-7 / 2), -7 // 2, int(7 / -2), 7 // -2)
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float(2 ** 62).__trunc__(), (3.7).__trunc__(), (-3.7).__floor__(), (-3.2).__ceil__())
print((3.5).__round__(), (4.5).__round__(), (3.14159).__round__(3))
import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig)
print(sys.float_info.mant_dig, sys.float_info.max_exp, sys.float_info.min_exp)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.float_info.max * 2, -sys.float_info.max * 2, sys.float_info.min / 2 > 0)
print([int(x / 4) for x in range(-6, 7, 3)], [x // 4 for x in range(-6, 7, 3)])
print(int(0.1 + 0.2 + 0.7), int(-1e-300), int(99.99999999999999), int(99.999999999999999))
print(int("12") + int(12.9) + int(True), float.__int__(7.9), (7.9).__floor__())
