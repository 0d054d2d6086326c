package taipan.runtime;

/** An instance of a Python subclass of float. Plain floats are Java {@link Double}s. */
public final class PyFloat extends PyObject {
    public final double value;

    public PyFloat(PyType type, double value) {
        super(type);
        this.value = value;
    }
}
