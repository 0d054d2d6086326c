package taipan.modules;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Py;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyBytes;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.Signature;

/**
 * {@code _operator._compare_digest(a, b)}, the comparison hmac.compare_digest is: two ASCII
 * strs or two bytes-like objects, compared in time that depends only on the length of
 * {@code b}, with CPython's errors. {@link OperatorModule} puts it in {@code _operator}.
 */
public final class CompareDigest {
    private CompareDigest() {}

    /** The {@code _compare_digest} built-in function. */
    public static BuiltinFunction function() {
        return new BuiltinFunction("_operator", "_compare_digest",
            Signature.parse("_operator._compare_digest", "*args"), (s, a) -> {
                Object[] args = ((PyTuple) a[0]).items;
                if (args.length != 2) {
                    throw Exceptions.typeError("_compare_digest expected 2 arguments, got " + args.length);
                }
                return compare(args[0], args[1]);
            }, null);
    }

    private static boolean isBuffer(Object o) {
        return taipan.runtime.BufferProtocol.isExporter(o);
    }

    private static byte[] bufferBytes(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof PyByteArray b) {
            return java.util.Arrays.copyOf(b.bytes, b.size);
        }
        if (taipan.runtime.BufferProtocol.isExporter(o)) {
            return taipan.runtime.BufferProtocol.simpleBytesOrNull(o);
        }
        throw Exceptions.typeError("a bytes-like object is required, not '" + Py.typeOf(o).name() + "'");
    }

    private static byte[] asciiBytes(PyStr s) {
        String v = s.value();
        byte[] out = new byte[v.length()];
        for (int i = 0; i < out.length; i++) {
            char c = v.charAt(i);
            if (c > 127) {
                throw Exceptions.typeError("comparing strings with non-ASCII characters is not supported");
            }
            out[i] = (byte) c;
        }
        return out;
    }

    private static Boolean compare(Object a, Object b) {
        byte[] left;
        byte[] right;
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            left = asciiBytes(sa);
            right = asciiBytes(sb);
        } else {
            if (!isBuffer(a) && !isBuffer(b)) {
                throw Exceptions.typeError("unsupported operand types(s) or combination of types: '"
                    + Py.typeOf(a).name() + "' and '" + Py.typeOf(b).name() + "'");
            }
            left = bufferBytes(a);
            right = bufferBytes(b);
        }
        return sameInConstantTime(left, right);
    }

    /** Compares every byte of {@code b} whatever the contents, so timing reveals only its length. */
    private static boolean sameInConstantTime(byte[] a, byte[] b) {
        byte[] against = a.length == b.length ? a : b;
        int difference = a.length == b.length ? 0 : 1;
        for (int i = 0; i < b.length; i++) {
            difference |= against[i] ^ b[i];
        }
        return difference == 0;
    }
}
