# math: exact functions, error messages, conversions through __float__/__index__/__floor__.
import math


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


class Idx:
    def __index__(self):
        return 7


class Floory:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"


print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(Meters(16)), math.sqrt(Idx()))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-0.5), math.ceil(-0.5))
print(math.floor(Floory()), math.ceil(Floory()), math.trunc(Floory()), math.floor(10**30), math.floor(True))
print(math.floor(Meters(3.7)), math.ceil(Meters(3.2)))
print(math.factorial(30), math.comb(52, 5), math.perm(10, 3), math.perm(6), math.isqrt(10**40 + 1))
print(math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm(), math.gcd(-4, 6), math.lcm(-4, 6))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.prod(range(1, 11)), math.prod([]), math.prod([2, 3], start=0.5), math.prod(['ab'], start=1))
print(math.hypot(3, 4), math.hypot(), math.hypot(-2), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.dist([1], (4,)))
print(math.frexp(8.0), math.frexp(-0.3), math.frexp(0.0), math.ldexp(0.75, 4), math.modf(3.25), math.modf(-2.5))
print(math.copysign(1, -0.0), math.fabs(-3), math.fmod(7, -3), math.remainder(7, 3), math.remainder(5, 2))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-11))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(float('nan')))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300))
print(math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(10**500), math.log2(2**2000))
print(math.exp(0), math.exp2(10), math.cbrt(-8), math.pow(2, 0.5), math.pow(-2, 3), math.pow(1, math.nan))
print(math.degrees(math.pi), math.radians(180), math.atan2(0.0, -0.0), math.atan2(-0.0, -1.0))
print(math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(1), math.lgamma(2), math.erf(0), math.erfc(0))
attempt("sqrt(-1)", math.sqrt, -1)
attempt("log(0)", math.log, 0)
attempt("log(-10**400)", math.log, -10 ** 400)
attempt("log(1, 1)", math.log, 1, 1)
attempt("exp(1000)", math.exp, 1000)
attempt("sqrt(str)", math.sqrt, "4")
attempt("sqrt(10**400)", math.sqrt, 10 ** 400)
attempt("floor(inf)", math.floor, math.inf)
attempt("floor(nan)", math.floor, math.nan)
attempt("trunc(str)", math.trunc, "x")
attempt("factorial(-1)", math.factorial, -1)
attempt("factorial(2.0)", math.factorial, 2.0)
attempt("comb(-1, 2)", math.comb, -1, 2)
attempt("comb(5, -2)", math.comb, 5, -2)
attempt("perm(3, 5)", math.perm, 3, 5)
attempt("isqrt(-1)", math.isqrt, -1)
attempt("gcd(1.5)", math.gcd, 1.5)
attempt("ldexp(1, 2.0)", math.ldexp, 1.0, 2.0)
attempt("ldexp(1, 10**30)", math.ldexp, 1.0, 10 ** 30)
attempt("fsum overflow", math.fsum, [1e308, 1e308])
attempt("fsum inf-inf", math.fsum, [math.inf, -math.inf])
attempt("dist dims", math.dist, (1, 2), (1,))
attempt("isclose tol", math.isclose, 1, 2, rel_tol=-1)
attempt("pow(0, -1)", math.pow, 0, -1)
attempt("gamma(0)", math.gamma, 0)
attempt("gamma(200)", math.gamma, 200)
attempt("atanh(1)", math.atanh, 1)
attempt("acosh(0)", math.acosh, 0)
attempt("fmod(inf, 1)", math.fmod, math.inf, 1)
attempt("cos(inf)", math.cos, math.inf)
