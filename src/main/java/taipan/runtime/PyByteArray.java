package taipan.runtime;

/**
 * A Python bytearray: the first {@link #size} bytes of {@link #bytes}. Instances
 * of bytearray subclasses are PyByteArray objects whose {@link #type} is the subclass.
 * While {@link #exports} is positive (buffers exported through {@link BufferProtocol}), the
 * array must not be replaced nor the size changed.
 */
public final class PyByteArray extends PyObject {
    public byte[] bytes;
    public int size;
    /** The number of live buffer exports (memoryviews); resizing raises BufferError while positive. */
    public int exports;

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
