package taipan.modules;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.Py;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;

/**
 * The {@code gc} module over the JVM's collector: {@code collect()} asks for a full collection
 * and then runs the callbacks of weak references whose referents went away (it returns 0: the
 * JVM does not count unreachable objects). {@code enable}/{@code disable} only record the flag
 * {@code isenabled} reports; the JVM always collects.
 */
public final class GcModule {
    private GcModule() {}

    private static volatile boolean enabled = true;

    public static PyModule create() {
        PyModule m = new PyModule("gc");
        fn(m, "collect", "generation=2", (s, a) -> {
            WeakrefModule.collect();
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
        return m;
    }

    private static void fn(PyModule m, String name, String spec, BuiltinFunction.Body body) {
        m.dict.put(PyStr.of(name), BuiltinFunction.of("gc", name, spec, body));
    }
}
