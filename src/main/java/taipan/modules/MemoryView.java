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
 * A minimal built-in {@code memoryview} (format 'B', one dimension) over bytes and bytearray,
 * enough for the standard library's uses at import time ({@code _collections_abc} registers it):
 * construction, len, integer indexing, tobytes, tolist, release and the context manager,
 * equality with bytes-like objects, {@code obj}, {@code readonly}, {@code nbytes}.
 * Slicing and writing through the view are absent.
 */
public final class MemoryView {
    private MemoryView() {}

    public static final PyType TYPE = BuiltinTypes.builtin("memoryview", BuiltinTypes.OBJECT, null);

    static final class View extends PyObject {
        final Object obj;
        /** The struct format of the items: B, b, H, h, I, i, L, l, Q or q (native little-endian sizes). */
        final String format;
        final int itemsize;
        boolean released;

        View(Object obj) {
            this(obj, "B");
        }

        View(Object obj, String format) {
            super(TYPE);
            this.obj = obj;
            this.format = format;
            this.itemsize = switch (format) {
                case "B", "b" -> 1;
                case "H", "h" -> 2;
                case "I", "i" -> 4;
                default -> 8;
            };
        }

        int length() {
            return bytes().length / itemsize;
        }

        Object item(byte[] b, int i) {
            long v = 0;
            for (int k = itemsize - 1; k >= 0; k--) {
                v = v << 8 | (b[i * itemsize + k] & 0xFF);
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

        byte[] bytes() {
            if (released) {
                throw Exceptions.valueError("operation forbidden on released memoryview object");
            }
            return obj instanceof PyBytes b ? b.bytes : java.util.Arrays.copyOf(((PyByteArray) obj).bytes, ((PyByteArray) obj).size);
        }
    }

    static {
        PyType t = TYPE;
        t.acceptsSubclasses = false;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "memoryview.__new__", "cls, object", (s, a) -> {
                Object o = a[1];
                if (o instanceof View v) {
                    return new View(v.obj);
                }
                if (!(o instanceof PyBytes || o instanceof PyByteArray)) {
                    throw Exceptions.typeError("memoryview: a bytes-like object is required, not '" + Py.typeOf(o).name() + "'");
                }
                return new View(o);
            })));
        t.define("__hash__", Py.None);
        MethodDescriptor.define(t, "__len__", "", (self, a) -> (long) ((View) self).length());
        MethodDescriptor.define(t, "cast", "format, /", (self, a) -> {
            View v = (View) self;
            String f = a[0] instanceof PyStr fs ? fs.value() : "";
            if (!f.matches("[BbHhIiLlQq]")) {
                throw Exceptions.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
            }
            View r = new View(v.obj, f);
            if (v.bytes().length % r.itemsize != 0) {
                throw Exceptions.typeError("memoryview: length is not a multiple of itemsize");
            }
            return r;
        });
        MethodDescriptor.define(t, "__getitem__", "key, /", (self, a) -> {
            View v = (View) self;
            byte[] b = v.bytes();
            long n = v.length();
            if (a[0] instanceof taipan.runtime.PySlice slice && v.itemsize == 1) {
                // a read-only view of the selected bytes (copied: this memoryview does not share writes)
                taipan.runtime.SliceIndices ix = taipan.runtime.SliceIndices.of(slice, b.length);
                byte[] part = new byte[ix.count()];
                for (int k = 0; k < part.length; k++) {
                    part[k] = b[(int) (ix.start() + k * ix.step())];
                }
                return new View(new PyBytes(part));
            }
            long i = (Long) Ops.index(a[0]);
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Exceptions.indexError("index out of bounds on dimension 1");
            }
            return v.item(b, (int) i);
        });
        MethodDescriptor.define(t, "hex", "", (self, a) -> {
            StringBuilder sb = new StringBuilder();
            for (byte x : ((View) self).bytes()) {
                sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
            }
            return PyStr.of(sb.toString());
        });
        MethodDescriptor.define(t, "tobytes", "order='C'", (self, a) -> new PyBytes(((View) self).bytes().clone()));
        MethodDescriptor.define(t, "tolist", "", (self, a) -> {
            View v = (View) self;
            byte[] b = v.bytes();
            PyList l = new PyList();
            for (int i = 0, n = v.length(); i < n; i++) {
                l.append(v.item(b, i));
            }
            return l;
        });
        MethodDescriptor.define(t, "release", "", (self, a) -> {
            ((View) self).released = true;
            return Py.None;
        });
        MethodDescriptor.define(t, "__enter__", "", (self, a) -> {
            ((View) self).bytes();
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
        GetSetDescriptor.define(t, "readonly", self -> ((View) self).obj instanceof PyBytes);
        GetSetDescriptor.define(t, "nbytes", self -> (long) ((View) self).bytes().length);
        GetSetDescriptor.define(t, "itemsize", self -> (long) ((View) self).itemsize);
        GetSetDescriptor.define(t, "format", self -> PyStr.of(((View) self).format));
        GetSetDescriptor.define(t, "ndim", self -> 1L);
    }

    /** The bytes a memoryview shows (a copy), or null when {@code o} is not a memoryview. */
    public static byte[] contents(Object o) {
        return o instanceof View v ? v.bytes().clone() : null;
    }

    /** The length in bytes of a writable memoryview, or -1 when {@code o} is not one. */
    public static int writableLength(Object o) {
        return o instanceof View v && v.obj instanceof PyByteArray ? v.bytes().length : -1;
    }

    /** Writes {@code data[0:n]} at the start of a writable memoryview; false when {@code o} is not one. */
    public static boolean write(Object o, byte[] data, int n) {
        if (!(o instanceof View v) || !(v.obj instanceof PyByteArray b)) {
            return false;
        }
        v.bytes();
        System.arraycopy(data, 0, b.bytes, 0, n);
        return true;
    }

    /** Adds {@code memoryview} to a builtins dict. */
    public static void installInto(PyDict builtins) {
        builtins.put(PyStr.of("memoryview"), TYPE);
    }
}
