package taipan.runtime;

import java.util.IdentityHashMap;

/**
 * The per-thread guard of container reprs, like CPython's Py_ReprEnter/Py_ReprLeave
 * with the recursion check of PyObject_Repr: a container that contains itself shows
 * as {@code [[...]]}, {@code {...}}, and containers nested deeper than the recursion
 * limit (counting the Python frames under way) raise RecursionError. Use:
 * {@code if (!ReprGuard.enter(self)) return "[...]"; try { ... } finally { ReprGuard.exit(self); }}.
 */
public final class ReprGuard {
    private ReprGuard() {}

    /** The calling thread's Python frame depth and the recursion limit, as the interpreter knows them. */
    public interface Depth {
        int frames();

        int limit();
    }

    private static final class Active {
        final IdentityHashMap<Object, Boolean> objects = new IdentityHashMap<>();
        int nesting;
    }

    private static final ThreadLocal<Active> ACTIVE = ThreadLocal.withInitial(Active::new);
    private static volatile Depth depth;

    /** How the runtime learns the Python frame depth: set by the interpreter. */
    public static void setDepth(Depth d) {
        depth = d;
    }

    /**
     * Marks {@code o} as being repr'd; false when it already is (recursive repr). RecursionError when
     * the reprs under way and the Python frames together pass the recursion limit.
     */
    public static boolean enter(Object o) {
        Active a = ACTIVE.get();
        Depth d = depth;
        if (d != null && d.frames() + a.nesting + 1 > d.limit()) {
            throw Exceptions.error(Exceptions.RECURSION_ERROR,
                "maximum recursion depth exceeded while getting the repr of an object");
        }
        if (a.objects.put(o, Boolean.TRUE) != null) {
            return false;
        }
        a.nesting++;
        return true;
    }

    /** Ends the repr of {@code o} begun by a successful {@link #enter}. */
    public static void exit(Object o) {
        Active a = ACTIVE.get();
        a.objects.remove(o);
        a.nesting--;
    }
}
