package taipan.interpreter;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.PyDict;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;

/**
 * The {@code _testinternalcapi} module, which CPython's test suite reads facts
 * about the running interpreter from. Taipan offers the two facts it has:
 * {@code get_config()} with the settings that exist here ({@code code_debug_ranges}:
 * code objects keep column positions; {@code use_frozen_modules}: none), and
 * {@code get_recursion_depth()}, the number of Python frames on the calling thread.
 */
final class TestInternalCapiModule {
    private TestInternalCapiModule() {}

    static PyModule create() {
        PyModule m = new PyModule("_testinternalcapi");
        m.dict.put(PyStr.of("get_config"), BuiltinFunction.of("_testinternalcapi", "get_config", "", (s, a) -> {
            PyDict config = new PyDict();
            config.put(PyStr.of("code_debug_ranges"), 1L);
            config.put(PyStr.of("use_frozen_modules"), 0L);
            return config;
        }));
        m.dict.put(PyStr.of("get_recursion_depth"), BuiltinFunction.of("_testinternalcapi", "get_recursion_depth", "",
            (s, a) -> (long) ThreadState.current().depth));
        return m;
    }
}
