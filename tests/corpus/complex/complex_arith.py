# Complex arithmetic and errors
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** 0, b ** -1)
print(a + 1, 1 + a, a * 2, 2.5 * a, a / 2, 2 / a, True + a)
print((2j) ** 2, 1j * 1j, (1 + 1j) ** 4, (1j) ** 3)
print(abs(-3 - 4j), abs(1j), abs(0j), abs(complex(1e300, 1e300)))
print(a == 1 + 2j, a == (1 + 2j) * 1, 2 + 0j == 2.0, 2 + 0j == 2, 1j != 1)
x = 1j
x += 1
x *= 2
x -= 1j
x /= 2
print(x)
for label, fn in [("a < b", lambda: a < b), ("a // b", lambda: a // b), ("a % b", lambda: a % b),
                  ("divmod(a, b)", lambda: divmod(a, b)), ("a / 0", lambda: a / 0),
                  ("a / 0j", lambda: a / 0j), ("0j ** -1", lambda: 0j ** -1),
                  ("int(a)", lambda: int(a)), ("float(a)", lambda: float(a)),
                  ("round(a)", lambda: round(a)), ("a & 1", lambda: a & 1),
                  ("max(a, b)", lambda: max(a, b)), ("pow(a, 2, 3)", lambda: pow(a, 2, 3))]:
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 4, 1j))
print(0j ** 0, (1 + 0j) ** 1000, (0.5 + 0.5j) ** 2)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
print(complex(1, 2).__add__(1), complex(1, 2).__eq__("x"), (1j).__neg__())
