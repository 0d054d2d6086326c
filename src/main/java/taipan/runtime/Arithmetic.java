package taipan.runtime;

/**
 * The binary and unary operators on any values: {@code a + b}, {@code a += b},
 * {@code -a}, ... with Python's dispatch rules: the in-place method first for
 * augmented assignment, the right operand's reflected method first when its
 * type is a subclass that overrides it, NotImplemented to pass, and CPython's
 * TypeError messages when nothing applies. Small-int and float operands take a
 * direct path (overflow-checked); everything else goes through the types'
 * special methods (the int and float ones included, for big ints and mixed cases).
 */
public final class Arithmetic {
    private Arithmetic() {}

    /** {@code a op b}. Small on purpose: the int case is inlined into callers; the rest is {@link #binarySlow}. */
    public static Object binary(BinaryOp op, Object a, Object b) {
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                Object r = longFast(op.plain, x, y);
                if (r != null) {
                    return r;
                }
            }
        } else if (a instanceof Double x && b instanceof Double y) {
            Object r = doubleFast(op.plain, x, y);
            if (r != null) {
                return r;
            }
        }
        return binarySlow(op, a, b);
    }

    private static Object binarySlow(BinaryOp op, Object a, Object b) {
        if (a instanceof Double x) {
            if (b instanceof Long y) {
                Object r = doubleFast(op.plain, x, (double) y);
                if (r != null) {
                    return r;
                }
            }
        } else if (a instanceof Long x && b instanceof Double y) {
            Object r = doubleFast(op.plain, (double) x, y);
            if (r != null) {
                return r;
            }
        }
        if (isPlainInt(a) && isPlainInt(b)) {
            Object r = bigFast(op.plain, a, b);
            if (r != null) {
                return r;
            }
        }
        if (op.isInplace()) {
            Object im = Py.typeOf(a).lookup(op.inplaceSlot);
            if (im != null) {
                Object r = Ops.invoke(im, a, b);
                if (r != Py.NotImplemented) {
                    return r;
                }
            }
        }
        Object r = binaryNoError(op.plain, a, b);
        if (r != Py.NotImplemented) {
            return r;
        }
        throw unsupported(op, a, b);
    }

    private static Object longFast(BinaryOp op, long x, long y) {
        switch (op) {
            case ADD: {
                long r = x + y;
                return ((x ^ r) & (y ^ r)) < 0 ? null : (Object) r;
            }
            case SUB: {
                long r = x - y;
                return ((x ^ y) & (x ^ r)) < 0 ? null : (Object) r;
            }
            case MUL: {
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? (Object) lo : null;
            }
            case FLOORDIV:
                if (y == 0 || (x == Long.MIN_VALUE && y == -1)) {
                    return null;
                }
                return Math.floorDiv(x, y);
            case MOD:
                if (y == 0) {
                    return null;
                }
                return Math.floorMod(x, y);
            case AND:
                return x & y;
            case OR:
                return x | y;
            case XOR:
                return x ^ y;
            case RSHIFT:
                return y < 0 ? null : (Object) (x >> Math.min(y, 63));
            case LSHIFT: {
                if (y < 0 || y > 62) {
                    return null;
                }
                long r = x << y;
                return (r >> y) == x ? (Object) r : null;
            }
            case TRUEDIV:
                if (y == 0 || Math.abs(x) > (1L << 53) || Math.abs(y) > (1L << 53)) {
                    return null;
                }
                return (double) x / (double) y;
            default:
                return null;
        }
    }

    private static boolean isPlainInt(Object o) {
        return o instanceof Long || o instanceof java.math.BigInteger;
    }

    /** Two plain ints, one of them beyond the long range (or a long case longFast left): int's own arithmetic directly. */
    private static Object bigFast(BinaryOp op, Object x, Object y) {
        switch (op) {
            case ADD: return IntArith.add(x, y);
            case SUB: return IntArith.sub(x, y);
            case MUL: return IntArith.mul(x, y);
            case AND: return IntArith.and(x, y);
            case OR: return IntArith.or(x, y);
            case XOR: return IntArith.xor(x, y);
            case RSHIFT: return IntArith.rshift(x, y);
            case LSHIFT: return IntArith.lshift(x, y);
            case FLOORDIV: return IntArith.floorDiv(x, y);
            case MOD: return IntArith.mod(x, y);
            default: return null;
        }
    }

    private static Object doubleFast(BinaryOp op, double x, double y) {
        switch (op) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case TRUEDIV: return y == 0.0 ? null : (Object) (x / y);
            case POW: return FloatMethods.pow(x, y);
            default: return null;
        }
    }

    /** {@code a op b} for a plain operator, or NotImplemented when neither operand supports it. */
    public static Object binaryNoError(BinaryOp op, Object a, Object b) {
        PyType ta = Py.typeOf(a);
        PyType tb = Py.typeOf(b);
        Object slotA = ta.lookup(op.methodSlot);
        Object slotB = ta == tb ? null : tb.lookup(op.reflectedSlot);
        if (slotB != null && tb.isSubtypeOf(ta) && slotB != ta.lookup(op.reflectedSlot)) {
            Object r = Ops.invoke(slotB, b, a);
            if (r != Py.NotImplemented) {
                return r;
            }
            slotB = null;
        }
        if (slotA != null) {
            Object r = Ops.invoke(slotA, a, b);
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        if (slotB != null) {
            return Ops.invoke(slotB, b, a);
        }
        return Py.NotImplemented;
    }

    private static PyException unsupported(BinaryOp op, Object a, Object b) {
        String ta = Py.typeOf(a).name();
        String tb = Py.typeOf(b).name();
        if (op.plain == BinaryOp.ADD && isConcatenable(a)) {
            if (a instanceof PyBytes || a instanceof PyByteArray) {
                return Exceptions.typeError("can't concat " + tb + " to " + ta);
            }
            String what = a instanceof PyStr ? "str" : a instanceof PyList ? "list" : "tuple";
            return Exceptions.typeError("can only concatenate " + what + " (not \"" + tb + "\") to " + what);
        }
        if (op.plain == BinaryOp.MUL && (isConcatenable(a) || isConcatenable(b))) {
            Object other = isConcatenable(a) ? b : a;
            return Exceptions.typeError("can't multiply sequence by non-int of type '" + Py.typeOf(other).name() + "'");
        }
        if (op.plain == BinaryOp.POW && !op.isInplace()) {
            return Exceptions.typeError("unsupported operand type(s) for ** or pow(): '" + ta + "' and '" + tb + "'");
        }
        return Exceptions.typeError("unsupported operand type(s) for " + op.symbol + ": '" + ta + "' and '" + tb + "'");
    }

    private static boolean isConcatenable(Object o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes
            || o instanceof PyByteArray;
    }

    /** {@code pow(a, b, m)} with a modulus (m not None). */
    public static Object pow3(Object a, Object b, Object m) {
        Object slot = Py.typeOf(a).lookup("__pow__");
        if (slot != null) {
            Object r = Ops.invoke(slot, a, b, m);
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        throw Exceptions.typeError("unsupported operand type(s) for ** or pow(): '" + Py.typeOf(a).name() + "', '"
            + Py.typeOf(b).name() + "', '" + Py.typeOf(m).name() + "'");
    }

    /** {@code -a}. */
    public static Object negative(Object a) {
        if (a instanceof Long x && x != Long.MIN_VALUE) {
            return -x;
        }
        if (a instanceof Double d) {
            return -d;
        }
        return unary(a, "__neg__", "-");
    }

    /** {@code +a}. */
    public static Object positive(Object a) {
        if (a instanceof Long || a instanceof Double) {
            return a;
        }
        return unary(a, "__pos__", "+");
    }

    /** {@code ~a}. */
    public static Object invert(Object a) {
        if (a instanceof Long x) {
            return ~x;
        }
        return unary(a, "__invert__", "~");
    }

    private static Object unary(Object a, String method, String symbol) {
        Object slot = Py.typeOf(a).lookup(method);
        if (slot == null) {
            throw Exceptions.typeError("bad operand type for unary " + symbol + ": '" + Py.typeOf(a).name() + "'");
        }
        return Ops.invoke(slot, a);
    }
}
