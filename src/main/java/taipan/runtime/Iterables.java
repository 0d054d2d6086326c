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
        Object[] out = new Object[Math.max(1, Math.min(lengthHint(iterable, 8), 1 << 16))];
        int n = 0;
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = x;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * CPython's PyObject_LengthHint: {@code len(o)} when it has one, else its {@code __length_hint__()},
     * else {@code dflt} (also for NotImplemented and TypeErrors); other errors propagate.
     */
    public static int lengthHint(Object o, int dflt) {
        PyType t = Py.typeOf(o);
        if (t.lookup("__len__") != null) {
            try {
                return Ops.len(o);
            } catch (PyException e) {
                if (!e.matches(Exceptions.TYPE_ERROR)) {
                    throw e;
                }
            }
        }
        if (o instanceof PyIterator it && t.builtin) {
            int n = it.lengthHint();
            return n < 0 ? dflt : n;
        }
        Object r;
        try {
            r = Ops.callSpecial(o, "__length_hint__");
        } catch (PyException e) {
            if (e.matches(Exceptions.TYPE_ERROR)) {
                return dflt;
            }
            throw e;
        }
        if (r == null || r == Py.NotImplemented) {
            return dflt;
        }
        if (!Ops.isInt(r)) {
            throw Exceptions.typeError("__length_hint__ must be an integer, not " + Py.typeOf(r).name());
        }
        long n = TextOps.asSsize(r);
        if (n < 0) {
            throw Exceptions.valueError("__length_hint__() should return >= 0");
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }
}
