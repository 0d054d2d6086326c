package taipan.runtime;

/**
 * Reading any iterable into a Java array, with a direct path for exact lists
 * and tuples (as CPython's PySequence_Fast).
 */
public final class Iterables {
    private Iterables() {}

    /** The items of {@code iterable}, in iteration order; a fresh array the caller may keep. */
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PyList l && l.type == BuiltinTypes.LIST) {
            return l.toArray();
        }
        if (iterable instanceof PyTuple t && t.type == BuiltinTypes.TUPLE) {
            return t.items.clone();
        }
        Object it = Ops.iter(iterable);
        Object[] out = new Object[8];
        int n = 0;
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = x;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
