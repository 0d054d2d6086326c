package taipan.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods of {@code float}: construction (from str, ints, {@code __float__},
 * {@code __index__}; subclass instances as {@link PyFloat}), arithmetic with
 * floats and ints mixed (ints converted exactly or OverflowError), Python's
 * modulo/floor-division signs, {@code **} with C99 special cases (a negative
 * base with a fractional exponent gives a complex), exact comparisons with
 * ints, correctly rounded {@code round}, hashing, repr, {@code hex}/{@code fromhex},
 * {@code as_integer_ratio} and the numeric attributes.
 */
public final class FloatMethods {
    private FloatMethods() {}

    @FunctionalInterface
    private interface DoubleOp {
        Object apply(double a, double b);
    }

    /** The double of a float operand (Double or PyFloat), or null. */
    public static Double value(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof PyFloat f) {
            return f.value;
        }
        return null;
    }

    /** The double of a float or int operand (ints converted exactly or OverflowError), or null for other types. */
    public static Double operand(Object o) {
        Double d = value(o);
        if (d != null) {
            return d;
        }
        Object iv = IntArith.value(o);
        return iv == null ? null : IntArith.toDouble(iv);
    }

    static void install() {
        PyType t = BuiltinTypes.FLOAT;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "float", "cls, *args, **kwargs", (s, a) -> {
                // like CPython, a subclass with its own __init__ may take keyword arguments (for that __init__)
                boolean ownInit = a[0] instanceof PyType cls && cls.lookup("__init__") != t.lookup("__init__");
                Object x = IntMethods.singleArgument("float", a, ownInit);
                return floatNew(a[0], x == null ? (Object) 0.0 : x);
            })));
        binary(t, "add", (x, y) -> x + y);
        binary(t, "sub", (x, y) -> x - y);
        binary(t, "mul", (x, y) -> x * y);
        binary(t, "truediv", (x, y) -> {
            if (y == 0) {
                throw Exceptions.zeroDivisionError("float division by zero");
            }
            return x / y;
        });
        binary(t, "floordiv", (x, y) -> {
            if (y == 0) {
                throw Exceptions.zeroDivisionError("float floor division by zero");
            }
            return divmod(x, y)[0];
        });
        binary(t, "mod", (x, y) -> {
            if (y == 0) {
                throw Exceptions.zeroDivisionError("float modulo");
            }
            return mod(x, y);
        });
        binary(t, "divmod", (x, y) -> {
            if (y == 0) {
                throw Exceptions.zeroDivisionError("float divmod()");
            }
            double[] qr = divmod(x, y);
            return PyTuple.of(qr[0], qr[1]);
        });
        MethodDescriptor.define(t, "__pow__", "value, mod=None, /", (self, a) -> {
            checkNoModulus(a[1]);
            Double y = operand(a[0]);
            return y == null ? Py.NotImplemented : pow(value(self), y);
        });
        MethodDescriptor.define(t, "__rpow__", "value, mod=None, /", (self, a) -> {
            checkNoModulus(a[1]);
            Double x = operand(a[0]);
            return x == null ? Py.NotImplemented : pow(x, value(self));
        });
        for (CompareOp op : CompareOp.values()) {
            MethodDescriptor.define(t, op.method, "value, /", (self, a) -> compare(value(self), a[0], op));
        }
        unary(t, "__neg__", x -> -x);
        unary(t, "__pos__", x -> x);
        unary(t, "__abs__", Math::abs);
        unary(t, "__float__", x -> x);
        unary(t, "conjugate", x -> x);
        unary(t, "__bool__", x -> Py.bool(x != 0));
        unary(t, "__int__", IntArith::fromDouble);
        unary(t, "__trunc__", IntArith::fromDouble);
        unary(t, "__floor__", x -> IntArith.fromDouble(Math.floor(x)));
        unary(t, "__ceil__", x -> IntArith.fromDouble(Math.ceil(x)));
        MethodDescriptor.define(t, "__hash__", "", (self, a) -> Hashing.hashDouble(self, value(self)));
        unary(t, "__repr__", x -> PyStr.of(FloatFormat.repr(x)));
        unary(t, "is_integer", x -> Py.bool(!Double.isInfinite(x) && x == Math.floor(x)));
        unary(t, "as_integer_ratio", FloatMethods::asIntegerRatio);
        unary(t, "hex", x -> PyStr.of(hex(x)));
        unary(t, "__getnewargs__", x -> PyTuple.of(x));
        MethodDescriptor.define(t, "__round__", "ndigits=None, /", (self, a) -> round(value(self), a[0]));
        MethodDescriptor.define(t, "__format__", "format_spec, /", (self, a) -> {
            String spec = Formatting.specArgument(a[0]);
            if (spec.isEmpty()) {
                return Ops.str(self);
            }
            String name = Py.typeOf(self).name();
            return PyStr.of(FormatSpec.formatFloat(value(self), FormatSpec.parse(spec, name, (char) 0), name));
        });
        t.define("fromhex", new ClassMethod(BuiltinTypes.CLASSMETHOD, new BuiltinFunction("builtins", "fromhex",
            Signature.parse("float.fromhex", "$cls, string, /"), (s, a) -> {
                if (!(a[1] instanceof PyStr str)) {
                    throw Exceptions.typeError("bad argument type for built-in operation");
                }
                double d = fromHex(str.value());
                return a[0] == BuiltinTypes.FLOAT ? (Object) d : Ops.call(a[0], d);
            }, null)));
        t.define("__getformat__", new ClassMethod(BuiltinTypes.CLASSMETHOD, BuiltinFunction.of("builtins",
            "__getformat__", "cls, typestr, /", (s, a) -> {
                if (!(a[1] instanceof PyStr str)) {
                    throw Exceptions.typeError("__getformat__() argument must be str, not " + Py.typeOf(a[1]).name());
                }
                String what = str.value();
                if (!what.equals("double") && !what.equals("float")) {
                    throw Exceptions.valueError("__getformat__() argument 1 must be 'double' or 'float'");
                }
                return PyStr.of("IEEE, little-endian");
            })));
        GetSetDescriptor.define(t, "real", self -> value(self));
        GetSetDescriptor.define(t, "imag", self -> 0.0);
    }

    private static void binary(PyType t, String stem, DoubleOp op) {
        MethodDescriptor.define(t, "__" + stem + "__", "value, /", (self, a) -> {
            Double y = operand(a[0]);
            return y == null ? Py.NotImplemented : op.apply(value(self), y);
        });
        MethodDescriptor.define(t, "__r" + stem + "__", "value, /", (self, a) -> {
            Double x = operand(a[0]);
            return x == null ? Py.NotImplemented : op.apply(x, value(self));
        });
    }

    private static void unary(PyType t, String name, java.util.function.DoubleFunction<Object> f) {
        MethodDescriptor.define(t, name, "", (self, a) -> f.apply(value(self)));
    }

    private static void checkNoModulus(Object mod) {
        if (mod != Py.None) {
            throw Exceptions.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
    }

    private static Object floatNew(Object cls, Object x) {
        PyType type = IntMethods.checkNewClass(cls, BuiltinTypes.FLOAT);
        double v = floatValueOf(x);
        return type == BuiltinTypes.FLOAT ? (Object) v : new PyFloat(type, v);
    }

    /** {@code float(x)} as a double. */
    public static double floatValueOf(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        if (x instanceof PyStr s && s.type == BuiltinTypes.STR) {
            return NumberParser.parseFloat(s.value(), x);
        }
        Object iv = IntArith.value(x);
        if (iv != null && !(x instanceof PyInt)) {
            return IntArith.toDouble(iv);
        }
        PyType t = Py.typeOf(x);
        Object m = t.lookup("__float__");
        if (m != null) {
            Object r = Ops.invoke(m, x);
            Double d = value(r);
            if (d == null) {
                throw Exceptions.typeError(t.name() + ".__float__ returned non-float (type " + Py.typeOf(r).name() + ")");
            }
            if (!(r instanceof Double)) {
                Warnings.deprecation(t.name() + ".__float__ returned non-float (type " + Py.typeOf(r).name() + ").  The "
                    + "ability to return an instance of a strict subclass of float is deprecated, and may be removed in "
                    + "a future version of Python.");
            }
            return d;
        }
        if (t.lookup("__index__") != null) {
            return IntArith.toDouble(Ops.index(x));
        }
        String text = IntMethods.textOf(x);
        if (text != null) {
            return NumberParser.parseFloat(text, x);
        }
        byte[] buffer = BufferProtocol.bytesOrNull(x);
        if (buffer != null) {
            return NumberParser.parseFloat(IntMethods.asciiText(buffer, buffer.length), x);
        }
        throw Exceptions.typeError("float() argument must be a string or a real number, not '" + t.name() + "'");
    }

    private static Object compare(double x, Object other, CompareOp op) {
        Double y = value(other);
        if (y != null) {
            return Py.bool(switch (op) {
                case LT -> x < y;
                case LE -> x <= y;
                case EQ -> x == y;
                case NE -> x != y;
                case GT -> x > y;
                case GE -> x >= y;
            });
        }
        Object iv = IntArith.value(other);
        if (iv == null) {
            return Py.NotImplemented;
        }
        if (Double.isNaN(x)) {
            return Py.bool(op == CompareOp.NE);
        }
        return Py.bool(op.test(-IntArith.compareWithDouble(iv, x)));
    }

    /** Python's float modulo: the result has the sign of the divisor. */
    static double mod(double x, double y) {
        double m = x % y;
        if (m != 0) {
            if ((y < 0) != (m < 0)) {
                m += y;
            }
        } else {
            m = Math.copySign(0.0, y);
        }
        return m;
    }

    /** Python's float divmod (y nonzero). */
    static double[] divmod(double x, double y) {
        double m = x % y;
        double div = (x - m) / y;
        if (m != 0) {
            if ((y < 0) != (m < 0)) {
                m += y;
                div -= 1.0;
            }
        } else {
            m = Math.copySign(0.0, y);
        }
        double floorDiv;
        if (div != 0) {
            floorDiv = Math.floor(div);
            if (div - floorDiv > 0.5) {
                floorDiv += 1.0;
            }
        } else {
            floorDiv = Math.copySign(0.0, x / y);
        }
        return new double[] {floorDiv, m};
    }

    /** {@code x ** y} for floats: C99 special cases, complex for a negative base and fractional exponent. */
    public static Object pow(double x, double y) {
        if (y == 0) {
            return 1.0;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            return (ax > 1.0) == (y > 0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        boolean oddInteger = Math.abs(y) < 9007199254740992.0 && y == Math.floor(y) && Math.abs(y % 2.0) == 1.0;
        if (Double.isInfinite(x)) {
            if (y > 0) {
                return oddInteger ? x : Double.POSITIVE_INFINITY;
            }
            return oddInteger ? Math.copySign(0.0, x) : 0.0;
        }
        if (x == 0) {
            if (y < 0) {
                throw Exceptions.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return oddInteger ? x : 0.0;
        }
        boolean negate = false;
        if (x < 0) {
            if (y != Math.floor(y)) {
                return ComplexMethods.pow(x, 0, y, 0);
            }
            negate = oddInteger;
            x = -x;
        }
        if (x == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r)) {
            throw Exceptions.withArgs(Exceptions.OVERFLOW_ERROR, 34L, PyStr.of("Numerical result out of range"));
        }
        return negate ? -r : r;
    }

    /** {@code round(x, ndigits)}: half-even to an int without ndigits, correctly rounded decimal otherwise. */
    static Object round(double x, Object ndigits) {
        if (ndigits == Py.None) {
            return IntArith.fromDouble(Math.rint(x));
        }
        Object n = Ops.index(ndigits);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        if (!(n instanceof Long nl) || nl > 400) {
            return IntArith.signum(n) > 0 ? x : Math.copySign(0.0, x);
        }
        if (nl < -400) {
            return Math.copySign(0.0, x);
        }
        double r = new BigDecimal(x).setScale((int) (long) nl, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw Exceptions.overflowError("rounded value too large to represent");
        }
        return r == 0 ? Math.copySign(0.0, x) : r;
    }

    private static PyTuple asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw Exceptions.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw Exceptions.valueError("cannot convert NaN to integer ratio");
        }
        if (x == 0) {
            return PyTuple.of(0L, 1L);
        }
        long bits = Double.doubleToLongBits(x);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075;
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(x < 0 ? -mant : mant);
        if (exp >= 0) {
            return PyTuple.of(Py.newInt(num.shiftLeft(exp)), 1L);
        }
        return PyTuple.of(Py.newInt(num), Py.newInt(BigInteger.ONE.shiftLeft(-exp)));
    }

    /** {@code float.hex()}. */
    static String hex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = x < 0 || (x == 0 && 1 / x < 0) ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToLongBits(x);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        String lead = exp == 0 ? "0" : "1";
        int e = exp == 0 ? -1022 : exp - 1023;
        String m = String.format("%013x", mant);
        return sign + "0x" + lead + "." + m + "p" + (e >= 0 ? "+" : "") + e;
    }

    private static final Pattern HEX = Pattern.compile(
        "\\s*([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?\\s*");

    /** {@code float.fromhex(s)}. */
    static double fromHex(String s) {
        String t = s.strip().toLowerCase();
        String unsigned = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        Matcher m = HEX.matcher(s);
        if (!m.matches() || (m.group(2).isEmpty() && (m.group(3) == null || m.group(3).isEmpty()))) {
            throw Exceptions.valueError("invalid hexadecimal floating-point string");
        }
        String intPart = m.group(2).isEmpty() ? "0" : m.group(2);
        String frac = m.group(3) == null ? "" : m.group(3);
        String exp = m.group(4) == null ? "0" : m.group(4);
        double d;
        try {
            long e = Long.parseLong(exp);
            if (Math.abs(e) > 100000) {
                exp = e > 0 ? "100000" : "-100000";
            }
            d = Double.parseDouble("0x" + intPart + "." + frac + "p" + exp);
        } catch (NumberFormatException ex) {
            d = exp.startsWith("-") ? 0.0 : Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(d)) {
            throw Exceptions.overflowError("hexadecimal value too large to represent as a float");
        }
        return m.group(1).equals("-") ? -d : d;
    }
}
