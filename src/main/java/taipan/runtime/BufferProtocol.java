package taipan.runtime;

/**
 * The buffer protocol: objects that export their memory as a {@link Buffer} (bytes, bytearray,
 * and every object implementing {@link Exporter}: memoryview, the export of
 * {@code BytesIO.getbuffer()}, array.array). It lives in taipan.runtime, not taipan.modules,
 * because the built-in types here (bytes(), bytearray(), join, extend, int.from_bytes,
 * str(b, encoding)) must accept any exporter while the exporters themselves live in modules;
 * taipan.runtime never depends on taipan.modules.
 *
 * <p>Contract for exporters: while an export is held (between {@link Exporter#getBuffer} and
 * {@link Buffer#release}, or until the Buffer is unreachable) the exported array is never replaced,
 * so resizing operations raise {@link #resizeError()} (see {@link ExportTracker}); item writes
 * through the buffer are seen by the exporter.
 */
public final class BufferProtocol {
    private BufferProtocol() {}

    /** An object that exports a buffer. */
    public interface Exporter {
        /**
         * Exports this object's memory (one export, to be ended by {@link Buffer#release}).
         * Raises (ValueError, BufferError) when the object cannot export now, e.g. a released view.
         */
        Buffer getBuffer();
    }

    /**
     * An exported region of memory: the item at multi-index (i0, i1, ...) starts at
     * {@code array[offset + i0*strides[0] + i1*strides[1] + ...]} and is {@code itemsize} bytes of
     * struct format {@code format}; {@code length} is the number of bytes the items cover.
     */
    public static final class Buffer {
        public final Object obj;
        public final byte[] array;
        public final int offset;
        public final int length;
        public final boolean readonly;
        public final String format;
        public final int itemsize;
        public final int[] shape;
        public final int[] strides;
        private Runnable onRelease;
        private ExportTracker tracker;

        public Buffer(Object obj, byte[] array, int offset, int length, boolean readonly, String format,
                int itemsize, int[] shape, int[] strides, Runnable onRelease) {
            this.obj = obj;
            this.array = array;
            this.offset = offset;
            this.length = length;
            this.readonly = readonly;
            this.format = format;
            this.itemsize = itemsize;
            this.shape = shape;
            this.strides = strides;
            this.onRelease = onRelease;
        }

        /** A one-dimensional buffer of unsigned bytes: {@code array[offset, offset + length)}. */
        public static Buffer ofBytes(Object obj, byte[] array, int offset, int length, boolean readonly,
                Runnable onRelease) {
            return new Buffer(obj, array, offset, length, readonly, "B", 1, new int[] {length}, new int[] {1},
                onRelease);
        }

        /** Whether the items are laid out contiguously in C (row-major) order. */
        public boolean isCContiguous() {
            int expected = itemsize;
            for (int d = shape.length - 1; d >= 0; d--) {
                if (shape[d] == 0) {
                    return true;
                }
                if (shape[d] > 1 && strides[d] != expected) {
                    return false;
                }
                expected *= shape[d];
            }
            return true;
        }

        /** The bytes of the items in C order (a new array). */
        public byte[] toBytes() {
            if (isCContiguous()) {
                return java.util.Arrays.copyOfRange(array, offset, offset + length);
            }
            byte[] out = new byte[length];
            copyOut(0, offset, out, new int[] {0});
            return out;
        }

        private void copyOut(int dim, int at, byte[] out, int[] written) {
            if (dim == shape.length) {
                System.arraycopy(array, at, out, written[0], itemsize);
                written[0] += itemsize;
                return;
            }
            for (int i = 0; i < shape[dim]; i++) {
                copyOut(dim + 1, at + i * strides[dim], out, written);
            }
        }

        /** Ends this export (a second call does nothing). */
        public void release() {
            Runnable r = onRelease;
            onRelease = null;
            if (r != null) {
                r.run();
            }
            if (tracker != null) {
                tracker.untrack(this);
                tracker = null;
            }
        }
    }

    /**
     * The live exports of one exporter, for exporters that must not resize while exported
     * (bytearray, BytesIO, array). CPython releases a view's export when its reference count
     * drops to zero; here an export also ends when its {@link Buffer} becomes unreachable, which
     * a resize that would otherwise fail checks after a garbage collection. Exports are held
     * weakly so that reference cycles through views (a bytearray subclass holding its own view)
     * can be collected. Safe for use from several threads.
     */
    public static final class ExportTracker {
        private final java.util.ArrayList<java.lang.ref.WeakReference<Buffer>> live = new java.util.ArrayList<>();

        /** Records {@code buffer} as a live export until it is released or unreachable. */
        public synchronized Buffer track(Buffer buffer) {
            int n = live.size();
            if (n >= 16 && (n & (n - 1)) == 0) {
                live.removeIf(r -> r.refersTo(null));
            }
            live.add(new java.lang.ref.WeakReference<>(buffer));
            buffer.tracker = this;
            return buffer;
        }

        private synchronized void untrack(Buffer buffer) {
            live.removeIf(r -> r.refersTo(buffer) || r.refersTo(null));
        }

        private synchronized boolean exported() {
            live.removeIf(r -> r.refersTo(null));
            return !live.isEmpty();
        }

        /** Whether an export is live, after collecting garbage if one seems to be. */
        public boolean hasLiveExports() {
            if (!exported()) {
                return false;
            }
            System.gc();
            return exported();
        }

        /** BufferError "Existing exports of data: object cannot be re-sized" while an export is live. */
        public void checkResizable() {
            if (hasLiveExports()) {
                throw resizeError();
            }
        }
    }

    /** BufferError "Existing exports of data: object cannot be re-sized". */
    public static PyException resizeError() {
        return Exceptions.error(Exceptions.BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
    }

    /** Whether {@code o} is of a type that exports buffers. */
    public static boolean isExporter(Object o) {
        return o instanceof PyBytes || o instanceof PyByteArray || o instanceof Exporter;
    }

    /** Exports {@code o}'s memory, or null when it exports none; exporters' errors propagate. */
    public static Buffer acquire(Object o) {
        if (o instanceof PyBytes b) {
            return Buffer.ofBytes(b, b.bytes, 0, b.bytes.length, true, null);
        }
        if (o instanceof PyByteArray ba) {
            if (ba.exports == null) {
                ba.exports = new ExportTracker();
            }
            return ba.exports.track(Buffer.ofBytes(ba, ba.bytes, 0, ba.size, false, null));
        }
        if (o instanceof Exporter e) {
            return e.getBuffer();
        }
        return null;
    }

    /**
     * The bytes of any exporter in C order (the array of a bytes object itself, which callers
     * must not modify; a copy otherwise), or null when {@code o} exports no buffer. Exporters'
     * errors (a released memoryview) propagate. For bytes(x), bytearray(x), int.from_bytes.
     */
    public static byte[] bytesOrNull(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        Buffer buf = acquire(o);
        if (buf == null) {
            return null;
        }
        try {
            return buf.toBytes();
        } finally {
            buf.release();
        }
    }

    /** {@link #simpleBytesOrNull}, raising CPython's "a bytes-like object is required" for non-exporters. */
    public static byte[] requireBytes(Object o) {
        byte[] b = simpleBytesOrNull(o);
        if (b == null) {
            throw Exceptions.typeError("a bytes-like object is required, not '" + Py.typeOf(o).name() + "'");
        }
        return b;
    }

    /**
     * The bytes of a C-contiguous buffer, as a function taking a "bytes-like object" reads its
     * argument: the array of a bytes object itself (not to be modified), a copy otherwise; null
     * when {@code o} exports no buffer; BufferError "memoryview: underlying buffer is not
     * C-contiguous" for a non-contiguous view. Exporters' errors propagate.
     */
    public static byte[] simpleBytesOrNull(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        Buffer buf = acquire(o);
        if (buf == null) {
            return null;
        }
        try {
            if (!buf.isCContiguous()) {
                throw Exceptions.error(Exceptions.BUFFER_ERROR, "memoryview: underlying buffer is not C-contiguous");
            }
            return buf.toBytes();
        } finally {
            buf.release();
        }
    }

    /**
     * The bytes of a "bytes-like object" argument: null when {@code o} exports no buffer, cannot
     * export now, or exports a non-contiguous one (callers then raise their own TypeError).
     * The array of a bytes object itself (not to be modified), a copy otherwise.
     */
    public static byte[] contiguousOrNull(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (!isExporter(o)) {
            return null;
        }
        Buffer buf;
        try {
            buf = acquire(o);
        } catch (PyException e) {
            return null;
        }
        try {
            return buf.isCContiguous() ? buf.toBytes() : null;
        } finally {
            buf.release();
        }
    }
}
