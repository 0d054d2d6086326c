package taipan.runtime;

/** An instance of a Python class whose only built-in base is {@code object}. */
public final class PyInstance extends PyObject {
    private static final Object[] NO_SLOTS = new Object[0];

    public PyInstance(PyType type) {
        super(type);
        shape = Shape.EMPTY;
        slots = NO_SLOTS;
    }
}
