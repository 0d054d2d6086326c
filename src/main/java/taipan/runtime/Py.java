package taipan.runtime;

import java.math.BigInteger;

/**
 * The singletons and the small helpers every part of the runtime uses:
 * {@link #typeOf}, value constructors that normalize ints, and None,
 * NotImplemented, Ellipsis.
 *
 * <p>Value representation: int is {@link Long} (or {@link BigInteger} only when
 * the value does not fit a long), bool is {@link Boolean}, float is
 * {@link Double}, and every other object is a {@link PyObject}. Java null is
 * never a Python value (it means "unbound" or "absent").
 */
public final class Py {
    private Py() {}

    public static final PySingleton None = new PySingleton(BuiltinTypes.NONE_TYPE, "None");
    public static final PySingleton NotImplemented = new PySingleton(BuiltinTypes.NOT_IMPLEMENTED_TYPE, "NotImplemented");
    public static final PySingleton Ellipsis = new PySingleton(BuiltinTypes.ELLIPSIS_TYPE, "Ellipsis");

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The Python type of any value. */
    public static PyType typeOf(Object o) {
        if (o instanceof PyObject p) {
            return p.type;
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return BuiltinTypes.INT;
        }
        if (o instanceof Double) {
            return BuiltinTypes.FLOAT;
        }
        if (o instanceof Boolean) {
            return BuiltinTypes.BOOL;
        }
        throw notAValue(o);
    }

    private static IllegalStateException notAValue(Object o) {
        return new IllegalStateException("not a Python value: " + (o == null ? "null" : o.getClass().getName()));
    }

    /** An int from a BigInteger: a Long when it fits. */
    public static Object newInt(BigInteger v) {
        if (v.bitLength() < 64) {
            return v.longValue();
        }
        return v;
    }

    /** The BigInteger value of a plain int (Long, BigInteger or Boolean). */
    public static BigInteger toBig(Object intValue) {
        if (intValue instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (intValue instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) intValue;
    }

    /** Whether {@code v} fits a long. */
    public static boolean fitsLong(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }

    public static PyStr str(String s) {
        return PyStr.of(s);
    }

    public static Boolean bool(boolean b) {
        return b ? Boolean.TRUE : Boolean.FALSE;
    }

    public static PyTuple tuple(Object... items) {
        return PyTuple.of(items);
    }

    public static boolean isNone(Object o) {
        return o == None;
    }
}
