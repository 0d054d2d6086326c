package taipan.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBaseException;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyBytes;
import taipan.runtime.PyException;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * A parsed {@code struct} format string and the packing and unpacking of values by it,
 * as CPython 3.11 does on x86-64 Linux: native mode ('@', the default) uses the C sizes
 * and alignment (long, size_t and pointers are 8 bytes), the standard modes ('=', '<',
 * '>', '!') use the fixed sizes without alignment. The error messages follow CPython's,
 * including its quirk that '<' and '=' check integer ranges with the native packers where
 * the sizes agree (all integer codes but 'l' and 'L').
 */
final class StructFormat {
    enum Order { NATIVE, LITTLE, BIG }

    /** One format code: {@code count} items of {@code itemSize} bytes from {@code offset} (for 's', 'p': one item of count bytes). */
    record Code(char c, int count, int offset, int itemSize) {}

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    final String format;
    final Order order;
    /** The total size in bytes (may exceed what can be allocated; only calcsize uses such). */
    final long size;
    /** The number of values packed or unpacked. */
    final int items;
    final Code[] codes;

    private StructFormat(String format, Order order, long size, int items, Code[] codes) {
        this.format = format;
        this.order = order;
        this.size = size;
        this.items = items;
        this.codes = codes;
    }

    static PyException error(String message) {
        return Exceptions.error(StructModule.ERROR, message);
    }

    // ---- parsing ------------------------------------------------------------------------

    private static int nativeSize(char c) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P' -> 8;
            default -> -1;
        };
    }

    private static int standardSize(char c) {
        return switch (c) {
            case 'l', 'L' -> 4;
            case 'n', 'N', 'P' -> -1;
            default -> nativeSize(c);
        };
    }

    /** Parses {@code format} (already text); struct.error for a bad one. */
    static StructFormat parse(String format) {
        if (format.indexOf('\0') >= 0) {
            throw error("embedded null character");
        }
        int i = 0;
        Order order = Order.NATIVE;
        if (!format.isEmpty()) {
            switch (format.charAt(0)) {
                case '@' -> i = 1;
                case '=', '<' -> {
                    order = Order.LITTLE;
                    i = 1;
                }
                case '>', '!' -> {
                    order = Order.BIG;
                    i = 1;
                }
                default -> { }
            }
        }
        List<Code> codes = new ArrayList<>();
        long size = 0;
        long items = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (i < n && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                    if (count > (Long.MAX_VALUE - 9) / 10) {
                        throw error("total struct size too long");
                    }
                    count = count * 10 + (format.charAt(i++) - '0');
                }
                if (i == n) {
                    throw error("repeat count given without format specifier");
                }
                c = format.charAt(i);
            }
            i++;
            int itemSize = order == Order.NATIVE ? nativeSize(c) : standardSize(c);
            if (itemSize < 0) {
                throw error("bad char in struct format");
            }
            if (order == Order.NATIVE && itemSize > 1) {
                size = (size + itemSize - 1) / itemSize * itemSize;
            }
            long bytes;
            try {
                bytes = Math.multiplyExact(count, (long) itemSize);
                size = Math.addExact(size, bytes);
            } catch (ArithmeticException e) {
                throw error("total struct size too long");
            }
            if (c == 's' || c == 'p') {
                items++;
            } else if (c != 'x') {
                items += count;
            }
            if (count > Integer.MAX_VALUE || size > Integer.MAX_VALUE || items > Integer.MAX_VALUE) {
                codes = null;
            }
            if (codes != null && c != 'x') {
                codes.add(new Code(c, (int) count, (int) (size - bytes), itemSize));
            }
        }
        return new StructFormat(format, order, size, (int) Math.min(items, Integer.MAX_VALUE),
            codes == null ? null : codes.toArray(new Code[0]));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }

    /** The size as a Java int, MemoryError when no buffer that large can be made. */
    int allocatableSize() {
        if (codes == null || size > Integer.MAX_VALUE - 16) {
            throw new PyException(new PyBaseException(Exceptions.MEMORY_ERROR, PyTuple.EMPTY));
        }
        return (int) size;
    }

    // ---- packing ------------------------------------------------------------------------

    /** Packs {@code items} values from {@code args[from]}; the caller checked the count. */
    byte[] pack(Object[] args, int from) {
        byte[] out = new byte[allocatableSize()];
        int k = from;
        for (Code code : codes) {
            switch (code.c) {
                case 's', 'p' -> packString(out, code, args[k++]);
                default -> {
                    for (int j = 0; j < code.count; j++) {
                        packOne(out, code.offset + j * code.itemSize, code.c, code.itemSize, args[k++]);
                    }
                }
            }
        }
        return out;
    }

    private static void packString(byte[] out, Code code, Object v) {
        byte[] data;
        if (v instanceof PyBytes b) {
            data = b.bytes;
        } else if (v instanceof PyByteArray ba) {
            data = java.util.Arrays.copyOf(ba.bytes, ba.size);
        } else {
            throw error("argument for '" + code.c + "' must be a bytes object");
        }
        if (code.c == 's') {
            System.arraycopy(data, 0, out, code.offset, Math.min(data.length, code.count));
        } else if (code.count > 0) {
            int n = Math.min(data.length, code.count - 1);
            System.arraycopy(data, 0, out, code.offset + 1, n);
            out[code.offset] = (byte) Math.min(n, 255);
        }
    }

    private void packOne(byte[] out, int offset, char c, int size, Object v) {
        switch (c) {
            case 'c' -> {
                if (!(v instanceof PyBytes b) || b.bytes.length != 1) {
                    throw error("char format requires a bytes object of length 1");
                }
                out[offset] = b.bytes[0];
            }
            case '?' -> out[offset] = (byte) (Ops.isTrue(v) ? 1 : 0);
            case 'e' -> put(out, offset, 2, HalfFloat.pack(floatArg(v)));
            case 'f' -> {
                double d = floatArg(v);
                float f = (float) d;
                if (order != Order.NATIVE && Float.isInfinite(f) && !Double.isInfinite(d)) {
                    throw Exceptions.overflowError("float too large to pack with f format");
                }
                put(out, offset, 4, Float.floatToRawIntBits(f));
            }
            case 'd' -> put(out, offset, 8, Double.doubleToRawLongBits(floatArg(v)));
            default -> put(out, offset, size, intBits(c, size, v));
        }
    }

    private void put(byte[] out, int offset, int size, long bits) {
        for (int j = 0; j < size; j++) {
            int at = order == Order.BIG ? offset + size - 1 - j : offset + j;
            out[at] = (byte) (bits >>> (8 * j));
        }
    }

    /** A float argument: float, int, {@code __float__} or {@code __index__}. */
    static double floatArg(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        PyType t = Py.typeOf(v);
        if (!Ops.isInt(v) && t.lookup("__float__") == null && t.lookup("__index__") == null) {
            throw error("required argument is not a float");
        }
        return MathModule.toDouble(v);
    }

    /** An int argument (int or {@code __index__}) as a Long or BigInteger. */
    static Object intArg(Object v) {
        if (!Ops.isInt(v) && Py.typeOf(v).lookup("__index__") == null) {
            throw error("required argument is not an integer");
        }
        return Ops.index(v);
    }

    /** Whether the native packer checks code {@code c} in this byte order (see the class comment). */
    private boolean nativeChecks(char c) {
        return order == Order.NATIVE || c == 'b' || c == 'B' || (order == Order.LITTLE && c != 'l' && c != 'L');
    }

    /** The two's-complement bits of an integer argument for code {@code c}, range-checked as CPython does. */
    private long intBits(char c, int size, Object arg) {
        Object v = intArg(arg);
        boolean isLong = v instanceof Long;
        long l = isLong ? (Long) v : 0;
        boolean signed = Character.isLowerCase(c);
        boolean fitsUnsigned64 = isLong ? l >= 0 : ((BigInteger) v).signum() >= 0 && ((BigInteger) v).compareTo(TWO_64) < 0;
        if (c == 'P') {
            if (!isLong && !fitsUnsigned64) {
                throw error("int too large to convert");
            }
            return isLong ? l : ((BigInteger) v).longValue();
        }
        if (nativeChecks(c)) {
            if (signed || c == 'B' || c == 'H') {
                if (!isLong) {
                    throw error("argument out of range");
                }
                String name = switch (c) {
                    case 'b' -> "byte";
                    case 'B' -> "ubyte";
                    case 'h' -> "short";
                    case 'H' -> "ushort";
                    case 'i' -> "'i'";
                    default -> null;
                };
                if (name != null) {
                    long min = c == 'B' || c == 'H' ? 0 : -(1L << (8 * size - 1));
                    long max = c == 'B' || c == 'H' ? (1L << (8 * size)) - 1 : (1L << (8 * size - 1)) - 1;
                    if (l < min || l > max) {
                        throw error(name + " format requires " + min + " <= number <= " + max);
                    }
                }
                return l;
            }
            if (!fitsUnsigned64) {
                throw error("argument out of range");
            }
            if (c == 'I' && (!isLong || l > 0xFFFFFFFFL)) {
                throw error("'I' format requires 0 <= number <= 4294967295");
            }
            return isLong ? l : ((BigInteger) v).longValue();
        }
        if (size == 8) {
            if (signed ? !isLong : !fitsUnsigned64) {
                throw error("int too large to convert");
            }
            return isLong ? l : ((BigInteger) v).longValue();
        }
        if (signed) {
            if (!isLong) {
                throw error("argument out of range");
            }
            long min = -(1L << (8 * size - 1));
            long max = (1L << (8 * size - 1)) - 1;
            if (l < min || l > max) {
                throw error("'" + c + "' format requires " + min + " <= number <= " + max);
            }
            return l;
        }
        if (!fitsUnsigned64) {
            throw error("argument out of range");
        }
        long max = (1L << (8 * size)) - 1;
        if (!isLong || l > max) {
            throw error("'" + c + "' format requires 0 <= number <= " + max);
        }
        return l;
    }

    // ---- unpacking ----------------------------------------------------------------------

    /** Unpacks the values from {@code buf} at {@code offset}; the caller checked the length. */
    PyTuple unpack(byte[] buf, int offset) {
        Object[] out = new Object[items];
        int k = 0;
        for (Code code : codes) {
            int at = offset + code.offset;
            switch (code.c) {
                case 's' -> out[k++] = new PyBytes(java.util.Arrays.copyOfRange(buf, at, at + code.count));
                case 'p' -> {
                    int n = code.count == 0 ? -1 : Math.min(buf[at] & 0xFF, code.count - 1);
                    if (n < 0) {
                        throw Exceptions.systemError("Negative size passed to PyBytes_FromStringAndSize");
                    }
                    out[k++] = new PyBytes(java.util.Arrays.copyOfRange(buf, at + 1, at + 1 + n));
                }
                default -> {
                    for (int j = 0; j < code.count; j++) {
                        out[k++] = unpackOne(buf, at + j * code.itemSize, code.c, code.itemSize);
                    }
                }
            }
        }
        return PyTuple.of(out);
    }

    private long get(byte[] buf, int offset, int size) {
        long bits = 0;
        for (int j = size - 1; j >= 0; j--) {
            int at = order == Order.BIG ? offset + size - 1 - j : offset + j;
            bits = bits << 8 | (buf[at] & 0xFF);
        }
        return bits;
    }

    private Object unpackOne(byte[] buf, int offset, char c, int size) {
        return switch (c) {
            case 'c' -> new PyBytes(new byte[] {buf[offset]});
            case '?' -> buf[offset] != 0;
            case 'e' -> (double) Float.float16ToFloat((short) get(buf, offset, 2));
            case 'f' -> (double) Float.intBitsToFloat((int) get(buf, offset, 4));
            case 'd' -> Double.longBitsToDouble(get(buf, offset, 8));
            default -> {
                long bits = get(buf, offset, size);
                if (Character.isLowerCase(c)) {
                    int shift = 64 - 8 * size;
                    yield bits << shift >> shift;
                }
                yield unsigned(bits);
            }
        };
    }

    /** A 64-bit pattern read as an unsigned Python int. */
    static Object unsigned(long bits) {
        return bits >= 0 ? (Object) bits : Py.newInt(BigInteger.valueOf(bits).add(TWO_64));
    }

    /** IEEE 754 binary16 packing with round-half-even, as CPython's PyFloat_Pack2. */
    static final class HalfFloat {
        private HalfFloat() {}

        static int pack(double x) {
            int sign = Double.doubleToRawLongBits(x) < 0 ? 0x8000 : 0;
            if (Double.isNaN(x)) {
                return sign | 0x7e00;
            }
            if (Double.isInfinite(x)) {
                return sign | 0x7c00;
            }
            double a = Math.abs(x);
            if (a == 0) {
                return sign;
            }
            int e = Math.getExponent(a);
            if (e < -14) {
                return sign | (int) Math.rint(a * 0x1p24);
            }
            double m = Math.rint(Math.scalb(a, 10 - e));
            if (m == 2048) {
                m = 1024;
                e++;
            }
            if (e > 15) {
                throw Exceptions.overflowError("float too large to pack with e format");
            }
            return sign | (e + 15) << 10 | ((int) m - 1024);
        }
    }
}
