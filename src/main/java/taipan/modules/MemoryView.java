package taipan.modules;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyBytes;
import taipan.runtime.PyDict;
import taipan.runtime.PyList;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * The built-in {@code memoryview} (one dimension; formats B, b, H, h, I, i, L, l, Q, q in native
 * little-endian sizes) over bytes, bytearray or an {@link Exporter} such as
 * {@code BytesIO.getbuffer()}. A view is a window of {@code count} items {@code stride} bytes
 * apart from byte {@code start} of the object's current storage, so slices (any step) share
 * the object and writes through a view of a mutable object change it. Views over bytes are
 * read-only. Exporters are not locked against resizing while viewed: a view keeps its length
 * and reads the object's storage as it is at each access.
 */
public final class MemoryView {
    private MemoryView() {}

    public static final PyType TYPE = BuiltinTypes.builtin("memoryview", BuiltinTypes.OBJECT, null);

    /** An object other than bytes/bytearray whose storage a memoryview can show. */
    public interface Exporter {
        /** The current storage (read at every access; it may be replaced by a bigger array). */
        byte[] exportedBytes();

        /** The number of bytes exported now. */
        int exportedLength();
    }

    static final class View extends PyObject {
        final Object obj;
        /** The struct format of the items: B, b, H, h, I, i, L, l, Q or q (native little-endian sizes). */
        final String format;
        final int itemsize;
        final int start;
        final int stride;
        final int count;
        boolean released;

        View(Object obj) {
            this(obj, "B", 0, 1, sourceLength(obj));
        }

        View(Object obj, String format, int start, int stride, int count) {
            super(TYPE);
            this.obj = obj;
            this.format = format;
            this.itemsize = switch (format) {
                case "B", "b" -> 1;
                case "H", "h" -> 2;
                case "I", "i" -> 4;
                default -> 8;
            };
            this.start = start;
            this.stride = stride;
            this.count = count;
        }

        static int sourceLength(Object o) {
            if (o instanceof PyBytes b) {
                return b.bytes.length;
            } else if (o instanceof PyByteArray b) {
                return b.size;
            }
            return ((Exporter) o).exportedLength();
        }

        int length() {
            return count;
        }

        boolean readonly() {
            return obj instanceof PyBytes;
        }

        boolean contiguous() {
            return stride == itemsize;
        }

        /** The object's storage now. */
        byte[] array() {
            if (released) {
                throw Exceptions.valueError("operation forbidden on released memoryview object");
            }
            if (obj instanceof PyBytes b) {
                return b.bytes;
            } else if (obj instanceof PyByteArray b) {
                return b.bytes;
            }
            return ((Exporter) obj).exportedBytes();
        }

        Object item(int i) {
            byte[] b = array();
            int at = start + i * stride;
            long v = 0;
            for (int k = itemsize - 1; k >= 0; k--) {
                v = v << 8 | (b[at + k] & 0xFF);
            }
            boolean signed = Character.isLowerCase(format.charAt(0));
            if (signed && itemsize < 8) {
                int shift = 64 - 8 * itemsize;
                v = v << shift >> shift;
            }
            if (!signed && itemsize == 8 && v < 0) {
                return java.math.BigInteger.valueOf(v).add(java.math.BigInteger.ONE.shiftLeft(64));
            }
            return v;
        }

        void setItem(int i, Object value) {
            if (!Ops.isInt(value)) {
                throw Exceptions.typeError("memoryview: invalid type for format '" + format + "'");
            }
            Object n = Ops.index(value);
            boolean signed = Character.isLowerCase(format.charAt(0));
            java.math.BigInteger big = n instanceof Long l ? java.math.BigInteger.valueOf(l) : (java.math.BigInteger) n;
            java.math.BigInteger limit = java.math.BigInteger.ONE.shiftLeft(8 * itemsize - (signed ? 1 : 0));
            java.math.BigInteger low = signed ? limit.negate() : java.math.BigInteger.ZERO;
            if (big.compareTo(low) < 0 || big.compareTo(limit) >= 0) {
                throw Exceptions.valueError("memoryview: invalid value for format '" + format + "'");
            }
            long v = big.longValue();
            byte[] b = array();
            int at = start + i * stride;
            for (int k = 0; k < itemsize; k++) {
                b[at + k] = (byte) (v >> (8 * k));
            }
        }

        /** A copy of the viewed bytes, in item order. */
        byte[] bytes() {
            byte[] b = array();
            byte[] out = new byte[count * itemsize];
            if (contiguous()) {
                System.arraycopy(b, start, out, 0, out.length);
                return out;
            }
            for (int i = 0; i < count; i++) {
                System.arraycopy(b, start + i * stride, out, i * itemsize, itemsize);
            }
            return out;
        }

        /** Writes {@code data} (one item's bytes after another) over the viewed items from item {@code from}. */
        void put(int from, byte[] data, int n) {
            byte[] b = array();
            if (contiguous()) {
                System.arraycopy(data, 0, b, start + from * stride, n);
                return;
            }
            for (int k = 0; k < n; k++) {
                int item = from + k / itemsize;
                b[start + item * stride + k % itemsize] = data[k];
            }
        }

        int index(Object key) {
            long i = (Long) Ops.index(key);
            if (i < 0) {
                i += count;
            }
            if (i < 0 || i >= count) {
                throw Exceptions.indexError("index out of bounds on dimension 1");
            }
            return (int) i;
        }
    }

    static {
        PyType t = TYPE;
        t.acceptsSubclasses = false;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "memoryview.__new__", "cls, object", (s, a) -> {
                Object o = a[1];
                if (o instanceof View v) {
                    v.array();
                    return new View(v.obj, v.format, v.start, v.stride, v.count);
                }
                if (!(o instanceof PyBytes || o instanceof PyByteArray || o instanceof Exporter)) {
                    throw Exceptions.typeError("memoryview: a bytes-like object is required, not '" + Py.typeOf(o).name() + "'");
                }
                return new View(o);
            })));
        t.define("__hash__", Py.None);
        MethodDescriptor.define(t, "__len__", "", (self, a) -> {
            View v = (View) self;
            v.array();
            return (long) v.length();
        });
        MethodDescriptor.define(t, "cast", "format, /", (self, a) -> {
            View v = (View) self;
            String f = a[0] instanceof PyStr fs ? fs.value() : "";
            if (!f.matches("[BbHhIiLlQq]")) {
                throw Exceptions.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
            }
            if (!v.contiguous()) {
                throw Exceptions.typeError("memoryview: casts are restricted to C-contiguous views");
            }
            int nbytes = v.count * v.itemsize;
            View r = new View(v.obj, f, v.start, 1, 0);
            if (nbytes % r.itemsize != 0) {
                throw Exceptions.typeError("memoryview: length is not a multiple of itemsize");
            }
            v.array();
            return new View(v.obj, f, v.start, r.itemsize, nbytes / r.itemsize);
        });
        MethodDescriptor.define(t, "__getitem__", "key, /", (self, a) -> {
            View v = (View) self;
            v.array();
            if (a[0] instanceof taipan.runtime.PySlice slice) {
                taipan.runtime.SliceIndices ix = taipan.runtime.SliceIndices.of(slice, v.count);
                return new View(v.obj, v.format, v.start + ix.start() * v.stride, (int) (v.stride * ix.step()), ix.count());
            }
            return v.item(v.index(a[0]));
        });
        MethodDescriptor.define(t, "__setitem__", "key, value, /", (self, a) -> {
            View v = (View) self;
            v.array();
            if (v.readonly()) {
                throw Exceptions.typeError("cannot modify read-only memory");
            }
            if (a[0] instanceof taipan.runtime.PySlice slice) {
                taipan.runtime.SliceIndices ix = taipan.runtime.SliceIndices.of(slice, v.count);
                View target = new View(v.obj, v.format, v.start + ix.start() * v.stride, (int) (v.stride * ix.step()),
                    ix.count());
                byte[] data = sourceBytes(a[1]);
                if (data.length != target.count * target.itemsize) {
                    throw Exceptions.valueError("memoryview assignment: lvalue and rvalue have different structures");
                }
                target.put(0, data, data.length);
                return Py.None;
            }
            v.setItem(v.index(a[0]), a[1]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__delitem__", "key, /", (self, a) -> {
            throw Exceptions.typeError("cannot delete memory");
        });
        MethodDescriptor.define(t, "hex", "", (self, a) -> {
            StringBuilder sb = new StringBuilder();
            for (byte x : ((View) self).bytes()) {
                sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
            }
            return PyStr.of(sb.toString());
        });
        MethodDescriptor.define(t, "tobytes", "order='C'", (self, a) -> new PyBytes(((View) self).bytes()));
        MethodDescriptor.define(t, "tolist", "", (self, a) -> {
            View v = (View) self;
            v.array();
            PyList l = new PyList();
            for (int i = 0, n = v.length(); i < n; i++) {
                l.append(v.item(i));
            }
            return l;
        });
        MethodDescriptor.define(t, "release", "", (self, a) -> {
            ((View) self).released = true;
            return Py.None;
        });
        MethodDescriptor.define(t, "__enter__", "", (self, a) -> {
            ((View) self).array();
            return self;
        });
        MethodDescriptor.define(t, "__exit__", "*args", (self, a) -> {
            ((View) self).released = true;
            return Py.None;
        });
        MethodDescriptor.define(t, "__eq__", "other, /", (self, a) -> {
            byte[] mine = ((View) self).bytes();
            Object o = a[0];
            if (o instanceof View v) {
                return java.util.Arrays.equals(mine, v.bytes());
            }
            if (o instanceof PyBytes || o instanceof PyByteArray) {
                return java.util.Arrays.equals(mine, new View(o).bytes());
            }
            return Py.NotImplemented;
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) ->
            PyStr.of("<" + (((View) self).released ? "released " : "") + "memory at " + WeakrefModule.address(self) + ">"));
        GetSetDescriptor.define(t, "obj", self -> ((View) self).obj);
        GetSetDescriptor.define(t, "readonly", self -> ((View) self).readonly());
        GetSetDescriptor.define(t, "nbytes", self -> (long) ((View) self).count * ((View) self).itemsize);
        GetSetDescriptor.define(t, "itemsize", self -> (long) ((View) self).itemsize);
        GetSetDescriptor.define(t, "format", self -> PyStr.of(((View) self).format));
        GetSetDescriptor.define(t, "ndim", self -> 1L);
        GetSetDescriptor.define(t, "shape", self -> taipan.runtime.PyTuple.of((long) ((View) self).count));
        GetSetDescriptor.define(t, "strides", self -> taipan.runtime.PyTuple.of((long) ((View) self).stride));
        GetSetDescriptor.define(t, "suboffsets", self -> taipan.runtime.PyTuple.EMPTY);
        for (String name : new String[] {"contiguous", "c_contiguous", "f_contiguous"}) {
            GetSetDescriptor.define(t, name, self -> ((View) self).contiguous() || ((View) self).count <= 1);
        }
    }

    private static byte[] sourceBytes(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        } else if (o instanceof PyByteArray b) {
            return java.util.Arrays.copyOf(b.bytes, b.size);
        } else if (o instanceof View v) {
            return v.bytes();
        }
        throw Exceptions.typeError("a bytes-like object is required, not '" + Py.typeOf(o).name() + "'");
    }

    /** The bytes a memoryview shows (a copy), or null when {@code o} is not a memoryview. */
    public static byte[] contents(Object o) {
        return o instanceof View v ? v.bytes() : null;
    }

    /** The length in bytes of a writable memoryview, or -1 when {@code o} is not one. */
    public static int writableLength(Object o) {
        if (o instanceof View v && !v.readonly()) {
            v.array();
            return v.count * v.itemsize;
        }
        return -1;
    }

    /** Writes {@code data[0:n]} at the start of a writable memoryview; false when {@code o} is not one. */
    public static boolean write(Object o, byte[] data, int n) {
        if (!(o instanceof View v) || v.readonly()) {
            return false;
        }
        v.put(0, data, n);
        return true;
    }

    /** A writable, contiguous byte view of an exporter's current contents. */
    public static Object view(Exporter e) {
        return new View(e);
    }

    /** Adds {@code memoryview} to a builtins dict. */
    public static void installInto(PyDict builtins) {
        builtins.put(PyStr.of("memoryview"), TYPE);
    }
}
