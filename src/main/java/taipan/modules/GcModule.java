package taipan.modules;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyComplex;
import taipan.runtime.PyDict;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * The {@code gc} module over the JVM's collector. {@code collect()} calls the
 * {@code gc.callbacks} ("start" and "stop" phases, as CPython does), asks for a full
 * collection and then runs the callbacks of weak references whose referents went away;
 * it returns 0, because the JVM does not count unreachable objects, and
 * {@code gc.garbage} stays empty because the JVM also frees cycles with finalizers.
 * {@code enable}/{@code disable} and the thresholds are recorded for the functions that
 * report them; the JVM always collects on its own schedule. {@code is_tracked} answers
 * as CPython does for the objects it never tracks (atomic values), True otherwise.
 */
public final class GcModule {
    private GcModule() {}

    private static volatile boolean enabled = true;
    private static volatile long[] thresholds = {700, 10, 10};

    public static PyModule create() {
        PyModule m = new PyModule("gc");
        PyList callbacks = new PyList();
        m.dict.put(PyStr.of("callbacks"), callbacks);
        m.dict.put(PyStr.of("garbage"), new PyList());
        for (String[] c : new String[][] {{"DEBUG_STATS", "1"}, {"DEBUG_COLLECTABLE", "2"}, {"DEBUG_UNCOLLECTABLE", "4"},
                {"DEBUG_SAVEALL", "32"}, {"DEBUG_LEAK", "38"}}) {
            m.dict.put(PyStr.of(c[0]), Long.parseLong(c[1]));
        }
        fn(m, "collect", "generation=2", (s, a) -> {
            long generation = (Long) Ops.index(a[0]);
            if (generation < 0 || generation > 2) {
                throw Exceptions.valueError("invalid generation");
            }
            PyDict info = new PyDict();
            info.put(PyStr.of("generation"), generation);
            info.put(PyStr.of("collected"), 0L);
            info.put(PyStr.of("uncollectable"), 0L);
            runCallbacks(callbacks, "start", info);
            WeakrefModule.collect();
            runCallbacks(callbacks, "stop", info);
            return 0L;
        });
        fn(m, "enable", "", (s, a) -> {
            enabled = true;
            return Py.None;
        });
        fn(m, "disable", "", (s, a) -> {
            enabled = false;
            return Py.None;
        });
        fn(m, "isenabled", "", (s, a) -> enabled);
        fn(m, "get_threshold", "", (s, a) -> PyTuple.of(thresholds[0], thresholds[1], thresholds[2]));
        fn(m, "set_threshold", "threshold0, threshold1=?, threshold2=?, /", (s, a) -> {
            long[] t = thresholds.clone();
            for (int i = 0; i < 3; i++) {
                if (a[i] != null) {
                    t[i] = (Long) Ops.index(a[i]);
                }
            }
            thresholds = t;
            return Py.None;
        });
        fn(m, "get_count", "", (s, a) -> PyTuple.of(0L, 0L, 0L));
        fn(m, "is_tracked", "obj, /", (s, a) -> Py.bool(!atomic(a[0])));
        fn(m, "is_finalized", "obj, /", (s, a) -> Boolean.FALSE);
        fn(m, "freeze", "", (s, a) -> Py.None);
        fn(m, "unfreeze", "", (s, a) -> Py.None);
        fn(m, "get_freeze_count", "", (s, a) -> 0L);
        return m;
    }

    /** Objects CPython's collector never tracks: they cannot be part of a cycle. */
    private static boolean atomic(Object o) {
        return o == Py.None || o instanceof Long || o instanceof java.math.BigInteger || o instanceof Boolean
            || o instanceof Double || o instanceof PyStr || o instanceof PyBytes
            || o instanceof PyComplex && Py.typeOf(o) == BuiltinTypes.COMPLEX;
    }

    private static void runCallbacks(PyList callbacks, String phase, PyDict info) {
        for (Object cb : callbacks.toArray()) {
            Ops.call(cb, PyStr.of(phase), info);
        }
    }

    private static void fn(PyModule m, String name, String spec, BuiltinFunction.Body body) {
        m.dict.put(PyStr.of(name), BuiltinFunction.of("gc", name, spec, body));
    }
}
