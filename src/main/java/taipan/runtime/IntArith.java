package taipan.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python int arithmetic on plain int values (Long, or BigInteger outside the
 * long range): floor division and modulo with Python's signs, powers (negative
 * exponents give floats, modular powers and inverses), shifts, correctly
 * rounded true division and int-to-float conversion, exact comparison with
 * floats, and the 4300-digit limit of str/int conversion.
 *
 * <p>Contract: arguments are normalized plain ints; results are normalized
 * (Long when the value fits) or Doubles; errors are CPython's.
 */
public final class IntArith {
    private IntArith() {}

    /** CPython 3.11's sys.int_info.default_max_str_digits. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** sys.int_info.str_digits_check_threshold: the smallest nonzero limit. */
    public static final int STR_DIGITS_CHECK_THRESHOLD = 640;
    private static volatile int maxStrDigits = DEFAULT_MAX_STR_DIGITS;

    /** {@code sys.get_int_max_str_digits()}: 0 means no limit. */
    public static int maxStrDigits() {
        return maxStrDigits;
    }

    /** {@code sys.set_int_max_str_digits(n)}. */
    public static void setMaxStrDigits(Object n) {
        Object v = Ops.index(n);
        if (!(v instanceof Long l) || (l != 0 && l < STR_DIGITS_CHECK_THRESHOLD) || l < 0 || l > Integer.MAX_VALUE) {
            throw Exceptions.valueError("maxdigits must be 0 or larger than " + STR_DIGITS_CHECK_THRESHOLD);
        }
        maxStrDigits = (int) (long) l;
    }

    /** The plain int value of an int-like operand (bool and int subclasses included), or null. */
    public static Object value(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof PyInt pi) {
            return pi.value;
        }
        return null;
    }

    static BigInteger big(Object v) {
        return v instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) v;
    }

    public static int signum(Object v) {
        return v instanceof Long l ? Long.signum(l) : ((BigInteger) v).signum();
    }

    public static boolean isZero(Object v) {
        return v instanceof Long l && l == 0;
    }

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return r;
            }
        }
        return Py.newInt(big(a).add(big(b)));
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return r;
            }
        }
        return Py.newInt(big(a).subtract(big(b)));
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
        }
        return Py.newInt(big(a).multiply(big(b)));
    }

    public static Object neg(Object a) {
        if (a instanceof Long x && x != Long.MIN_VALUE) {
            return -x;
        }
        return Py.newInt(big(a).negate());
    }

    public static Object abs(Object a) {
        return signum(a) < 0 ? neg(a) : a;
    }

    public static Object floorDiv(Object a, Object b) {
        if (isZero(b)) {
            throw Exceptions.zeroDivisionError("integer division or modulo by zero");
        }
        if (a instanceof Long x && b instanceof Long y && !(x == Long.MIN_VALUE && y == -1)) {
            return Math.floorDiv(x, y);
        }
        return Py.newInt(divmodBig(big(a), big(b))[0]);
    }

    public static Object mod(Object a, Object b) {
        if (isZero(b)) {
            throw Exceptions.zeroDivisionError("integer modulo by zero");
        }
        if (a instanceof Long x && b instanceof Long y) {
            return y == -1 ? 0L : Math.floorMod(x, y);
        }
        return Py.newInt(divmodBig(big(a), big(b))[1]);
    }

    public static PyTuple divmod(Object a, Object b) {
        if (isZero(b)) {
            throw Exceptions.zeroDivisionError("integer division or modulo by zero");
        }
        if (a instanceof Long x && b instanceof Long y && !(x == Long.MIN_VALUE && y == -1)) {
            return PyTuple.of(Math.floorDiv(x, y), Math.floorMod(x, y));
        }
        BigInteger[] qr = divmodBig(big(a), big(b));
        return PyTuple.of(Py.newInt(qr[0]), Py.newInt(qr[1]));
    }

    private static BigInteger[] divmodBig(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** {@code a / b}: correctly rounded. */
    public static double trueDiv(Object a, Object b) {
        if (isZero(b)) {
            throw Exceptions.zeroDivisionError("division by zero");
        }
        if (a instanceof Long x && b instanceof Long y && Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) {
            return (double) x / (double) y;
        }
        BigInteger n = big(a);
        BigInteger d = big(b);
        boolean negative = (n.signum() < 0) != (d.signum() < 0);
        n = n.abs();
        d = d.abs();
        if (n.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        int shift = d.bitLength() - n.bitLength() + 55;
        BigInteger num = shift >= 0 ? n.shiftLeft(shift) : n;
        BigInteger den = shift >= 0 ? d : d.shiftLeft(-shift);
        BigInteger[] qr = num.divideAndRemainder(den);
        double r = roundScaled(qr[0], qr[1].signum() != 0, shift);
        if (Double.isInfinite(r)) {
            throw Exceptions.overflowError("integer division result too large for a float");
        }
        return negative ? -r : r;
    }

    /** The double nearest q × 2^-shift (plus a little when {@code sticky}), q having at least 55 bits. */
    private static double roundScaled(BigInteger q, boolean sticky, int shift) {
        int qbits = q.bitLength();
        int exp = qbits - shift;
        if (exp > 1025) {
            return Double.POSITIVE_INFINITY;
        }
        int keep = Math.min(53, exp + 1074);
        if (keep < 0) {
            return 0.0;
        }
        int drop = qbits - keep;
        BigInteger mant = q.shiftRight(drop);
        BigInteger rest = q.subtract(mant.shiftLeft(drop));
        BigInteger half = BigInteger.ONE.shiftLeft(drop - 1);
        int c = rest.compareTo(half);
        if (c > 0 || (c == 0 && (sticky || mant.testBit(0)))) {
            mant = mant.add(BigInteger.ONE);
        }
        return Math.scalb(mant.doubleValue(), drop - shift);
    }

    /** {@code float(i)}: correctly rounded, OverflowError when too large. */
    public static double toDouble(Object v) {
        if (v instanceof Long l) {
            return (double) l;
        }
        double d = ((BigInteger) v).doubleValue();
        if (Double.isInfinite(d)) {
            throw Exceptions.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** {@code a ** b} for ints (b negative gives a float). */
    public static Object pow(Object a, Object b) {
        if (signum(b) < 0) {
            if (isZero(a)) {
                throw Exceptions.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return FloatMethods.pow(toDouble(a), toDouble(b));
        }
        BigInteger base = big(a);
        if (base.signum() == 0 || base.equals(BigInteger.ONE)) {
            return isZero(b) ? 1L : a;
        }
        if (base.equals(BigInteger.ONE.negate())) {
            return big(b).testBit(0) ? -1L : 1L;
        }
        if (!(b instanceof Long e) || (long) e * base.abs().bitLength() > Integer.MAX_VALUE) {
            throw memoryError();
        }
        if (a instanceof Long x && e < 64) {
            long r = 1;
            long m = x;
            long n = e;
            boolean ok = true;
            while (n > 0 && ok) {
                if ((n & 1) != 0) {
                    long hi = Math.multiplyHigh(r, m);
                    long lo = r * m;
                    ok = (hi == 0 && lo >= 0) || (hi == -1 && lo < 0);
                    r = lo;
                }
                n >>= 1;
                if (n > 0) {
                    long hi = Math.multiplyHigh(m, m);
                    long lo = m * m;
                    ok &= hi == 0 && lo >= 0;
                    m = lo;
                }
            }
            if (ok) {
                return r;
            }
        }
        return Py.newInt(base.pow((int) (long) e));
    }

    /** {@code pow(a, b, m)} for ints. */
    public static Object powMod(Object a, Object b, Object m) {
        BigInteger mod = big(m);
        if (mod.signum() == 0) {
            throw Exceptions.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger am = mod.abs();
        BigInteger base = big(a).mod(am);
        BigInteger e = big(b);
        if (e.signum() < 0) {
            try {
                base = base.modInverse(am);
            } catch (ArithmeticException x) {
                throw Exceptions.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(e, am);
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return Py.newInt(r);
    }

    public static Object lshift(Object a, Object n) {
        if (signum(n) < 0) {
            throw Exceptions.valueError("negative shift count");
        }
        if (isZero(a)) {
            return 0L;
        }
        if (!(n instanceof Long c)) {
            if (big(n).divide(BigInteger.valueOf(30)).compareTo(BigInteger.valueOf(Long.MAX_VALUE / 4)) >= 0) {
                throw Exceptions.overflowError("too many digits in integer");
            }
            throw memoryError();
        }
        if (c > Integer.MAX_VALUE / 2) {
            throw memoryError();
        }
        if (a instanceof Long x && c < 63 && (x << c) >> c == x) {
            return x << c;
        }
        return Py.newInt(big(a).shiftLeft((int) (long) c));
    }

    /** A MemoryError without arguments, for results too large to represent. */
    private static PyException memoryError() {
        return new PyException(new PyBaseException(Exceptions.MEMORY_ERROR, PyTuple.EMPTY));
    }

    public static Object rshift(Object a, Object n) {
        if (signum(n) < 0) {
            throw Exceptions.valueError("negative shift count");
        }
        if (!(n instanceof Long c) || c >= Integer.MAX_VALUE) {
            return signum(a) < 0 ? -1L : 0L;
        }
        if (a instanceof Long x) {
            return x >> Math.min(c, 63);
        }
        return Py.newInt(big(a).shiftRight((int) (long) c));
    }

    public static Object and(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x & y;
        }
        return Py.newInt(big(a).and(big(b)));
    }

    public static Object or(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x | y;
        }
        return Py.newInt(big(a).or(big(b)));
    }

    public static Object xor(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x ^ y;
        }
        return Py.newInt(big(a).xor(big(b)));
    }

    public static Object invert(Object a) {
        if (a instanceof Long x) {
            return ~x;
        }
        return Py.newInt(big(a).not());
    }

    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return big(a).compareTo(big(b));
    }

    /** Compares an int with a non-nan double exactly: negative, zero or positive. */
    public static int compareWithDouble(Object i, double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (i instanceof Long l && Math.abs(l) <= (1L << 53)) {
            return Double.compare((double) l, d == 0 ? 0.0 : d);
        }
        return new BigDecimal(big(i)).compareTo(new BigDecimal(d));
    }

    /** The int value of a finite double, truncated toward zero; errors for inf and nan. */
    public static Object fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw Exceptions.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Exceptions.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.2e18) {
            return (long) d;
        }
        return Py.newInt(new BigDecimal(d).toBigInteger());
    }

    /** {@code str(i)} with the 4300-digit limit. */
    public static String toDecimal(Object v) {
        if (v instanceof Long l) {
            return Long.toString(l);
        }
        BigInteger b = (BigInteger) v;
        int limit = maxStrDigits;
        // a number of n bits has more than (n - 1) * log10(2) digits: fail before the quadratic conversion when
        // that already exceeds the limit (with a digit of margin for rounding), else convert and count
        if (limit > 0 && b.bitLength() > limit * 3L
            && ((b.bitLength() - 1) * 0.30102999566398120 > limit + 1 || b.abs().toString().length() > limit)) {
            throw Exceptions.valueError("Exceeds the limit (" + limit
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return b.toString();
    }
}
