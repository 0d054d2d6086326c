package taipan.modules;

import taipan.runtime.BufferProtocol;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.Hashing;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyDict;
import taipan.runtime.PyIterator;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * The built-in {@code memoryview} as in CPython 3.11: a view over the buffer of any exporter
 * ({@link BufferProtocol}) with a struct native item format, any number of dimensions and
 * strides; casts, indexing and slicing (one dimension at a time), item and slice assignment,
 * comparison by item values, hashing of read-only byte views, release and the context manager.
 *
 * <p>Views made from one another (slices, casts, memoryview(view)) share one export of the
 * underlying object, which is released when the last of them is released (or is unreachable),
 * so e.g. a bytearray cannot be resized while any of them is alive.
 */
public final class MemoryView {
    private MemoryView() {}

    public static final PyType TYPE = BuiltinTypes.builtin("memoryview", BuiltinTypes.OBJECT, null)
        .withCollectionFlags(PyType.SEQUENCE_FLAG);
    private static final PyType ITERATOR = PyIterator.defineIteratorType("memory_iterator");

    /** One export of an object, shared by the views made from it. */
    private static final class Export {
        final BufferProtocol.Buffer buffer;
        int views;

        Export(BufferProtocol.Buffer buffer) {
            this.buffer = buffer;
        }
    }

    /** A memoryview: items of {@code format} at {@code array[offset + sum(index[d] * strides[d])]}. */
    public static final class View extends PyObject implements BufferProtocol.Exporter {
        private final Export export;
        final Object obj;
        final byte[] array;
        final int offset;
        final boolean readonly;
        final String format;
        final int itemsize;
        final int[] shape;
        final int[] strides;
        boolean released;
        /** Buffers exported from this view and not yet released. */
        private int exports;
        private long hash = -1;

        private View(Export export, int offset, boolean readonly, String format, int itemsize, int[] shape,
                int[] strides) {
            super(TYPE);
            this.export = export;
            this.obj = export.buffer.obj;
            this.array = export.buffer.array;
            this.offset = offset;
            this.readonly = readonly;
            this.format = format;
            this.itemsize = itemsize;
            this.shape = shape;
            this.strides = strides;
            export.views++;
        }

        /** A view of the whole of a fresh export. */
        static View of(BufferProtocol.Buffer b) {
            Export e = new Export(b);
            return new View(e, b.offset, b.readonly, b.format, b.itemsize, b.shape.clone(), b.strides.clone());
        }

        /** A view sharing this one's export. */
        View derive(int newOffset, boolean ro, String fmt, int size, int[] newShape, int[] newStrides) {
            return new View(export, newOffset, ro, fmt, size, newShape, newStrides);
        }

        View check() {
            if (released) {
                throw Exceptions.valueError("operation forbidden on released memoryview object");
            }
            return this;
        }

        int ndim() {
            return shape.length;
        }

        int nbytes() {
            int n = itemsize;
            for (int s : shape) {
                n *= s;
            }
            return n;
        }

        BufferProtocol.Buffer layout() {
            return new BufferProtocol.Buffer(obj, array, offset, nbytes(), readonly, format, itemsize, shape, strides,
                null);
        }

        /** The items' bytes in C order (a new array). */
        byte[] bytes() {
            return check().layout().toBytes();
        }

        @Override
        public BufferProtocol.Buffer getBuffer() {
            check();
            exports++;
            return new BufferProtocol.Buffer(obj, array, offset, nbytes(), readonly, format, itemsize, shape,
                strides, () -> exports--);
        }

        void release() {
            if (released) {
                return;
            }
            if (exports > 0) {
                throw Exceptions.error(Exceptions.BUFFER_ERROR,
                    "memoryview has " + exports + " exported buffer" + (exports == 1 ? "" : "s"));
            }
            released = true;
            if (--export.views == 0) {
                export.buffer.release();
            }
        }

        boolean isCContiguous() {
            return layout().isCContiguous();
        }

        boolean isFContiguous() {
            int expected = itemsize;
            for (int d = 0; d < shape.length; d++) {
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
    }

    private static final class ItemIterator extends PyIterator {
        private final View view;
        private final char format;
        private int index;

        ItemIterator(View view) {
            super(ITERATOR);
            this.view = view;
            this.format = MemoryFormats.supported(view.format);
        }

        @Override
        public Object next() {
            if (index >= view.check().shape[0]) {
                return null;
            }
            return MemoryFormats.unpack(format, view.array, view.offset + index++ * view.strides[0]);
        }
    }

    static {
        PyType t = TYPE;
        t.acceptsSubclasses = false;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "memoryview", "cls, object", (s, a) -> {
                Object o = a[1];
                if (o instanceof View v) {
                    v.check();
                    return v.derive(v.offset, v.readonly, v.format, v.itemsize, v.shape, v.strides);
                }
                BufferProtocol.Buffer b = BufferProtocol.acquire(o);
                if (b == null) {
                    throw Exceptions.typeError("memoryview: a bytes-like object is required, not '"
                        + Py.typeOf(o).name() + "'");
                }
                return View.of(b);
            })));
        MethodDescriptor.define(t, "__len__", "", (self, a) -> {
            View v = ((View) self).check();
            return v.ndim() == 0 ? 1L : (long) v.shape[0];
        });
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> {
            View v = ((View) self).check();
            if (v.ndim() == 0) {
                throw Exceptions.typeError("invalid indexing of 0-dim memory");
            }
            if (v.ndim() > 1) {
                throw Exceptions.notImplementedError("multi-dimensional sub-views are not implemented");
            }
            return new ItemIterator(v);
        });
        MethodDescriptor.define(t, "__getitem__", "key, /", (self, a) -> MemoryViewItems.getItem((View) self, a[0]));
        MethodDescriptor.define(t, "__setitem__", "key, value, /", (self, a) -> {
            MemoryViewItems.setItem((View) self, a[0], a[1]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__delitem__", "key, /", (self, a) -> {
            View v = ((View) self).check();
            throw Exceptions.typeError(v.readonly ? "cannot modify read-only memory" : "cannot delete memory");
        });
        MethodDescriptor.define(t, "cast", "format, shape=?", (self, a) -> MemoryViewItems.cast((View) self, a[0], a[1]));
        MethodDescriptor.define(t, "tobytes", "order=None", (self, a) -> {
            View v = ((View) self).check();
            if (a[0] != Py.None && !(a[0] instanceof PyStr)) {
                throw Exceptions.typeError("tobytes() argument 'order' must be str or None, not "
                    + Py.typeOf(a[0]).name());
            }
            String order = a[0] == Py.None ? "C" : ((PyStr) a[0]).value();
            if (!order.equals("C") && !order.equals("F") && !order.equals("A")) {
                throw Exceptions.valueError("order must be 'C', 'F' or 'A'");
            }
            return new PyBytes(order.equals("F") ? MemoryViewItems.fortranBytes(v) : v.bytes());
        });
        MethodDescriptor.define(t, "hex", "sep=?, bytes_per_sep=?", (self, a) -> {
            PyBytes data = new PyBytes(((View) self).bytes());
            Object hex = Ops.getAttr(data, "hex");
            return a[0] == null ? Ops.call(hex) : a[1] == null ? Ops.call(hex, a[0]) : Ops.call(hex, a[0], a[1]);
        });
        MethodDescriptor.define(t, "tolist", "", (self, a) -> {
            View v = ((View) self).check();
            char f = MemoryFormats.supported(v.format);
            return MemoryViewItems.list(v, f, 0, v.offset);
        });
        MethodDescriptor.define(t, "toreadonly", "", (self, a) -> {
            View v = ((View) self).check();
            return v.derive(v.offset, true, v.format, v.itemsize, v.shape, v.strides);
        });
        MethodDescriptor.define(t, "release", "", (self, a) -> {
            ((View) self).release();
            return Py.None;
        });
        MethodDescriptor.define(t, "__enter__", "", (self, a) -> ((View) self).check());
        MethodDescriptor.define(t, "__exit__", "*args", (self, a) -> {
            ((View) self).release();
            return Py.None;
        });
        MethodDescriptor.define(t, "__eq__", "other, /", (self, a) -> MemoryViewItems.equal((View) self, a[0]));
        MethodDescriptor.define(t, "__ne__", "other, /", (self, a) -> {
            Object eq = MemoryViewItems.equal((View) self, a[0]);
            return eq == Py.NotImplemented ? eq : (Object) !(Boolean) eq;
        });
        MethodDescriptor.define(t, "__hash__", "", (self, a) -> {
            if (((View) self).hash != -1) {
                return ((View) self).hash;
            }
            View v = ((View) self).check();
            if (v.hash == -1) {
                if (!v.readonly) {
                    throw Exceptions.valueError("cannot hash writable memoryview object");
                }
                if (!MemoryFormats.isByteFormat(MemoryFormats.nativeChar(v.format))) {
                    throw Exceptions.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
                }
                if (v.obj != null) {
                    Ops.hash(v.obj);
                }
                v.hash = Hashing.hashBytes(v.bytes());
            }
            return v.hash;
        });
        MethodDescriptor.define(t, "__reduce_ex__", "protocol, /", (self, a) -> {
            throw Exceptions.typeError("cannot pickle memoryview objects");
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) ->
            PyStr.of("<" + (((View) self).released ? "released " : "") + "memory at " + WeakrefModule.address(self) + ">"));
        GetSetDescriptor.define(t, "obj", self -> ((View) self).check().obj);
        GetSetDescriptor.define(t, "readonly", self -> ((View) self).check().readonly);
        GetSetDescriptor.define(t, "nbytes", self -> (long) ((View) self).check().nbytes());
        GetSetDescriptor.define(t, "itemsize", self -> (long) ((View) self).check().itemsize);
        GetSetDescriptor.define(t, "format", self -> PyStr.of(((View) self).check().format));
        GetSetDescriptor.define(t, "ndim", self -> (long) ((View) self).check().ndim());
        GetSetDescriptor.define(t, "shape", self -> intTuple(((View) self).check().shape));
        GetSetDescriptor.define(t, "strides", self -> intTuple(((View) self).check().strides));
        GetSetDescriptor.define(t, "suboffsets", self -> {
            ((View) self).check();
            return PyTuple.EMPTY;
        });
        GetSetDescriptor.define(t, "c_contiguous", self -> ((View) self).check().isCContiguous());
        GetSetDescriptor.define(t, "f_contiguous", self -> ((View) self).check().isFContiguous());
        GetSetDescriptor.define(t, "contiguous", self -> {
            View v = ((View) self).check();
            return v.isCContiguous() || v.isFContiguous();
        });
    }

    private static PyTuple intTuple(int[] values) {
        Object[] items = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = (long) values[i];
        }
        return PyTuple.of(items);
    }

    /** The writable C-contiguous buffer {@code o} exports (released already), or null. */
    private static BufferProtocol.Buffer writableBuffer(Object o) {
        BufferProtocol.Buffer b = BufferProtocol.acquire(o);
        if (b == null) {
            return null;
        }
        b.release();
        return !b.readonly && b.isCContiguous() ? b : null;
    }

    /** The length in bytes of a writable C-contiguous buffer (memoryview, bytearray...), or -1. */
    public static int writableLength(Object o) {
        BufferProtocol.Buffer b = writableBuffer(o);
        return b == null ? -1 : b.length;
    }

    /** Writes {@code data[0:n]} at the start of a writable buffer; false when {@code o} is not one. */
    public static boolean write(Object o, byte[] data, int n) {
        BufferProtocol.Buffer b = writableBuffer(o);
        if (b == null) {
            return false;
        }
        System.arraycopy(data, 0, b.array, b.offset, n);
        return true;
    }

    /** Adds {@code memoryview} to a builtins dict. */
    public static void installInto(PyDict builtins) {
        builtins.put(PyStr.of("memoryview"), TYPE);
    }
}
