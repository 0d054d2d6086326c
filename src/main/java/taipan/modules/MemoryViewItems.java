package taipan.modules;

import taipan.runtime.BufferProtocol;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyList;
import taipan.runtime.PySlice;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.SliceIndices;

/**
 * The item-level operations of {@link MemoryView}: indexing (ints, tuples of ints, slices),
 * item and slice assignment, cast, tolist, Fortran-order bytes and comparison by item values,
 * with CPython 3.11's errors for the cases it does not implement (sub-views, multi-dimensional
 * slicing) and for mismatched assignments.
 */
final class MemoryViewItems {
    private MemoryViewItems() {}

    private static final int MAX_DIMENSIONS = 64;

    private static boolean isIndex(Object key) {
        return Ops.isInt(key) || !(key instanceof PySlice) && Py.typeOf(key).lookup("__index__") != null;
    }

    /** The byte position of item {@code key} along dimension {@code dim}, starting from {@code pos}. */
    private static int step(MemoryView.View v, int dim, Object key, int pos) {
        long i = Ops.indexAsInt(key);
        v.check();
        long n = v.shape[dim];
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Exceptions.indexError("index out of bounds on dimension " + (dim + 1));
        }
        return pos + (int) i * v.strides[dim];
    }

    /** The position of the item a tuple of indexes names; the tuple must have ndim entries. */
    private static int position(MemoryView.View v, PyTuple key) {
        if (key.size() < v.ndim()) {
            throw Exceptions.notImplementedError("sub-views are not implemented");
        }
        if (key.size() > v.ndim()) {
            throw Exceptions.typeError("cannot index " + v.ndim() + "-dimension view with " + key.size()
                + "-element tuple");
        }
        int pos = v.offset;
        for (int d = 0; d < key.size(); d++) {
            pos = step(v, d, key.get(d), pos);
        }
        return pos;
    }

    private static boolean allMatch(PyTuple key, java.util.function.Predicate<Object> test) {
        for (int i = 0; i < key.size(); i++) {
            if (!test.test(key.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The view of a slice of {@code v}'s first dimension, valid even if {@code v} is released meanwhile. */
    private static MemoryView.View slice(MemoryView.View v, PySlice key) {
        MemoryView.View whole = v.derive(v.offset, v.readonly, v.format, v.itemsize, v.shape, v.strides);
        SliceIndices r = SliceIndices.of(key, v.shape[0]);
        int[] shape = v.shape.clone();
        int[] strides = v.strides.clone();
        shape[0] = r.count();
        strides[0] = (int) (v.strides[0] * r.step());
        MemoryView.View part = whole.derive(v.offset + r.start() * v.strides[0], v.readonly, v.format, v.itemsize,
            shape, strides);
        whole.release();
        return part;
    }

    /** Writes one item of {@code v} at {@code pos}, unless converting the value released the view. */
    private static void store(MemoryView.View v, char f, Object value, int pos) {
        byte[] item = MemoryFormats.pack(f, v.format, value);
        System.arraycopy(item, 0, v.check().array, pos, item.length);
    }

    static Object getItem(MemoryView.View v, Object key) {
        v.check();
        if (v.ndim() == 0) {
            if (key == Py.Ellipsis) {
                return v;
            }
            if (key instanceof PyTuple t && t.size() == 0) {
                return MemoryFormats.unpack(MemoryFormats.supported(v.format), v.array, v.offset);
            }
            throw Exceptions.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            char f = MemoryFormats.supported(v.format);
            if (v.ndim() > 1) {
                throw Exceptions.notImplementedError("multi-dimensional sub-views are not implemented");
            }
            return MemoryFormats.unpack(f, v.array, step(v, 0, key, v.offset));
        }
        if (key instanceof PySlice s) {
            return slice(v, s);
        }
        if (key instanceof PyTuple t) {
            if (allMatch(t, MemoryViewItems::isIndex)) {
                char f = MemoryFormats.supported(v.format);
                return MemoryFormats.unpack(f, v.array, position(v, t));
            }
            if (allMatch(t, k -> k instanceof PySlice)) {
                throw Exceptions.notImplementedError("multi-dimensional slicing is not implemented");
            }
        }
        throw Exceptions.typeError("memoryview: invalid slice key");
    }

    static void setItem(MemoryView.View v, Object key, Object value) {
        v.check();
        if (v.readonly) {
            throw Exceptions.typeError("cannot modify read-only memory");
        }
        if (v.ndim() == 0) {
            if (key == Py.Ellipsis || key instanceof PyTuple t && t.size() == 0) {
                store(v, MemoryFormats.supported(v.format), value, v.offset);
                return;
            }
            throw Exceptions.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            if (v.ndim() > 1) {
                throw Exceptions.notImplementedError("sub-views are not implemented");
            }
            char f = MemoryFormats.supported(v.format);
            store(v, f, value, step(v, 0, key, v.offset));
            return;
        }
        if (key instanceof PySlice s) {
            if (v.ndim() != 1) {
                throw Exceptions.notImplementedError("memoryview slice assignments are currently restricted to ndim = 1");
            }
            MemoryView.View dest = slice(v, s);
            try {
                v.check();
                assignSlice(dest, value);
            } finally {
                dest.release();
            }
            return;
        }
        if (key instanceof PyTuple t) {
            if (allMatch(t, MemoryViewItems::isIndex)) {
                char f = MemoryFormats.supported(v.format);
                store(v, f, value, position(v, t));
                return;
            }
            if (allMatch(t, k -> k instanceof PySlice)) {
                throw Exceptions.notImplementedError("memoryview slice assignments are currently restricted to ndim = 1");
            }
        }
        throw Exceptions.typeError("memoryview: invalid slice key");
    }

    private static String plainFormat(String format) {
        return format.startsWith("@") ? format.substring(1) : format;
    }

    private static void assignSlice(MemoryView.View dest, Object value) {
        BufferProtocol.Buffer src = BufferProtocol.acquire(value);
        if (src == null) {
            throw Exceptions.typeError("a bytes-like object is required, not '" + Py.typeOf(value).name() + "'");
        }
        try {
            if (!plainFormat(src.format).equals(plainFormat(dest.format)) || src.itemsize != dest.itemsize
                    || src.shape.length != 1 || src.shape[0] != dest.shape[0]) {
                throw Exceptions.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] data = src.toBytes();
            for (int i = 0; i < dest.shape[0]; i++) {
                System.arraycopy(data, i * dest.itemsize, dest.array, dest.offset + i * dest.strides[0], dest.itemsize);
            }
        } finally {
            src.release();
        }
    }

    static Object cast(MemoryView.View v, Object formatArg, Object shapeArg) {
        if (!(formatArg instanceof PyStr fs)) {
            throw Exceptions.typeError("cast() argument 'format' must be str, not " + Py.typeOf(formatArg).name());
        }
        v.check();
        if (!v.isCContiguous()) {
            throw Exceptions.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        boolean withShape = shapeArg != null && shapeArg != Py.None;
        if ((withShape || v.ndim() != 1) && hasZero(v.shape)) {
            throw Exceptions.typeError("memoryview: cannot cast view with zeros in shape or strides");
        }
        Object[] dims = null;
        if (withShape) {
            if (shapeArg instanceof PyTuple t) {
                dims = t.items;
            } else if (shapeArg instanceof PyList l) {
                dims = java.util.Arrays.copyOf(l.items, l.size);
            } else {
                throw Exceptions.typeError("shape must be a list or a tuple");
            }
            if (v.ndim() != 1 && dims.length != 1) {
                throw Exceptions.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
            if (dims.length > MAX_DIMENSIONS) {
                throw Exceptions.valueError("memoryview: number of dimensions must not exceed " + MAX_DIMENSIONS);
            }
        }
        String format = fs.value();
        char dest = MemoryFormats.nativeChar(format);
        if (dest == 0 || dest == 'e') {
            throw Exceptions.valueError("memoryview: destination format must be a native single character format "
                + "prefixed with an optional '@'");
        }
        char source = MemoryFormats.nativeChar(v.format);
        if (source == 0) {
            throw Exceptions.valueError("memoryview: source format must be a native single character format "
                + "prefixed with an optional '@'");
        }
        if (!MemoryFormats.isByteFormat(source) && !MemoryFormats.isByteFormat(dest)) {
            throw Exceptions.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int itemsize = MemoryFormats.size(dest);
        int nbytes = v.nbytes();
        if (nbytes % itemsize != 0) {
            throw Exceptions.typeError("memoryview: length is not a multiple of itemsize");
        }
        int[] shape;
        if (dims == null) {
            shape = new int[] {nbytes / itemsize};
        } else {
            shape = new int[dims.length];
            long product = itemsize;
            for (int d = 0; d < dims.length; d++) {
                if (!Ops.isInt(dims[d])) {
                    throw Exceptions.typeError("memoryview.cast(): elements of shape must be integers");
                }
                long n = Ops.indexAsInt(dims[d]);
                if (n <= 0) {
                    throw Exceptions.valueError("memoryview.cast(): elements of shape must be integers > 0");
                }
                product *= n;
                if (product > nbytes) {
                    break;
                }
                shape[d] = (int) n;
            }
            if (product != nbytes) {
                throw Exceptions.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        int[] strides = new int[shape.length];
        int stride = itemsize;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return v.derive(v.offset, v.readonly, format, itemsize, shape, strides);
    }

    private static boolean hasZero(int[] shape) {
        for (int n : shape) {
            if (n == 0) {
                return true;
            }
        }
        return false;
    }

    /** The items from dimension {@code dim} on, starting at {@code pos}, as nested lists. */
    static Object list(MemoryView.View v, char f, int dim, int pos) {
        if (dim == v.ndim()) {
            return MemoryFormats.unpack(f, v.array, pos);
        }
        Object[] items = new Object[v.shape[dim]];
        for (int i = 0; i < items.length; i++) {
            items[i] = list(v, f, dim + 1, pos + i * v.strides[dim]);
        }
        return new PyList(items);
    }

    /** The items' bytes in Fortran order (first index varying fastest). */
    static byte[] fortranBytes(MemoryView.View v) {
        byte[] out = new byte[v.nbytes()];
        int count = out.length / v.itemsize;
        int[] index = new int[v.ndim()];
        for (int k = 0; k < count; k++) {
            int pos = v.offset;
            for (int d = 0; d < index.length; d++) {
                pos += index[d] * v.strides[d];
            }
            System.arraycopy(v.array, pos, out, k * v.itemsize, v.itemsize);
            for (int d = 0; d < index.length && ++index[d] == v.shape[d]; d++) {
                index[d] = 0;
            }
        }
        return out;
    }

    /** memoryview == other: equal shapes and equal item values; NotImplemented for non-buffers. */
    static Object equal(MemoryView.View v, Object other) {
        if (!BufferProtocol.isExporter(other)) {
            return Py.NotImplemented;
        }
        if (v.released || other instanceof MemoryView.View w && w.released) {
            return v == other;
        }
        BufferProtocol.Buffer b = other instanceof MemoryView.View w ? w.layout() : BufferProtocol.acquire(other);
        try {
            if (!java.util.Arrays.equals(v.shape, b.shape)) {
                return false;
            }
            char f = MemoryFormats.nativeChar(v.format);
            char g = MemoryFormats.nativeChar(b.format);
            if (f == 0 || g == 0) {
                return plainFormat(v.format).equals(plainFormat(b.format)) && java.util.Arrays.equals(v.bytes(), b.toBytes());
            }
            return sameItems(v, f, b, g, 0, v.offset, b.offset);
        } finally {
            if (!(other instanceof MemoryView.View)) {
                b.release();
            }
        }
    }

    private static boolean sameItems(MemoryView.View v, char f, BufferProtocol.Buffer b, char g, int dim, int p, int q) {
        if (dim == v.ndim()) {
            if (f == g && f != 'f' && f != 'd' && f != 'e') {
                return java.util.Arrays.equals(v.array, p, p + v.itemsize, b.array, q, q + b.itemsize);
            }
            return Ops.eq(MemoryFormats.unpack(f, v.array, p), MemoryFormats.unpack(g, b.array, q));
        }
        for (int i = 0; i < v.shape[dim]; i++) {
            if (!sameItems(v, f, b, g, dim + 1, p + i * v.strides[dim], q + i * b.strides[dim])) {
                return false;
            }
        }
        return true;
    }
}
