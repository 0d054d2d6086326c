package taipan.runtime;

/**
 * A Python bytes object. Contract: {@link #bytes} is owned by the object and never
 * changed; instances of bytes subclasses are PyBytes objects whose {@link #type}
 * is the subclass.
 */
public final class PyBytes extends PyObject {
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    public final byte[] bytes;

    public PyBytes(byte[] bytes) {
        super(BuiltinTypes.BYTES);
        this.bytes = bytes;
    }

    public PyBytes(PyType type, byte[] bytes) {
        super(type);
        this.bytes = bytes;
    }
}
