package taipan.modules;

import java.util.ArrayList;
import java.util.List;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * The {@code atexit} module: functions registered to run when the program ends
 * normally (last registered first). The runtime calls {@link #runExitFunctions}
 * after the main module finishes or raises SystemExit.
 */
public final class AtexitModule {
    private AtexitModule() {}

    private record Callback(Object function, Object[] args, String[] kwnames) {}

    private static final java.util.Map<PyModule, List<Callback>> CALLBACKS =
        java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    public static PyModule create() {
        PyModule m = new PyModule("atexit");
        List<Callback> callbacks = new ArrayList<>();
        CALLBACKS.put(m, callbacks);
        m.dict.put(PyStr.of("register"), BuiltinFunction.of("atexit", "register", "func, *args, **kwargs", (s, a) -> {
            if (!(a[0] instanceof taipan.runtime.PyCallable) && Py.typeOf(a[0]).lookup("__call__") == null) {
                throw Exceptions.typeError("the first argument must be callable");
            }
            taipan.runtime.CallArgs.Packed p = taipan.runtime.CallArgs.pack(((PyTuple) a[1]).items, (PyDict) a[2]);
            callbacks.add(new Callback(a[0], p.args(), p.kwnames()));
            return a[0];
        }));
        m.dict.put(PyStr.of("unregister"), BuiltinFunction.of("atexit", "unregister", "func, /", (s, a) -> {
            callbacks.removeIf(c -> Ops.eq(c.function, a[0]));
            return Py.None;
        }));
        m.dict.put(PyStr.of("_clear"), BuiltinFunction.of("atexit", "_clear", "", (s, a) -> {
            callbacks.clear();
            return Py.None;
        }));
        m.dict.put(PyStr.of("_ncallbacks"), BuiltinFunction.of("atexit", "_ncallbacks", "", (s, a) -> (long) callbacks.size()));
        m.dict.put(PyStr.of("_run_exitfuncs"), BuiltinFunction.of("atexit", "_run_exitfuncs", "", (s, a) -> {
            run(callbacks, null);
            return Py.None;
        }));
        return m;
    }

    /** Runs and clears the callbacks registered with {@code module}, reporting their errors through {@code report}. */
    public static void runExitFunctions(PyModule module, java.util.function.BiConsumer<Object, PyException> report) {
        List<Callback> callbacks = CALLBACKS.get(module);
        if (callbacks != null) {
            run(callbacks, report);
        }
    }

    private static void run(List<Callback> callbacks, java.util.function.BiConsumer<Object, PyException> report) {
        while (!callbacks.isEmpty()) {
            Callback c = callbacks.remove(callbacks.size() - 1);
            try {
                Ops.call(c.function, c.args, c.kwnames);
            } catch (PyException e) {
                if (report == null) {
                    throw e;
                }
                report.accept(c.function, e);
            }
        }
    }
}
