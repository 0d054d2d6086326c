package taipan.runtime;

/**
 * The base of every Python object Taipan represents with a class of its own.
 * Python ints, floats and bools are Java's {@link Long}/{@link java.math.BigInteger},
 * {@link Double} and {@link Boolean} and do not extend this class; every other
 * value does (see {@link Py#typeOf}).
 *
 * <p>Contract: {@link #type} is the object's Python class (it can change through
 * {@code __class__} assignment on instances of compatible user classes).
 * Instance attributes live in {@link #attributes}: a {@link Shape} (hidden
 * class) names the slots of {@link #slots}; an object whose {@code __dict__}
 * has been asked for keeps its attributes in that dict instead
 * ({@link Shape#DICT}). Built-in objects without attributes leave both null.
 */
public class PyObject {
    /** The Python class of this object. */
    public PyType type;
    /** The layout of {@link #slots}, or null while the object has no attributes. */
    public Shape shape;
    /** Attribute values in the order {@link #shape} assigns, or the one {@link PyDict} in DICT mode. */
    public Object[] slots;

    protected PyObject(PyType type) {
        this.type = type;
    }
}
