package taipan.runtime;

/**
 * A Python bytearray: the first {@link #size} bytes of {@link #bytes}. Instances
 * of bytearray subclasses are PyByteArray objects whose {@link #type} is the subclass.
 */
public final class PyByteArray extends PyObject {
    public byte[] bytes;
    public int size;

    public PyByteArray(PyType type) {
        super(type);
        this.bytes = new byte[0];
    }

    public PyByteArray(byte[] bytes) {
        super(BuiltinTypes.BYTEARRAY);
        this.bytes = bytes;
        this.size = bytes.length;
    }
}
