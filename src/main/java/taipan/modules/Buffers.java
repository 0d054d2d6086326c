package taipan.modules;

import java.util.Arrays;
import taipan.runtime.Exceptions;
import taipan.runtime.Py;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyBytes;

/**
 * The buffer protocol as the Java modules see it: the objects that export bytes
 * (bytes, bytearray, memoryview, array.array), read as a byte array, and the writable
 * ones (bytearray, a memoryview of a bytearray, array.array) written in place.
 * The TypeErrors are CPython's for objects that export no buffer or a read-only one.
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
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof PyByteArray ba) {
            return Arrays.copyOf(ba.bytes, ba.size);
        }
        if (o instanceof MemoryView.View v) {
            return v.bytes();
        }
        if (o instanceof ArrayModule.PyArray a) {
            return a.exportBytes();
        }
        return null;
    }

    /** A writable buffer: {@code length} bytes of {@code array} from index 0. */
    record Writable(byte[] array, int length) {}

    /**
     * The storage of a writable buffer, for writing in place; TypeError "argument must be
     * read-write bytes-like object, not T" for read-only or non-buffer objects. The array is
     * only valid until the object is next resized.
     */
    static Writable writable(Object o) {
        if (o instanceof MemoryView.View v && !v.released && v.obj instanceof PyByteArray) {
            o = v.obj;
        }
        if (o instanceof PyByteArray ba) {
            return new Writable(ba.bytes, ba.size);
        }
        if (o instanceof ArrayModule.PyArray a) {
            return new Writable(a.data, a.nbytes);
        }
        if (o instanceof MemoryView.View v) {
            v.bytes();
        }
        throw Exceptions.typeError("argument must be read-write bytes-like object, not " + Py.typeOf(o).name());
    }
}
