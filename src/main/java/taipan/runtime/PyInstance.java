package taipan.runtime;

/** An instance of a Python class whose only built-in base is {@code object}. */
public final class PyInstance extends PyObject {
    public PyInstance(PyType type) {
        super(type);
    }
}
