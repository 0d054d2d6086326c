package taipan.modules;

import taipan.runtime.BufferProtocol;
import taipan.runtime.Exceptions;
import taipan.runtime.Py;

/**
 * The buffer protocol ({@link BufferProtocol}) as the Java modules' functions see their
 * arguments: any exporter (bytes, bytearray, memoryview, array.array, ...) read as a byte array,
 * and the writable ones written in place. The TypeErrors are CPython's for objects that export
 * no buffer or a read-only one.
 */
final class Buffers {
    private Buffers() {}

    /**
     * The bytes of a bytes-like object, exactly its length; the array of a bytes object
     * itself (callers must not modify it), a copy otherwise. TypeError "a bytes-like object
     * is required, not 'T'" for other objects.
     */
    static byte[] read(Object o) {
        byte[] b = readOrNull(o);
        if (b == null) {
            throw Exceptions.typeError("a bytes-like object is required, not '" + Py.typeOf(o).name() + "'");
        }
        return b;
    }

    /** Like {@link #read} but null for an object that exports no buffer. */
    static byte[] readOrNull(Object o) {
        return BufferProtocol.simpleBytesOrNull(o);
    }

    /** A writable buffer: {@code length} bytes of {@code array} from index {@code offset}. */
    record Writable(byte[] array, int offset, int length) {}

    /**
     * The storage of a writable buffer, for writing in place; TypeError "argument must be
     * read-write bytes-like object, not T" for read-only or non-buffer objects. The array is
     * only valid until the object is next resized.
     */
    static Writable writable(Object o) {
        BufferProtocol.Buffer b = BufferProtocol.acquire(o);
        if (b != null) {
            b.release();
            if (!b.readonly && b.isCContiguous()) {
                return new Writable(b.array, b.offset, b.length);
            }
        }
        throw Exceptions.typeError("argument must be read-write bytes-like object, not " + Py.typeOf(o).name());
    }
}
