# cmath: principal values, branch cuts with signed zeros, special values, errors.
import cmath
import math


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(complex(-1, -0.0)), cmath.sqrt(4), cmath.sqrt(2j), cmath.sqrt(0j))
print(cmath.exp(0), cmath.exp(1j * math.pi / 2), cmath.exp(complex(1, 0)))
print(cmath.log(1), cmath.log(-1), cmath.log(complex(-1, -0.0)), cmath.log(8, 2), cmath.log10(100))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j), cmath.polar(-2), cmath.rect(2, 0))
print(cmath.asin(2), cmath.acos(2), cmath.atan(0.5j), cmath.asinh(1j), cmath.acosh(0), cmath.atanh(2))
print(cmath.sin(1j), cmath.cos(1j), cmath.tan(0.5), cmath.sinh(1), cmath.cosh(1j), cmath.tanh(0.5 + 0.5j))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2))
for z in [complex(math.inf, 0), complex(-math.inf, 1), complex(math.inf, math.inf), complex(math.nan, 0),
          complex(0, math.nan), complex(-0.0, -0.0), complex(1, math.inf)]:
    for name in ["sqrt", "exp", "log", "asinh", "acos", "atanh", "cosh", "sinh", "tanh"]:
        attempt(name + repr(z), getattr(cmath, name), z)
attempt("log(0)", cmath.log, 0)
attempt("atanh(1)", cmath.atanh, 1)
attempt("exp(1000)", cmath.exp, 1000)
attempt("cosh(1000j+1000)", cmath.cosh, complex(1000, 1))
attempt("log base 1", cmath.log, 2, 1)
attempt("sqrt(str)", cmath.sqrt, "x")
attempt("rect(1, inf)", cmath.rect, 1, math.inf)
