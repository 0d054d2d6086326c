# ZeroDivisionError messages from every division-like operation
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__, e)

attempt("1 / 0", lambda: 1 / 0)
attempt("1 // 0", lambda: 1 // 0)
attempt("1 % 0", lambda: 1 % 0)
attempt("divmod(1, 0)", lambda: divmod(1, 0))
attempt("1.0 / 0", lambda: 1.0 / 0)
attempt("1 / 0.0", lambda: 1 / 0.0)
attempt("1.0 // 0.0", lambda: 1.0 // 0.0)
attempt("1.0 % 0.0", lambda: 1.0 % 0.0)
attempt("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0))
attempt("0 ** -1", lambda: 0 ** -1)
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("2**100 // 0", lambda: 2 ** 100 // 0)
attempt("2**100 % 0", lambda: 2 ** 100 % 0)
attempt("True / False", lambda: True / False)
attempt("pow(0, -2)", lambda: pow(0, -2))
attempt("0 ** 0", lambda: 0 ** 0)
attempt("0.0 ** 0", lambda: 0.0 ** 0)
x = 10
try:
    x /= 0
except ZeroDivisionError as e:
    print("augmented:", e, x)
try:
    x //= 0
except ZeroDivisionError as e:
    print("augmented:", e, x)
try:
    x %= 0
except ZeroDivisionError as e:
    print("augmented:", e, x)
try:
    pow(5, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(ZeroDivisionError(), ArithmeticError))
