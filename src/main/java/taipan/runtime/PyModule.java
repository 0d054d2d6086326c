package taipan.runtime;

/** A Python module: a name and a namespace dict (its globals). */
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
    }

    /** The module's {@code __name__}, or "?" when it has none. */
    public String name() {
        return dict.get(PyStr.of("__name__")) instanceof PyStr s ? s.value() : "?";
    }
}
