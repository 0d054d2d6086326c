package taipan.modules;

import java.math.BigInteger;
import taipan.runtime.Exceptions;
import taipan.runtime.FloatMethods;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyException;

/**
 * The items of a memoryview: reading and writing one item of a struct native single-character
 * format (c b B ? h H i I l L q Q n N P f d e, optionally prefixed with '@', in the machine's
 * little-endian 64-bit layout) at a byte position, with CPython's memoryview errors
 * ("memoryview: invalid type for format 'B'", "memoryview: invalid value for format 'B'").
 */
final class MemoryFormats {
    private MemoryFormats() {}

    /** The native format character of {@code format} ('@' prefix removed), or 0 when it is not one. */
    static char nativeChar(String format) {
        String f = format.startsWith("@") ? format.substring(1) : format;
        return f.length() == 1 && size(f.charAt(0)) > 0 ? f.charAt(0) : 0;
    }

    /** The item size of a native format character, or 0 when it is not one. */
    static int size(char f) {
        return switch (f) {
            case 'c', 'b', 'B', '?' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'd' -> 8;
            default -> 0;
        };
    }

    /** Whether items of this format are single bytes ('b', 'B' or 'c'), the formats casts may go between. */
    static boolean isByteFormat(char f) {
        return f == 'b' || f == 'B' || f == 'c';
    }

    /** NotImplementedError "memoryview: format X not supported" unless {@code format} is native. */
    static char supported(String format) {
        char f = nativeChar(format);
        if (f == 0) {
            throw Exceptions.notImplementedError("memoryview: format " + format + " not supported");
        }
        return f;
    }

    private static long raw(byte[] a, int p, int n) {
        long v = 0;
        for (int k = n - 1; k >= 0; k--) {
            v = v << 8 | (a[p + k] & 0xFF);
        }
        return v;
    }

    private static void putRaw(byte[] a, int p, int n, long v) {
        for (int k = 0; k < n; k++) {
            a[p + k] = (byte) (v >>> (8 * k));
        }
    }

    /** The item of format {@code f} at {@code a[p]}. */
    static Object unpack(char f, byte[] a, int p) {
        return switch (f) {
            case 'c' -> new PyBytes(new byte[] {a[p]});
            case '?' -> a[p] != 0;
            case 'b' -> (long) a[p];
            case 'B' -> (long) (a[p] & 0xFF);
            case 'h' -> (long) (short) raw(a, p, 2);
            case 'H' -> raw(a, p, 2);
            case 'i' -> (long) (int) raw(a, p, 4);
            case 'I' -> raw(a, p, 4);
            case 'l', 'q', 'n' -> raw(a, p, 8);
            case 'f' -> (double) Float.intBitsToFloat((int) raw(a, p, 4));
            case 'd' -> Double.longBitsToDouble(raw(a, p, 8));
            case 'e' -> (double) Float.float16ToFloat((short) raw(a, p, 2));
            default -> unsigned64(raw(a, p, 8));
        };
    }

    private static Object unsigned64(long v) {
        return v >= 0 ? (Object) v : Py.newInt(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64)));
    }

    /** The bytes of {@code value} as an item of format {@code f}; {@code format} names it in errors. */
    static byte[] pack(char f, String format, Object value) {
        byte[] a = new byte[size(f)];
        switch (f) {
            case 'c' -> {
                if (!(value instanceof PyBytes b)) {
                    throw invalidType(format);
                }
                if (b.bytes.length != 1) {
                    throw invalidValue(format);
                }
                a[0] = b.bytes[0];
            }
            case '?' -> a[0] = (byte) (Ops.isTrue(value) ? 1 : 0);
            case 'f', 'd', 'e' -> {
                double d = floatOf(value, format);
                if (f == 'd') {
                    putRaw(a, 0, 8, Double.doubleToRawLongBits(d));
                } else if (f == 'f') {
                    putRaw(a, 0, 4, Float.floatToRawIntBits((float) d));
                } else {
                    putRaw(a, 0, 2, Float.floatToFloat16((float) d));
                }
            }
            default -> putRaw(a, 0, a.length, integerOf(f, format, value));
        }
        return a;
    }

    private static double floatOf(Object value, String format) {
        if (value instanceof Double d) {
            return d;
        }
        if (!Ops.isInt(value) && Py.typeOf(value).lookup("__float__") == null
                && Py.typeOf(value).lookup("__index__") == null) {
            throw invalidType(format);
        }
        return FloatMethods.floatValueOf(value);
    }

    /** The bits of an integer item, range-checked for format {@code f}. */
    private static long integerOf(char f, String format, Object value) {
        if (!Ops.isInt(value) && Py.typeOf(value).lookup("__index__") == null) {
            throw invalidType(format);
        }
        Object i = Ops.index(value);
        boolean unsigned = Character.isUpperCase(f) || f == 'P';
        int bits = 8 * size(f);
        if (i instanceof BigInteger big) {
            if (unsigned && big.signum() >= 0 && big.bitLength() <= 64) {
                return big.longValue();
            }
            throw invalidValue(format);
        }
        long v = (Long) i;
        boolean fits = unsigned ? v >= 0 && (bits == 64 || v < 1L << bits)
            : bits == 64 || v >= -(1L << (bits - 1)) && v < 1L << (bits - 1);
        if (!fits) {
            throw invalidValue(format);
        }
        return v;
    }

    private static PyException invalidType(String format) {
        return Exceptions.typeError("memoryview: invalid type for format '" + format + "'");
    }

    private static PyException invalidValue(String format) {
        return Exceptions.valueError("memoryview: invalid value for format '" + format + "'");
    }
}
