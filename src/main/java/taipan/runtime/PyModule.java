package taipan.runtime;

/** A Python module: a name and a namespace dict (its globals). */
public final class PyModule extends PyObject {
    public final PyDict dict;

    public PyModule(PyType type) {
        super(type);
        this.dict = new PyDict();
    }

    public PyModule(String name) {
        this(BuiltinTypes.MODULE);
        dict.put(PyStr.of("__name__"), PyStr.of(name));
        dict.put(PyStr.of("__doc__"), Py.None);
    }

    /** The module's {@code __name__}, or "?" when it has none. */
    public String name() {
        return dict.get(PyStr.of("__name__")) instanceof PyStr s ? s.value() : "?";
    }
}
