package taipan.compiler;

import java.math.BigInteger;
import taipan.ast.Operator;
import taipan.runtime.Arithmetic;
import taipan.runtime.Ops;
import taipan.runtime.PyBytes;
import taipan.runtime.PyComplex;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * CPython 3.11's AST optimizer folds of binary operators and subscripts on
 * constants ({@code fold_binop}, {@code fold_subscr}): the operation is computed
 * by the runtime ({@link Arithmetic}, {@link Ops}), skipped when it raises, when
 * CPython's size guards ({@code safe_multiply}, {@code safe_power},
 * {@code safe_lshift}, {@code safe_mod}) refuse it, or when an operand or the
 * result is not a plain constant value. Returns null when nothing is folded.
 * The built-in types are set up first, so folding never depends on whether an
 * interpreter has started.
 */
final class ConstantFolder {
    static {
        taipan.runtime.TypeSetup.installAll();
    }

    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;

    private ConstantFolder() {}

    static Object binary(Operator op, Object l, Object r) {
        if (!plain(l) || !plain(r) || op == Operator.MatMult) return null;
        try {
            Object result = switch (op) {
                case Mult -> safeMultiply(l, r) ? Arithmetic.binary(GeneratorBase.binaryOpOf(op), l, r) : null;
                case Pow -> safePower(l, r) ? Arithmetic.binary(GeneratorBase.binaryOpOf(op), l, r) : null;
                case LShift -> safeLshift(l, r) ? Arithmetic.binary(GeneratorBase.binaryOpOf(op), l, r) : null;
                case Mod -> l instanceof PyStr || l instanceof PyBytes ? null
                    : Arithmetic.binary(GeneratorBase.binaryOpOf(op), l, r);
                default -> Arithmetic.binary(GeneratorBase.binaryOpOf(op), l, r);
            };
            return result != null && plain(result) ? result : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Object subscript(Object value, Object index) {
        if (!plain(value) || !plain(index)) return null;
        try {
            Object result = Ops.getItem(value, index);
            return plain(result) ? result : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A value of a constant's own type (no subclass instances). */
    private static boolean plain(Object v) {
        if (v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof Boolean) return true;
        if (v instanceof PyStr s) return s.type == taipan.runtime.BuiltinTypes.STR;
        if (v instanceof PyBytes b) return b.type == taipan.runtime.BuiltinTypes.BYTES;
        if (v instanceof PyComplex c) return c.type == taipan.runtime.BuiltinTypes.COMPLEX;
        if (v instanceof PyTuple t) {
            if (t.type != taipan.runtime.BuiltinTypes.TUPLE) return false;
            for (Object o : t.items) if (!plain(o) && o != taipan.runtime.Py.None && o != taipan.runtime.Py.Ellipsis) return false;
            return true;
        }
        return false;
    }

    private static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }

    private static BigInteger big(Object v) {
        if (v instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        return v instanceof BigInteger bi ? bi : BigInteger.valueOf((Long) v);
    }

    private static boolean safeMultiply(Object v, Object w) {
        if (isInt(v) && isInt(w)) {
            BigInteger a = big(v);
            BigInteger b = big(w);
            return a.signum() == 0 || b.signum() == 0 || a.bitLength() + b.bitLength() <= MAX_INT_SIZE;
        }
        if (isInt(v) && sized(w) >= 0) return safeRepeat(w, big(v));
        if (isInt(w) && sized(v) >= 0) return safeRepeat(v, big(w));
        return true;
    }

    private static long sized(Object v) {
        if (v instanceof PyTuple t) return t.items.length;
        if (v instanceof PyStr s) return s.codePointLength();
        if (v instanceof PyBytes b) return b.bytes.length;
        return -1;
    }

    private static boolean safeRepeat(Object seq, BigInteger n) {
        long size = sized(seq);
        if (size == 0 || n.signum() <= 0) return true;
        if (n.bitLength() > 62) return false;
        long count = n.longValue();
        if (seq instanceof PyTuple t) {
            if (count > MAX_COLLECTION_SIZE / size) return false;
            long items = 0;
            for (Object o : t.items) items += o instanceof PyTuple inner ? inner.items.length + 1 : 1;
            return count * items <= MAX_TOTAL_ITEMS;
        }
        return count <= MAX_STR_SIZE / size;
    }

    private static boolean safePower(Object v, Object w) {
        if (isInt(v) && isInt(w) && big(v).signum() != 0 && big(w).signum() > 0) {
            BigInteger e = big(w);
            if (e.bitLength() > 62) return false;
            return big(v).abs().bitLength() <= MAX_INT_SIZE / e.longValue();
        }
        return true;
    }

    private static boolean safeLshift(Object v, Object w) {
        if (isInt(v) && isInt(w) && big(v).signum() != 0 && big(w).signum() >= 0) {
            BigInteger s = big(w);
            if (s.bitLength() > 31) return false;
            long shift = s.longValue();
            return shift <= MAX_INT_SIZE && big(v).abs().bitLength() <= MAX_INT_SIZE - shift;
        }
        return true;
    }
}
