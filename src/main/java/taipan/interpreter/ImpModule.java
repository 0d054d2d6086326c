package taipan.interpreter;

import java.util.concurrent.locks.ReentrantLock;
import taipan.bytecode.CodeObject;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;

/**
 * The {@code _imp} module: what {@code importlib._bootstrap} needs from the
 * runtime. Built-in modules are the modules written in Java (plus
 * {@code sys} and {@code builtins}); there are no frozen modules and no
 * extension modules (C extensions cannot load on the JVM, so
 * {@code extension_suffixes()} is empty and importlib never tries). Compiled
 * bytecode caching is Taipan's own ({@link CodeCache}), never hash-based, so
 * {@code check_hash_based_pycs} is "never".
 */
final class ImpModule {
    private ImpModule() {}

    private static final ReentrantLock IMPORT_LOCK = new ReentrantLock();

    static PyModule create() {
        PyModule m = new PyModule("_imp");
        m.dict.put(PyStr.of("check_hash_based_pycs"), PyStr.of("never"));
        fn(m, "lock_held", "", (s, a) -> IMPORT_LOCK.isHeldByCurrentThread());
        fn(m, "acquire_lock", "", (s, a) -> {
            IMPORT_LOCK.lock();
            return Py.None;
        });
        fn(m, "release_lock", "", (s, a) -> {
            if (!IMPORT_LOCK.isHeldByCurrentThread()) {
                throw Exceptions.error(Exceptions.RUNTIME_ERROR, "not holding the import lock");
            }
            IMPORT_LOCK.unlock();
            return Py.None;
        });
        fn(m, "is_builtin", "name, /", (s, a) -> {
            String name = str(a[0]);
            if (name.equals("sys") || name.equals("builtins")) {
                return -1L;
            }
            return JavaModules.isJavaModule(name) ? 1L : 0L;
        });
        fn(m, "create_builtin", "spec, /", (s, a) -> createBuiltin(str(Ops.getAttr(a[0], "name"))));
        fn(m, "exec_builtin", "mod, /", (s, a) -> 0L);
        fn(m, "is_frozen", "name, /", (s, a) -> Boolean.FALSE);
        fn(m, "find_frozen", "name, /, *, withdata=False", (s, a) -> Py.None);
        fn(m, "extension_suffixes", "", (s, a) -> new PyList());
        // test.support switches frozen modules on and off with this; Taipan has none, so there is nothing to switch
        fn(m, "_override_frozen_modules_for_tests", "override, /", (s, a) -> Py.None);
        fn(m, "_fix_co_filename", "code, path, /", (s, a) -> {
            if (!(a[0] instanceof CodeObject code)) {
                throw Exceptions.typeError("_fix_co_filename() argument 1 must be code, not " + Py.typeOf(a[0]).name());
            }
            fixFilename(code, code.filename, str(a[1]));
            return Py.None;
        });
        return m;
    }

    private static Object createBuiltin(String name) {
        PythonRuntime rt = PythonRuntime.current();
        if (name.equals("sys")) {
            return rt.sys;
        }
        if (name.equals("builtins")) {
            return rt.builtinsModule;
        }
        PyModule m = JavaModules.create(name);
        if (m == null) {
            throw Exceptions.error(Exceptions.IMPORT_ERROR, "no built-in module named " + name);
        }
        return m;
    }

    /** Renames {@code code} and the code objects nested in it from {@code old} to {@code path}. */
    private static void fixFilename(CodeObject code, String old, String path) {
        if (!code.filename.equals(old)) {
            return;
        }
        code.filename = path;
        for (Object c : code.consts) {
            if (c instanceof CodeObject nested) {
                fixFilename(nested, old, path);
            }
        }
    }

    private static String str(Object o) {
        if (!(o instanceof PyStr s)) {
            throw Exceptions.typeError("expected str, not " + Py.typeOf(o).name());
        }
        return s.value();
    }

    private static void fn(PyModule m, String name, String spec, BuiltinFunction.Body body) {
        m.dict.put(PyStr.of(name), BuiltinFunction.of("_imp", name, spec, body));
    }
}
