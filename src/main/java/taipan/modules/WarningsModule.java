package taipan.modules;

import taipan.interpreter.PythonRuntime;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.Ops;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;

/**
 * The {@code _warnings} module. CPython's is a C copy of the warnings
 * machinery; Taipan's offers {@code warn} and {@code warn_explicit} by calling
 * the pure-Python {@code warnings} module, which holds the only filter state.
 * Because it does not offer {@code filters}, {@code warnings} itself keeps its
 * Python implementation. It exists as a built-in module because
 * {@code importlib._bootstrap} requires one by that name.
 */
public final class WarningsModule {
    private WarningsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_warnings");
        fn(m, "warn", "message, category=None, stacklevel=1, source=None", (s, a) ->
            Ops.call(warnings("warn"), a[0], a[1], a[2], a[3]));
        fn(m, "warn_explicit", "message, category, filename, lineno, module=None, registry=None, "
            + "module_globals=None, source=None", (s, a) ->
            Ops.call(warnings("warn_explicit"), a));
        return m;
    }

    private static Object warnings(String function) {
        return Ops.getAttr(PythonRuntime.importModule("warnings"), function);
    }

    private static void fn(PyModule m, String name, String spec, BuiltinFunction.Body body) {
        m.dict.put(PyStr.of(name), BuiltinFunction.of("_warnings", name, spec, body));
    }
}
