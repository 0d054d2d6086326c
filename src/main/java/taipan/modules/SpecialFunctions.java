package taipan.modules;

/**
 * Real functions {@link Math} lacks, for the math module: the inverse
 * hyperbolic functions, log2, the error functions and gamma/lgamma. Each
 * returns NaN for a domain error and an infinity for a pole or overflow (the
 * caller turns those into CPython's exceptions). Accuracy is a few ulps at
 * most; results can differ in the last bits from CPython's libm.
 */
final class SpecialFunctions {
    private SpecialFunctions() {}

    private static final double LN2 = Math.log(2.0);
    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    /** cosh from Math.exp, which is more often correctly rounded than Math.cosh. */
    static double cosh(double x) {
        double ax = Math.abs(x);
        if (ax < 0x1p-27 || ax > 709) {
            return Math.cosh(x);
        }
        if (ax > 22) {
            return 0.5 * Math.exp(ax);
        }
        double t = Math.exp(ax);
        return 0.5 * t + 0.5 / t;
    }

    static double asinh(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double ax = Math.abs(x);
        double w;
        if (ax < 0x1p-28) {
            return x;
        } else if (ax > 0x1p28) {
            w = Math.log(ax) + LN2;
        } else if (ax > 2.0) {
            w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            w = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 2) {
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (ax > 1) {
            return Double.NaN;
        }
        if (ax == 1) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (ax < 0x1p-28) {
            return x;
        }
        double t;
        if (ax < 0.5) {
            t = ax + ax;
            t = 0.5 * Math.log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * Math.log1p((ax + ax) / (1.0 - ax));
        }
        return Math.copySign(t, x);
    }

    static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            x *= 0x1p54;
            return log2(x) - 54;
        }
        if ((bits & 0xFFFFFFFFFFFFFL) == 0) {
            return e;
        }
        double m = Math.scalb(x, -e);
        if (m > Math.sqrt(2.0)) {
            m *= 0.5;
            e += 1;
        }
        return e + Math.log(m) / LN2;
    }

    // ---- error functions: power series near 0, continued fraction for the tail

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 1.5) {
            return erfSeries(x);
        }
        double r = ax >= 30 ? 0.0 : erfcFraction(ax);
        return x > 0 ? 1.0 - r : r - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 1.5) {
            return 1.0 - erfSeries(x);
        }
        double r = ax >= 30 ? 0.0 : erfcFraction(ax);
        return x > 0 ? r : 2.0 - r;
    }

    /** exp(-x*x) with the rounding error of x*x compensated. */
    private static double expMinusSquare(double x) {
        double p = x * x;
        double err = Math.fma(x, x, -p);
        return Math.exp(-p) * (1.0 - err);
    }

    /** erf(x) = 2x/sqrt(pi) exp(-x^2) sum (2x^2)^n / (1*3*...*(2n+1)), for |x| < 1.5. */
    private static double erfSeries(double x) {
        double x2 = 2 * x * x;
        double term = 1.0;
        double sum = 1.0;
        for (int n = 1; n < 60; n++) {
            term *= x2 / (2 * n + 1);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return 2.0 * x / SQRT_PI * expMinusSquare(x) * sum;
    }

    /** erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + (2/2)/(x + ...))), for x >= 1.5. */
    private static double erfcFraction(double x) {
        double t = x;
        for (int n = 120; n >= 1; n--) {
            t = x + (n * 0.5) / t;
        }
        return expMinusSquare(x) / SQRT_PI / t;
    }

    // ---- gamma: Lanczos approximation (g = 7, 9 terms) with reflection

    private static final double LANCZOS_G = 7;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    };

    private static double lanczosSum(double z) {
        double a = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (z + i);
        }
        return a;
    }

    /** sin(pi x), exact at integers and half-integers. */
    private static double sinPi(double x) {
        double r = x % 2.0;
        if (r < 0) {
            r += 2.0;
        }
        if (r == 0 || r == 1) {
            return r == 0 ? 0.0 : -0.0;
        }
        if (r <= 0.5) {
            return Math.sin(Math.PI * r);
        }
        if (r <= 1.5) {
            return -Math.sin(Math.PI * (r - 1.0));
        }
        return Math.sin(Math.PI * (r - 2.0));
    }

    static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY || x == 0 || x < 0 && x == Math.floor(x)) {
            return Double.NaN;
        }
        if (x > 171.62) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x)) {
            java.math.BigInteger r = java.math.BigInteger.ONE;
            for (int i = 2; i < x; i++) {
                r = r.multiply(java.math.BigInteger.valueOf(i));
            }
            return r.doubleValue();
        }
        if (x < 0.5) {
            if (x < -170) {
                double sign = sinPi(x) < 0 ? -1.0 : 1.0;
                return sign * Math.exp(Math.log(Math.PI / Math.abs(sinPi(x))) - lgamma(1 - x));
            }
            return Math.PI / (sinPi(x) * gamma(1 - x));
        }
        double z = x - 1;
        double t = z + LANCZOS_G + 0.5;
        double half = Math.pow(t, 0.5 * (z + 0.5));
        return SQRT_2PI * lanczosSum(z) * (half * Math.exp(-t)) * half;
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == 0 || x < 0 && x == Math.floor(x)) {
            return Double.NaN;
        }
        if (x == 1 || x == 2) {
            return 0.0;
        }
        if (Math.abs(x) < 0x1p-60) {
            return -Math.log(Math.abs(x));
        }
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(sinPi(x))) - lgamma(1 - x);
        }
        if (x < 20) {
            return Math.log(Math.abs(gamma(x)));
        }
        double z = x - 1;
        double t = z + LANCZOS_G + 0.5;
        double r = Math.log(SQRT_2PI * lanczosSum(z)) - t;
        return r + (z + 0.5) * Math.log(t);
    }
}
