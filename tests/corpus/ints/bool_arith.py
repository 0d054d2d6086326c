# bool is a subclass of int
print(True + True, True - False, True * 10, -True, +False, True / 2, True // 2)
print(True ** 5, False ** 0, 3 - True, 2 * False)
print(sum([True, False, True, True]), sum(x > 2 for x in range(6)))
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__)
print(True == 1, False == 0, True is True, True < 2, False > -1)
print(str(True), repr(False), int(True), float(False), complex(True))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]))
print(bool(None), bool(()), bool({}), bool(set()), bool(range(0)), bool(0j), bool(1j))
print(True and 3, False and 3, True or 3, 0 or "", "" or 0, None or [], [] and 5)
print(not 0, not 1, not "", not "x", not None)
print(["no", "yes"][True], ["no", "yes"][False], "ab"[True])
print(True << 3, True >> 1, True | 4, False ^ True)
print(f"{True:d} {False:>5} {True!r} {True:5}")
print(True.real, True.imag, True.numerator, True.denominator)
print(max(True, 0.5), min(False, -0.5), abs(True), abs(-True))
print(divmod(True, True), round(True), hash(True), True.__class__.__name__)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__bases__[0].__name__, bool("False"), bool(" "))
x = 5
print((x > 3) + (x > 4) + (x > 5), (x > 3) * 100)
print(sorted([True, 0, False, 1, -1, 2]))
