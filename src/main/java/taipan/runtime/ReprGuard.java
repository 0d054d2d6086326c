package taipan.runtime;

import java.util.IdentityHashMap;

/**
 * The per-thread guard against infinite recursion in the repr of containers
 * that contain themselves ({@code [[...]]}, {@code {...}}), like CPython's
 * Py_ReprEnter/Py_ReprLeave. Use: {@code if (!ReprGuard.enter(self)) return "[...]";
 * try { ... } finally { ReprGuard.exit(self); }}.
 */
public final class ReprGuard {
    private ReprGuard() {}

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> ACTIVE =
        ThreadLocal.withInitial(IdentityHashMap::new);

    /** Marks {@code o} as being repr'd; false when it already is (recursive repr). */
    public static boolean enter(Object o) {
        return ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    /** Ends the repr of {@code o} begun by a successful {@link #enter}. */
    public static void exit(Object o) {
        ACTIVE.get().remove(o);
    }
}
