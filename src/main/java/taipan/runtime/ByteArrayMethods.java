package taipan.runtime;

import java.util.Arrays;

/**
 * The mutating methods of bytearray: item and slice assignment and deletion
 * (extended slices included), append, extend, insert, pop, remove, reverse,
 * clear, copy, and in-place {@code +=} and {@code *=}, with CPython's errors.
 *
 * <p>Contract: every change keeps {@link PyByteArray}'s invariant (the first
 * {@code size} bytes of {@code bytes} are the contents).
 */
final class ByteArrayMethods {
    private ByteArrayMethods() {}

    /**
     * {@code (type(b), args, state)}: no args when empty, else the contents as a latin-1 str
     * for protocols below 3 (readable by Python 2) and as bytes from 3 on.
     */
    private static PyTuple reduce(PyByteArray b, int protocol) {
        Object state = Pickling.state(b);
        PyTuple args;
        if (b.size == 0) {
            args = PyTuple.EMPTY;
        } else if (protocol < 3) {
            args = PyTuple.of(PyStr.of(new String(b.bytes, 0, b.size, java.nio.charset.StandardCharsets.ISO_8859_1)),
                PyStr.of("latin-1"));
        } else {
            args = PyTuple.of(new PyBytes(Arrays.copyOf(b.bytes, b.size)));
        }
        return PyTuple.of(b.type, args, state);
    }

    static void install() {
        PyType t = BuiltinTypes.BYTEARRAY;
        MethodDescriptor.define(t, "__setitem__", "key, value, /", (self, a) -> {
            setItem((PyByteArray) self, a[0], a[1]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__delitem__", "key, /", (self, a) -> {
            delItem((PyByteArray) self, a[0]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__alloc__", "", (self, a) -> (long) ((PyByteArray) self).bytes.length);
        MethodDescriptor.define(t, "__reduce__", "", (self, a) -> reduce((PyByteArray) self, 2));
        MethodDescriptor.define(t, "__reduce_ex__", "proto=0, /", (self, a) ->
            reduce((PyByteArray) self, Ops.indexAsInt(a[0])));
        MethodDescriptor.define(t, "append", "item, /", (self, a) -> {
            PyByteArray b = (PyByteArray) self;
            int v = BytesMethods.byteValue(a[0]);
            replace(b, b.size, b.size, new byte[] {(byte) v});
            return Py.None;
        });
        MethodDescriptor.define(t, "extend", "iterable_of_ints, /", (self, a) -> {
            PyByteArray b = (PyByteArray) self;
            byte[] add = a[0] instanceof PyStr ? null : BytesMethods.isBytesLike(a[0])
                ? Arrays.copyOf(BytesMethods.array(a[0]), BytesMethods.size(a[0])) : null;
            if (add == null) {
                if (a[0] instanceof PyStr) {
                    throw Exceptions.typeError("'str' object cannot be interpreted as an integer");
                }
                if (BufferProtocol.isExporter(a[0])) {
                    // a buffer that cannot be read as one contiguous block
                    throw Exceptions.typeError("can't set bytearray slice from " + Py.typeOf(a[0]).name());
                }
                Object it;
                try {
                    it = Ops.iter(a[0]);
                } catch (PyException e) {
                    if (!e.matches(Exceptions.TYPE_ERROR)) {
                        throw e;
                    }
                    throw Exceptions.typeError("can't extend bytearray with " + Py.typeOf(a[0]).name());
                }
                Iterables.lengthHint(a[0], 64); // only for its errors, as CPython sizes its buffer with it
                add = ints(it, null);
            }
            replace(b, b.size, b.size, add);
            return Py.None;
        });
        MethodDescriptor.define(t, "insert", "index, item, /", (self, a) -> {
            PyByteArray b = (PyByteArray) self;
            long i = TextOps.asSsize(a[0]);
            int v = BytesMethods.byteValue(a[1]);
            if (i < 0) {
                i = Math.max(0, i + b.size);
            }
            i = Math.min(i, b.size);
            replace(b, (int) i, (int) i, new byte[] {(byte) v});
            return Py.None;
        });
        MethodDescriptor.define(t, "pop", "index=-1, /", (self, a) -> {
            PyByteArray b = (PyByteArray) self;
            if (b.size == 0) {
                throw Exceptions.indexError("pop from empty bytearray");
            }
            long i = TextOps.asSsize(a[0]);
            if (i < 0) {
                i += b.size;
            }
            if (i < 0 || i >= b.size) {
                throw Exceptions.indexError("pop index out of range");
            }
            long v = b.bytes[(int) i] & 0xFF;
            replace(b, (int) i, (int) i + 1, new byte[0]);
            return v;
        });
        MethodDescriptor.define(t, "remove", "value, /", (self, a) -> {
            PyByteArray b = (PyByteArray) self;
            int v = BytesMethods.byteValue(a[0]);
            for (int i = 0; i < b.size; i++) {
                if ((b.bytes[i] & 0xFF) == v) {
                    replace(b, i, i + 1, new byte[0]);
                    return Py.None;
                }
            }
            throw Exceptions.valueError("value not found in bytearray");
        });
        MethodDescriptor.define(t, "reverse", "", (self, a) -> {
            PyByteArray b = (PyByteArray) self;
            for (int i = 0, j = b.size - 1; i < j; i++, j--) {
                byte x = b.bytes[i];
                b.bytes[i] = b.bytes[j];
                b.bytes[j] = x;
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "clear", "", (self, a) -> {
            PyByteArray b = (PyByteArray) self;
            checkResizable(b);
            b.bytes = new byte[0];
            b.size = 0;
            return Py.None;
        });
        MethodDescriptor.define(t, "copy", "", (self, a) -> {
            PyByteArray b = (PyByteArray) self;
            return new PyByteArray(Arrays.copyOf(b.bytes, b.size));
        });
        MethodDescriptor.define(t, "__iadd__", "value, /", (self, a) -> {
            PyByteArray b = (PyByteArray) self;
            if (!BytesMethods.isBytesLike(a[0])) {
                throw Exceptions.typeError("can't concat " + Py.typeOf(a[0]).name() + " to " + b.type.name());
            }
            replace(b, b.size, b.size, Arrays.copyOf(BytesMethods.array(a[0]), BytesMethods.size(a[0])));
            return self;
        });
        MethodDescriptor.define(t, "__imul__", "value, /", (self, a) -> {
            PyByteArray b = (PyByteArray) self;
            long n = TextOps.asSsize(a[0]);
            if (n != 1) {
                checkResizable(b);
            }
            String s = new String(b.bytes, 0, b.size, java.nio.charset.StandardCharsets.ISO_8859_1);
            byte[] r = BytesMethods.bytesOf(TextOps.repeat(s, n, null));
            b.bytes = r;
            b.size = r.length;
            return self;
        });
    }

    /** The bytes of an iterable of ints, for slice assignment and extend. */
    private static byte[] ints(Object source, java.util.function.Supplier<PyException> notIterable) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TextOps.forEach(source, x -> out.write(BytesMethods.byteValue(x)), notIterable);
        return out.toByteArray();
    }

    /**
     * {@code bytearray.__init__} from an iterable of ints: appends each item as it comes (the
     * iterable sees the bytearray grow, as in CPython).
     */
    static void initFromInts(PyByteArray b, Object iterable) {
        Object it;
        try {
            it = Ops.iter(iterable);
        } catch (PyException e) {
            if (!e.matches(Exceptions.TYPE_ERROR)) {
                throw e;
            }
            throw Exceptions.typeError("cannot convert '" + Py.typeOf(iterable).name() + "' object to bytearray");
        }
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            replace(b, b.size, b.size, new byte[] {(byte) BytesMethods.byteValue(x)});
        }
    }

    /** Replaces bytes [start, end) with {@code with}. */
    private static void replace(PyByteArray b, int start, int end, byte[] with) {
        int newSize = b.size - (end - start) + with.length;
        if (newSize != b.size) {
            checkResizable(b);
        }
        // growing leaves spare room (at least one byte, as CPython keeps for its trailing NUL)
        byte[] target = newSize > b.bytes.length || newSize > b.size && newSize == b.bytes.length
            ? Arrays.copyOf(b.bytes, Math.max(newSize + 1, b.size + (b.size >> 1) + 8)) : b.bytes;
        System.arraycopy(b.bytes, end, target, start + with.length, b.size - end);
        System.arraycopy(with, 0, target, start, with.length);
        if (newSize < b.size) {
            Arrays.fill(target, newSize, b.size, (byte) 0);
        }
        b.bytes = target;
        b.size = newSize;
    }

    /** BufferError when {@code b} has live buffer exports. */
    static void checkResizable(PyByteArray b) {
        if (b.exports != null) {
            b.exports.checkResizable();
        }
    }

    private static PyException badIndex(Object key) {
        return Exceptions.typeError("bytearray indices must be integers or slices, not " + Py.typeOf(key).name());
    }

    private static int itemIndex(PyByteArray b, Object key) {
        if (!Ops.isInt(key) && Py.typeOf(key).lookup("__index__") == null) {
            throw badIndex(key);
        }
        long i = Ops.indexAsInt(key);
        if (i < 0) {
            i += b.size;
        }
        if (i < 0 || i >= b.size) {
            throw Exceptions.indexError("bytearray index out of range");
        }
        return (int) i;
    }

    private static void setItem(PyByteArray b, Object key, Object value) {
        if (!(key instanceof PySlice slice)) {
            if (!Ops.isInt(key) && Py.typeOf(key).lookup("__index__") == null) {
                throw badIndex(key);
            }
            long i = Ops.indexAsInt(key);
            // the value first: its __index__ may resize the bytearray (CPython's order)
            int v = BytesMethods.byteValue(value);
            if (i < 0) {
                i += b.size;
            }
            if (i < 0 || i >= b.size) {
                throw Exceptions.indexError("bytearray index out of range");
            }
            b.bytes[(int) i] = (byte) v;
            return;
        }
        byte[] data;
        if (BytesMethods.isBytesLike(value)) {
            data = Arrays.copyOf(BytesMethods.array(value), BytesMethods.size(value));
        } else if (value instanceof PyStr || Ops.isInt(value)) {
            throw assignError();
        } else {
            data = ints(value, ByteArrayMethods::assignError);
        }
        SliceIndices r = SliceIndices.of(slice, b.size);
        if (r.step() == 1) {
            replace(b, r.start(), Math.max(r.start(), r.stop()), data);
            return;
        }
        if (data.length == 0) {
            delItem(b, slice);
            return;
        }
        if (data.length != r.count()) {
            throw Exceptions.valueError("attempt to assign bytes of size " + data.length
                + " to extended slice of size " + r.count());
        }
        for (int k = 0; k < data.length; k++) {
            b.bytes[r.at(k)] = data[k];
        }
    }

    private static PyException assignError() {
        return Exceptions.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }

    private static void delItem(PyByteArray b, Object key) {
        if (!(key instanceof PySlice slice)) {
            int i = itemIndex(b, key);
            replace(b, i, i + 1, new byte[0]);
            return;
        }
        SliceIndices r = SliceIndices.of(slice, b.size);
        if (r.count() == 0) {
            return;
        }
        checkResizable(b);
        boolean[] drop = new boolean[b.size];
        for (int k = 0; k < r.count(); k++) {
            drop[r.at(k)] = true;
        }
        int w = 0;
        for (int j = 0; j < b.size; j++) {
            if (!drop[j]) {
                b.bytes[w++] = b.bytes[j];
            }
        }
        Arrays.fill(b.bytes, w, b.size, (byte) 0);
        b.size = w;
    }
}
