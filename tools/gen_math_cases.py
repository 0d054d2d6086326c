"""Generates src/test/resources/taipan/modules/math_cases.txt, the expected
results of MathCasesTest, from CPython 3.11 itself.

One case per line, tab-separated: module, function, the arguments, the
expected result, and the tolerance in ulps (0 = exact; larger where Java's
libm or Taipan's own special functions may differ from glibc in the last bits).
Values: T / F (bools), N (None), i:<decimal> (ints), f:<float.hex()> (floats),
c:<re.hex()>,<im.hex()> (complex), s:<text> (str), t:<item>|<item>... (tuples), l:<item>|... (lists); an expected
exception is E:<TypeName>: <str(exception)>.

Run: python3.11 tools/gen_math_cases.py > src/test/resources/taipan/modules/math_cases.txt
"""
import cmath
import math
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

inf, nan = math.inf, math.nan


def enc(v):
    if v is True:
        return "T"
    if v is False:
        return "F"
    if v is None:
        return "N"
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + v.hex()
    if isinstance(v, complex):
        return "c:%s,%s" % (v.real.hex(), v.imag.hex())
    if isinstance(v, tuple):
        return "t:" + "|".join(enc(x) for x in v)
    if isinstance(v, str):
        return "s:" + v
    if isinstance(v, list):
        return "l:" + "|".join(enc(x) for x in v)
    raise TypeError(type(v))


# ulps allowed per function (default 0 = exact)
TOLERANCE = {
    "gamma": 1024, "lgamma": 128, "erf": 8, "erfc": 8,
    "acosh": 2, "asinh": 2, "atanh": 2, "log2": 2, "cbrt": 1, "exp2": 1,
    "exp": 1, "expm1": 1, "log": 1, "log10": 1, "log1p": 1, "sin": 1, "cos": 1, "tan": 1,
    "asin": 1, "acos": 1, "atan": 1, "atan2": 1, "sinh": 2, "cosh": 2, "tanh": 2, "pow": 1, "hypot": 1, "dist": 1,
}
CMATH_TOLERANCE = 4

lines = []


def case(modname, name, *args):
    mod = math if modname == "math" else cmath
    try:
        r = enc(getattr(mod, name)(*args))
    except Exception as e:
        r = "E:%s: %s" % (type(e).__name__, e)
    tol = TOLERANCE.get(name, 0) if modname == "math" else (0 if name in ("isfinite", "isinf", "isnan", "isclose", "phase", "rect", "polar") else CMATH_TOLERANCE)
    if modname == "cmath" and name in ("phase", "polar", "rect"):
        tol = 1
    lines.append("\t".join([modname, name] + [enc(a) for a in args] + [r, str(tol)]))


reals = [0.0, -0.0, 0.1, -0.1, 0.5, -0.5, 0.75, 1.0, -1.0, 1.5, 2.0, -2.0, 2.5, -2.5, 3.0, 7.25, -7.25, 10.0, 30.0,
         -30.0, 100.0, 170.5, 171.7, -171.5, 700.0, 710.0, -745.5, 1e-300, 5e-324, 1e300, -1e300, 1e16, inf, -inf, nan,
         3, -3, 0, 10**20, True]
unary = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "degrees", "erf", "erfc",
         "exp", "exp2", "expm1", "fabs", "floor", "frexp", "gamma", "isfinite", "isinf", "isnan", "lgamma", "log",
         "log10", "log1p", "log2", "modf", "radians", "sin", "sinh", "sqrt", "tan", "tanh", "trunc", "ulp"]
for name in unary:
    for x in reals:
        case("math", name, x)
pairs = [0.0, -0.0, 0.5, -1.5, 2.0, 3, -3, 1e300, 5e-324, inf, -inf, nan]
for name in ["atan2", "copysign", "fmod", "pow", "remainder", "nextafter", "hypot", "log"]:
    for x in pairs:
        for y in pairs:
            case("math", name, x, y)
for x in [0.0, 1.0, -2.5, 1e300, inf, nan]:
    for i in [0, 1, -1, 1023, 1024, -1074, -1075, 2**70, -2**70]:
        case("math", "ldexp", x, i)
case("math", "ldexp", 1.0, 2.0)
for a, b in [(1, 1), (1, 1.000000001), (1, 1.00000001), (0.0, 1e-10), (inf, inf), (inf, -inf), (nan, nan), (1e300, 1.0000000001e300)]:
    case("math", "isclose", a, b)
for p, q in [((1.0, 2.0), (4.0, 6.0)), ((0,), (3,)), ((1, 2, 3), (4, 5, 6)), ((inf, nan), (0, 0)), ((nan, 1), (2, 3)), ((1,), (1, 2)), ((1e300, 1e300), (-1e300, -1e300))]:
    case("math", "dist", p, q)
for args in [(), (3, 4), (3, 4, 12), (1e308, 1e308), (1e-320, 3e-320), (inf, nan), (nan, 1.0), (-5,), (0.1, 0.2, 0.3, 0.4), (1, "a")]:
    case("math", "hypot", *args)
for n in range(0, 60, 7):
    for k in range(-1, 12, 3):
        case("math", "comb", n, k)
        case("math", "perm", n, k)
for x in [0, 1, 5, 20, 25, 100, 2**64, 10**30, -4, 2.0]:
    case("math", "factorial", x) if x != 2**64 and x != 10**30 else None
    case("math", "isqrt", x)
    case("math", "gcd", x, 12)
    case("math", "lcm", x, 12)
case("math", "gcd")
case("math", "gcd", 2**100, 6**50, 3**20)
case("math", "lcm", 4, 6, 10)
case("math", "comb", 2**70, 3)
case("math", "perm", 2**70, 2)
case("math", "perm", 7)
case("math", "fsum", [0.1] * 10)
case("math", "fsum", [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
case("math", "fsum", [1.7976931348623157e308, 9.979201547673598e291])
case("math", "fsum", [1e308, 1e308])
case("math", "fsum", [inf, -inf])
case("math", "fsum", [inf, 1.0, inf])
case("math", "fsum", [nan, 1.0])
case("math", "fsum", [2.0 ** -1074, 1.0, -1.0])
case("math", "fsum", [1.0, 2.0 ** -53, 2.0 ** -106])
case("math", "prod", [1, 2, 3, 4])
case("math", "prod", [0.5, 3, 2**70])
case("math", "log", 10**1000, 10)
case("math", "log2", 3**2000)
case("math", "log10", 7**3000)
case("math", "log", -10**400)
case("math", "log", 1.0, 0)
case("math", "sqrt", 10**400)
case("math", "sqrt", "a")
case("math", "floor", 2**70)
case("math", "trunc", "a")

cvals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 1e-300, 1e300, -1e300, 710.0, -710.0, inf, -inf, nan]
for name in ["sqrt", "exp", "log", "log10", "acos", "asin", "atan", "acosh", "asinh", "atanh", "cos", "sin", "tan",
             "cosh", "sinh", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]:
    for i, x in enumerate(cvals):
        for j, y in enumerate(cvals):
            if (i + j) % 3 == 0 or not (math.isfinite(x) and math.isfinite(y)):
                case("cmath", name, complex(x, y))
for x in cvals:
    for y in [0.0, -0.0, 1.0, inf, nan]:
        case("cmath", "rect", x, y)
case("cmath", "log", 8, 2)
case("cmath", "log", 1j, 1)
case("cmath", "sqrt", -4)
case("cmath", "isclose", 1 + 1j, 1 + 1.0000000001j)

print("\n".join(lines))
