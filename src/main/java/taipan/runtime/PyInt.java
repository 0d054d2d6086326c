package taipan.runtime;

/**
 * An instance of a Python subclass of int (an IntEnum member, say). Plain ints
 * are Java {@link Long}s or {@link java.math.BigInteger}s and never PyInt.
 */
public final class PyInt extends PyObject {
    /** The int value: a Long, or a BigInteger outside the long range. */
    public final Object value;

    public PyInt(PyType type, Object value) {
        super(type);
        this.value = value;
    }
}
