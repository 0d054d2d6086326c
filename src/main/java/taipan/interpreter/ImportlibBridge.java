package taipan.interpreter;

import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;

/**
 * Joins Taipan's Java import system to CPython's {@code importlib} once a
 * program imports it. Until then imports are Java only and modules carry
 * {@code __spec__ = None}. On installation this does what CPython's start-up
 * does: {@code sys.meta_path} becomes [BuiltinImporter, FrozenImporter,
 * PathFinder], {@code sys.path_hooks} gets the FileFinder hook, the
 * {@code _frozen_importlib*} aliases appear in {@code sys.modules}, and every
 * module imported so far gets its spec and loader. Afterwards the Java import
 * system keeps doing the work while those finders are untouched (it gives each
 * new module importlib's spec); as soon as a program changes
 * {@code sys.meta_path} or {@code sys.path_hooks}, imports go through
 * importlib's own {@code _find_spec} and {@code _load}. importlib's magic number
 * for .pyc files becomes this build's ({@link CodeCache}), so its loaders and the
 * Java import system read and write the same cache files.
 */
final class ImportlibBridge {
    private final Object bootstrap;
    private final Object external;
    private final Object builtinImporter;
    private final Object frozenImporter;
    private final Object pathFinder;
    private final Object fileFinderHook;

    private ImportlibBridge(Object bootstrap, Object external, Object fileFinderHook) {
        this.bootstrap = bootstrap;
        this.external = external;
        this.builtinImporter = Ops.getAttr(bootstrap, "BuiltinImporter");
        this.frozenImporter = Ops.getAttr(bootstrap, "FrozenImporter");
        this.pathFinder = Ops.getAttr(external, "PathFinder");
        this.fileFinderHook = fileFinderHook;
    }

    /** The current runtime's bridge, or null while the program has not imported importlib. */
    static ImportlibBridge current() {
        return PythonRuntime.current().importlib;
    }

    /** Called when the package {@code importlib} has finished importing. */
    static void install() {
        PythonRuntime rt = PythonRuntime.current();
        PyDict modules = Sys.modules();
        Object bootstrap = modules.get(PyStr.of("importlib._bootstrap"));
        Object external = modules.get(PyStr.of("importlib._bootstrap_external"));
        if (rt.importlib != null || bootstrap == null || external == null) {
            return;
        }
        // importlib's .pyc files are CodeCache's: this build's magic number, marshal holding Taipan's code
        long magic = CodeCache.magicNumber() & 0xFFFFFFFFL;
        Ops.setAttr(external, "MAGIC_NUMBER", new taipan.runtime.PyBytes(new byte[] {(byte) magic, (byte) (magic >> 8),
            (byte) (magic >> 16), (byte) (magic >> 24)}));
        Ops.setAttr(external, "_RAW_MAGIC_NUMBER", magic);
        modules.put(PyStr.of("_frozen_importlib"), bootstrap);
        modules.put(PyStr.of("_frozen_importlib_external"), external);
        Ops.call(Ops.getAttr(external, "_install"), bootstrap);
        PyList hooks = (PyList) Sys.get("path_hooks");
        ImportlibBridge bridge = new ImportlibBridge(bootstrap, external, hooks.get(hooks.size - 1));
        PyList metaPath = (PyList) Sys.get("meta_path");
        Ops.call(Ops.getAttr(metaPath, "insert"), 0L, bridge.frozenImporter);
        Ops.call(Ops.getAttr(metaPath, "insert"), 0L, bridge.builtinImporter);
        rt.importlib = bridge;
        bridge.initExistingModules(modules);
    }

    /** Whether imports may stay in Java: the finders and path hooks are still the ones installed. */
    boolean hasDefaultFinders() {
        return Sys.get("meta_path") instanceof PyList meta && meta.size == 3 && meta.get(0) == builtinImporter
            && meta.get(1) == frozenImporter && meta.get(2) == pathFinder
            && Sys.get("path_hooks") instanceof PyList hooks && hooks.size == 1 && hooks.get(0) == fileFinderHook;
    }

    /** importlib's import of {@code fullname}: the finders on {@code sys.meta_path}, then the spec's loader. */
    Object findAndLoad(String fullname, Object path) {
        Object spec = Ops.call(Ops.getAttr(bootstrap, "_find_spec"), PyStr.of(fullname), path == null ? Py.None : path);
        if (spec == Py.None) {
            throw Imports.notFound(fullname, "No module named '" + fullname + "'");
        }
        return Ops.call(Ops.getAttr(bootstrap, "_load"), spec);
    }

    void initBuiltin(PyModule m, String name) {
        Object spec = Ops.call(Ops.getAttr(builtinImporter, "find_spec"), PyStr.of(name));
        if (spec != Py.None) {
            initAttributes(spec, m);
        }
    }

    void initSource(PyModule m, String name, String filename) {
        Object spec = Ops.call(Ops.getAttr(external, "spec_from_file_location"), PyStr.of(name), PyStr.of(filename));
        initAttributes(spec, m);
    }

    /** A namespace package gets importlib's {@code _NamespacePath}, which follows changes to its parent's path. */
    void initNamespace(PyModule m, String name) {
        Object dirs = m.dict.get(PyStr.of("__path__"));
        Object path = Ops.call(Ops.getAttr(external, "_NamespacePath"), PyStr.of(name), dirs,
            Ops.getAttr(pathFinder, "_get_spec"));
        Object spec = Ops.call(Ops.getAttr(bootstrap, "ModuleSpec"), new Object[] {PyStr.of(name), Py.None, Boolean.TRUE},
            new String[] {"is_package"});
        Ops.setAttr(spec, "submodule_search_locations", path);
        m.dict.put(PyStr.of("__path__"), path);
        initAttributes(spec, m);
    }

    /** CPython's module repr, which reads the spec and loader. */
    Object moduleRepr(PyModule m) {
        return Ops.call(Ops.getAttr(bootstrap, "_module_repr"), m);
    }

    private void initAttributes(Object spec, PyModule m) {
        Ops.call(Ops.getAttr(bootstrap, "_init_module_attrs"), spec, m);
    }

    private void initExistingModules(PyDict modules) {
        Object[] names = new Object[modules.size()];
        Object[] values = new Object[names.length];
        int n = 0;
        for (int i = 0; i < modules.entryLimit(); i++) {
            if (modules.keyAt(i) != null) {
                names[n] = modules.keyAt(i);
                values[n++] = modules.valueAt(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!(names[i] instanceof PyStr key) || !(values[i] instanceof PyModule m)
                || key.value().equals("__main__") || m.dict.get(PyStr.of("__spec__")) != Py.None) {
                continue;
            }
            String name = key.value();
            Object file = m.dict.get(PyStr.of("__file__"));
            if (JavaModules.isJavaModule(name) || name.equals("sys") || name.equals("builtins")) {
                initBuiltin(m, name);
            } else if (file instanceof PyStr f) {
                initSource(m, name, f.value());
            } else if (m.dict.get(PyStr.of("__path__")) instanceof PyList) {
                initNamespace(m, name);
            }
        }
    }
}
