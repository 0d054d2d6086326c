package taipan.runtime;

/**
 * A Python module: a name and a namespace dict (its globals). A new module's
 * dict starts as CPython's does: {@code __name__}, {@code __doc__},
 * {@code __package__}, {@code __loader__} and {@code __spec__}, the last three
 * None until an importer fills them in.
 */
public final class PyModule extends PyObject {
    public final PyDict dict;

    public PyModule(PyType type) {
        super(type);
        this.dict = new PyDict();
    }

    public PyModule(String name) {
        this(name, new PyDict());
    }

    /** A module whose namespace is {@code dict} (shared, not copied). */
    public PyModule(String name, PyDict dict) {
        super(BuiltinTypes.MODULE);
        this.dict = dict;
        dict.put(PyStr.of("__name__"), PyStr.of(name));
        dict.put(PyStr.of("__doc__"), Py.None);
        putIfAbsent(dict, "__package__");
        putIfAbsent(dict, "__loader__");
        putIfAbsent(dict, "__spec__");
    }

    private static void putIfAbsent(PyDict dict, String key) {
        if (dict.get(PyStr.of(key)) == null) {
            dict.put(PyStr.of(key), Py.None);
        }
    }

    /** The module's {@code __name__}, or "?" when it has none. */
    public String name() {
        return dict.get(PyStr.of("__name__")) instanceof PyStr s ? s.value() : "?";
    }
}
