# pow with negative exponents and with a modulus
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -3)
print(type(2 ** -1).__name__, type(2 ** 10).__name__)
print(pow(2, 10), pow(2, -10), pow(-3, 3), pow(-3, -3))
print(pow(3, 4, 5), pow(3, 200, 1000), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, 10 ** 10, 10 ** 9 + 7))
print(pow(7, 0, 1), pow(7, 0, 5), pow(0, 0, 5))
# modular inverse
for a, m in [(3, 11), (10, 17), (7, 26), (-3, 11), (2 ** 61 - 5, 10 ** 9 + 7)]:
    inv = pow(a, -1, m)
    print(a, m, inv, (a * inv) % m)
print(pow(3, -2, 11), (9 * pow(3, -2, 11)) % 11)

def bad(*args):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

bad(2, -1, 4)
bad(0, -1, 5)
bad(2, 3, 0)
bad(2.0, 3, 5)
bad(2, 3.0, 5)
bad(2, 3, 5.0)
bad("2", 3)
print(pow(2.0, 3), pow(4, 0.5), pow(-8, 1 / 3).__class__.__name__)
print(type((-8) ** 0.5).__name__, (-4) ** 2.0, 4 ** -0.5)
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
print(pow(True, 5), pow(2, True), pow(-1, 10 ** 20), pow(-1, 10 ** 20 + 1))
