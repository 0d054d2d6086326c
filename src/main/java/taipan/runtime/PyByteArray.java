package taipan.runtime;

/**
 * A Python bytearray: the first {@link #size} bytes of {@link #bytes}. Instances
 * of bytearray subclasses are PyByteArray objects whose {@link #type} is the subclass.
 * While buffers exported through {@link BufferProtocol} are live ({@link #exports}), the
 * array must not be replaced nor the size changed.
 */
public final class PyByteArray extends PyObject {
    public byte[] bytes;
    public int size;
    /** The live buffer exports (memoryviews), null before the first; no resizing while any is live. */
    public BufferProtocol.ExportTracker exports;

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
