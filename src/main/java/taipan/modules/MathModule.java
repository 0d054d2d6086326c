package taipan.modules;

import java.math.BigInteger;
import taipan.runtime.Arithmetic;
import taipan.runtime.BinaryOp;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.FloatMethods;
import taipan.runtime.IntArith;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyException;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * The {@code math} module of Python 3.11: real functions with CPython's argument
 * conversion ({@code __float__}, {@code __index__}) and its error policy (a NaN
 * from a non-NaN argument is "math domain error", an infinity from a finite one
 * is "math range error" where the function can overflow), exact {@code fsum},
 * accurate n-ary {@code hypot}/{@code dist}, and the integer functions on
 * arbitrary-size ints. The special functions without a Java counterpart
 * (erf, erfc, gamma, lgamma, the inverse hyperbolics, log2) are computed in
 * {@link SpecialFunctions}.
 */
public final class MathModule {
    private MathModule() {}

    @FunctionalInterface
    interface D1 {
        double f(double x);
    }

    @FunctionalInterface
    interface D2 {
        double f(double x, double y);
    }

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public static PyModule create() {
        PyModule m = new PyModule("math");
        put(m, "pi", Math.PI);
        put(m, "e", Math.E);
        put(m, "tau", 2 * Math.PI);
        put(m, "inf", Double.POSITIVE_INFINITY);
        put(m, "nan", Double.NaN);

        unary(m, "acos", Math::acos, false);
        unary(m, "acosh", SpecialFunctions::acosh, false);
        unary(m, "asin", Math::asin, false);
        unary(m, "asinh", SpecialFunctions::asinh, false);
        unary(m, "atan", Math::atan, false);
        unary(m, "atanh", SpecialFunctions::atanh, false);
        unary(m, "cbrt", Math::cbrt, false);
        unary(m, "cos", Math::cos, false);
        unary(m, "cosh", SpecialFunctions::cosh, true);
        unary(m, "erf", SpecialFunctions::erf, false);
        unary(m, "erfc", SpecialFunctions::erfc, false);
        unary(m, "exp", Math::exp, true);
        unary(m, "exp2", x -> Math.pow(2.0, x), true);
        unary(m, "expm1", Math::expm1, true);
        unary(m, "fabs", Math::abs, false);
        unary(m, "gamma", SpecialFunctions::gamma, true);
        unary(m, "lgamma", SpecialFunctions::lgamma, true);
        unary(m, "log1p", Math::log1p, false);
        unary(m, "sin", Math::sin, false);
        unary(m, "sinh", Math::sinh, true);
        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "tan", Math::tan, false);
        unary(m, "tanh", Math::tanh, false);
        fn(m, "degrees", "x, /", a -> toDouble(a[0]) * (180.0 / Math.PI));
        fn(m, "radians", "x, /", a -> toDouble(a[0]) * (Math.PI / 180.0));

        binary(m, "atan2", Math::atan2);
        binary(m, "copysign", Math::copySign);
        binary(m, "remainder", MathModule::remainder);
        fn(m, "fmod", "x, y, /", a -> fmod(toDouble(a[0]), toDouble(a[1])));
        fn(m, "pow", "x, y, /", a -> pow(toDouble(a[0]), toDouble(a[1])));
        fn(m, "nextafter", "x, y, /", a -> Math.nextAfter(toDouble(a[0]), toDouble(a[1])));
        fn(m, "ulp", "x, /", a -> Math.ulp(toDouble(a[0])));

        fn(m, "log", "x, base=?, /", a -> {
            double num = logOf(a[0], Math::log, Math.log(2.0));
            if (a[1] == null) {
                return num;
            }
            double den = logOf(a[1], Math::log, Math.log(2.0));
            if (den == 0) {
                throw Exceptions.zeroDivisionError("float division by zero");
            }
            return num / den;
        });
        fn(m, "log2", "x, /", a -> logOf(a[0], SpecialFunctions::log2, 1.0));
        fn(m, "log10", "x, /", a -> logOf(a[0], Math::log10, Math.log10(2.0)));

        fn(m, "ceil", "x, /", a -> rounding(a[0], "__ceil__", Math::ceil));
        fn(m, "floor", "x, /", a -> rounding(a[0], "__floor__", Math::floor));
        fn(m, "trunc", "x, /", a -> trunc(a[0]));
        fn(m, "frexp", "x, /", a -> frexp(toDouble(a[0])));
        fn(m, "ldexp", "x, i, /", a -> ldexp(toDouble(a[0]), a[1]));
        fn(m, "modf", "x, /", a -> modf(toDouble(a[0])));
        fn(m, "isfinite", "x, /", a -> Double.isFinite(toDouble(a[0])));
        fn(m, "isinf", "x, /", a -> Double.isInfinite(toDouble(a[0])));
        fn(m, "isnan", "x, /", a -> Double.isNaN(toDouble(a[0])));
        fn(m, "isclose", "a, b, *, rel_tol=?, abs_tol=0.0", a ->
            isclose(toDouble(a[0]), toDouble(a[1]), a[2] == null ? 1e-09 : toDouble(a[2]), toDouble(a[3])));

        fn(m, "fsum", "seq, /", a -> fsum(a[0]));
        fn(m, "hypot", "*coordinates", a -> {
            Object[] items = ((PyTuple) a[0]).items;
            double[] v = new double[items.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = toDouble(items[i]);
            }
            return norm(v);
        });
        fn(m, "dist", "p, q, /", a -> dist(a[0], a[1]));
        fn(m, "prod", "iterable, /, *, start=1", a -> {
            Object acc = a[1];
            Object it = Ops.iter(a[0]);
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                acc = Arithmetic.binary(BinaryOp.MUL, acc, x);
            }
            return acc;
        });

        fn(m, "factorial", "n, /", a -> factorial(a[0]));
        fn(m, "comb", "n, k, /", a -> comb(a[0], a[1]));
        fn(m, "perm", "n, k=None, /", a -> perm(a[0], a[1]));
        fn(m, "isqrt", "n, /", a -> {
            BigInteger n = big(Ops.index(a[0]));
            if (n.signum() < 0) {
                throw Exceptions.valueError("isqrt() argument must be nonnegative");
            }
            return Py.newInt(n.sqrt());
        });
        fn(m, "gcd", "*integers", a -> {
            BigInteger g = BigInteger.ZERO;
            for (Object x : ((PyTuple) a[0]).items) {
                g = g.gcd(big(Ops.index(x)));
            }
            return Py.newInt(g);
        });
        fn(m, "lcm", "*integers", a -> {
            BigInteger l = BigInteger.ONE;
            for (Object x : ((PyTuple) a[0]).items) {
                BigInteger v = big(Ops.index(x));
                if (l.signum() == 0 || v.signum() == 0) {
                    l = BigInteger.ZERO;
                    continue;
                }
                l = l.multiply(v).abs().divide(l.gcd(v));
            }
            return Py.newInt(l);
        });
        return m;
    }

    // ---- argument conversion and error policy

    /** {@code PyFloat_AsDouble}: floats, ints (OverflowError beyond double range), {@code __float__}, {@code __index__}. */
    static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof BigInteger || o instanceof Boolean) {
            return IntArith.toDouble(IntArith.value(o));
        }
        PyType t = Py.typeOf(o);
        Object f = t.lookup("__float__");
        if (f != null) {
            Object r = Ops.invoke(f, o);
            Double d = FloatMethods.value(r);
            if (d == null) {
                throw Exceptions.typeError(t.name() + ".__float__ returned non-float (type " + Py.typeOf(r).name() + ")");
            }
            return d;
        }
        if (t.lookup("__index__") != null) {
            return IntArith.toDouble(Ops.index(o));
        }
        throw Exceptions.typeError("must be real number, not " + t.name());
    }

    static PyException domain() {
        return Exceptions.valueError("math domain error");
    }

    static PyException range() {
        return Exceptions.overflowError("math range error");
    }

    private static double checked1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? range() : domain();
        }
        return r;
    }

    private static double checked2(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw range();
        }
        return r;
    }

    // ---- float functions

    private static double remainder(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.isNaN(x) ? x : y;
        }
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        return Math.IEEEremainder(x, y);
    }

    private static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        return checked2(x, y, x % y);
    }

    static double pow(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            double r = Math.pow(x, y);
            if (Double.isNaN(r)) {
                throw domain();
            }
            if (Double.isInfinite(r)) {
                throw x == 0 ? domain() : range();
            }
            return r;
        }
        if (Double.isNaN(x)) {
            return y == 0 ? 1.0 : x;
        }
        if (Double.isNaN(y)) {
            return x == 1 ? 1.0 : y;
        }
        if (Double.isInfinite(x)) {
            boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
            if (y > 0) {
                return oddY ? x : Math.abs(x);
            }
            if (y == 0) {
                return 1.0;
            }
            return oddY ? Math.copySign(0.0, x) : 0.0;
        }
        double ax = Math.abs(x);
        if (ax == 1) {
            return 1.0;
        }
        if (y > 0 && ax > 1 || y < 0 && ax < 1) {
            return Double.POSITIVE_INFINITY;
        }
        return 0.0;
    }

    /** log-like {@code f} of a float or (any size) int; {@code fOf2} is f(2). */
    private static double logOf(Object x, D1 f, double fOf2) {
        if (Ops.isInt(x)) {
            Object v = Ops.intValue(x);
            if (IntArith.signum(v) <= 0) {
                throw domain();
            }
            if (v instanceof Long l) {
                return logValue(l.doubleValue(), f);
            }
            BigInteger b = (BigInteger) v;
            if (b.bitLength() <= 1023) {
                return logValue(b.doubleValue(), f);
            }
            int e = b.bitLength();
            double mant = IntArith.trueDiv(b, BigInteger.ONE.shiftLeft(e));
            return f.f(mant) + fOf2 * e;
        }
        return logValue(toDouble(x), f);
    }

    private static double logValue(double x, D1 f) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x <= 0) {
            throw domain();
        }
        return f.f(x);
    }

    private static Object rounding(Object x, String special, D1 f) {
        if (x instanceof Double d) {
            return IntArith.fromDouble(f.f(d));
        }
        Object method = Py.typeOf(x).lookup(special);
        if (method != null) {
            return Ops.invoke(method, x);
        }
        return IntArith.fromDouble(f.f(toDouble(x)));
    }

    private static Object trunc(Object x) {
        if (x instanceof Double d) {
            return IntArith.fromDouble(d);
        }
        Object method = Py.typeOf(x).lookup("__trunc__");
        if (method == null) {
            throw Exceptions.typeError("type " + Py.typeOf(x).name() + " doesn't define __trunc__ method");
        }
        return Ops.invoke(method, x);
    }

    static PyTuple frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return PyTuple.of(x, 0L);
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
            return PyTuple.of(Math.scalb(x, -(e + 1) - 54), (long) (e + 1));
        }
        return PyTuple.of(Math.scalb(x, -(e + 1)), (long) (e + 1));
    }

    private static double ldexp(double x, Object i) {
        if (!Ops.isInt(i)) {
            throw Exceptions.typeError("Expected an int as second argument to ldexp.");
        }
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        Object v = Ops.intValue(i);
        long exp = v instanceof Long l ? l : ((BigInteger) v).signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        if (exp > Double.MAX_EXPONENT + 1) {
            throw range();
        }
        if (exp < -1100) {
            return Math.copySign(0.0, x);
        }
        double r = Math.scalb(x, (int) exp);
        if (Double.isInfinite(r)) {
            throw range();
        }
        return r;
    }

    private static PyTuple modf(double x) {
        if (Double.isInfinite(x)) {
            return PyTuple.of(Math.copySign(0.0, x), x);
        }
        if (Double.isNaN(x)) {
            return PyTuple.of(x, x);
        }
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(Math.copySign(x - ip, x), ip);
    }

    private static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0 || absTol < 0) {
            throw Exceptions.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    // ---- fsum: Shewchuk's exact partial sums, rounded once at the end

    private static double fsum(Object iterable) {
        double[] partials = new double[32];
        int n = 0;
        double specialSum = 0;
        double infSum = 0;
        Object it = Ops.iter(iterable);
        for (Object item = Ops.next(it); item != null; item = Ops.next(it)) {
            double x = toDouble(item);
            double xsave = x;
            int used = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials[used++] = lo;
                }
                x = hi;
            }
            n = used;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw Exceptions.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == partials.length) {
                        partials = java.util.Arrays.copyOf(partials, n * 2);
                    }
                    partials[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Exceptions.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = partials[--n];
            double lo = 0;
            while (n > 0) {
                double x = hi;
                double y = partials[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && (lo < 0.0 && partials[n - 1] < 0.0 || lo > 0.0 && partials[n - 1] > 0.0)) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    // ---- hypot and dist: scaled sum of squares in double-double, one corrected sqrt

    static double norm(double[] v) {
        double max = 0;
        boolean nan = false;
        for (double x : v) {
            double ax = Math.abs(x);
            if (Double.isInfinite(ax)) {
                return Double.POSITIVE_INFINITY;
            }
            if (Double.isNaN(ax)) {
                nan = true;
            } else if (ax > max) {
                max = ax;
            }
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0 || v.length == 1) {
            return max;
        }
        int scale = Math.getExponent(max);
        if (scale < Double.MIN_EXPONENT) {
            scale = Math.getExponent(max * 0x1p54) - 54;
        }
        double hi = 0;
        double lo = 0;
        for (double x : v) {
            double s = Math.scalb(Math.abs(x), -scale);
            double p = s * s;
            double pe = Math.fma(s, s, -p);
            double sum = hi + p;
            double bp = sum - hi;
            double err = (hi - (sum - bp)) + (p - bp);
            hi = sum;
            lo += err + pe;
        }
        double total = hi + lo;
        double totalLo = lo - (total - hi);
        double h = Math.sqrt(total);
        double residual = Math.fma(-h, h, total) + totalLo;
        h += residual / (2 * h);
        return Math.scalb(h, scale);
    }

    private static double dist(Object p, Object q) {
        PyTuple pt = asTuple(p);
        PyTuple qt = asTuple(q);
        if (pt.items.length != qt.items.length) {
            throw Exceptions.valueError("both points must have the same number of dimensions");
        }
        double[] d = new double[pt.items.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = toDouble(pt.items[i]) - toDouble(qt.items[i]);
        }
        return norm(d);
    }

    private static PyTuple asTuple(Object o) {
        if (o instanceof PyTuple t) {
            return t;
        }
        java.util.ArrayList<Object> items = new java.util.ArrayList<>();
        Object it = Ops.iter(o);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            items.add(x);
        }
        return PyTuple.of(items.toArray());
    }

    // ---- integer functions

    private static BigInteger big(Object v) {
        return v instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) v;
    }

    private static Object factorial(Object arg) {
        BigInteger n = big(Ops.index(arg));
        if (n.signum() < 0) {
            throw Exceptions.valueError("factorial() not defined for negative values");
        }
        if (n.compareTo(LONG_MAX) > 0) {
            throw Exceptions.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        return Py.newInt(product(1, n.longValueExact()));
    }

    /** The product of lo..hi by binary splitting. */
    private static BigInteger product(long lo, long hi) {
        if (hi < lo) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    private static BigInteger[] nk(Object n0, Object k0) {
        BigInteger n = big(Ops.index(n0));
        BigInteger k = big(Ops.index(k0));
        if (n.signum() < 0) {
            throw Exceptions.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Exceptions.valueError("k must be a non-negative integer");
        }
        return new BigInteger[] {n, k};
    }

    private static Object comb(Object n0, Object k0) {
        BigInteger[] nk = nk(n0, k0);
        BigInteger n = nk[0];
        BigInteger k = nk[1];
        if (k.compareTo(n) > 0) {
            return 0L;
        }
        k = k.min(n.subtract(k));
        if (k.compareTo(LONG_MAX) > 0) {
            throw Exceptions.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        long kk = k.longValue();
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < kk; i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
        }
        return Py.newInt(r);
    }

    private static Object perm(Object n0, Object k0) {
        if (k0 == Py.None) {
            BigInteger n = big(Ops.index(n0));
            if (n.signum() < 0) {
                throw Exceptions.valueError("n must be a non-negative integer");
            }
            return factorial(n0);
        }
        BigInteger[] nk = nk(n0, k0);
        BigInteger n = nk[0];
        BigInteger k = nk[1];
        if (k.compareTo(n) > 0) {
            return 0L;
        }
        if (k.compareTo(LONG_MAX) > 0) {
            throw Exceptions.overflowError("k must not exceed " + Long.MAX_VALUE);
        }
        long kk = k.longValue();
        if (n.compareTo(LONG_MAX) <= 0) {
            long nn = n.longValue();
            return Py.newInt(product(nn - kk + 1, nn));
        }
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < kk; i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        }
        return Py.newInt(r);
    }

    // ---- registration

    private static void put(PyModule m, String name, Object value) {
        m.dict.put(PyStr.of(name), value);
    }

    @FunctionalInterface
    interface Body {
        Object call(Object[] a);
    }

    private static void fn(PyModule m, String name, String spec, Body body) {
        put(m, name, BuiltinFunction.of("math", name, spec, (s, a) -> body.call(a)));
    }

    private static void unary(PyModule m, String name, D1 f, boolean canOverflow) {
        fn(m, name, "x, /", a -> {
            double x = toDouble(a[0]);
            return checked1(x, f.f(x), canOverflow);
        });
    }

    private static void binary(PyModule m, String name, D2 f) {
        fn(m, name, "x, y, /", a -> {
            double x = toDouble(a[0]);
            double y = toDouble(a[1]);
            return checked2(x, y, f.f(x, y));
        });
    }
}
