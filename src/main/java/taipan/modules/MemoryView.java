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
        boolean released;

        View(Object obj) {
            super(TYPE);
            this.obj = obj;
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
        MethodDescriptor.define(t, "__len__", "", (self, a) -> (long) ((View) self).bytes().length);
        MethodDescriptor.define(t, "__getitem__", "key, /", (self, a) -> {
            byte[] b = ((View) self).bytes();
            long i = (Long) Ops.index(a[0]);
            if (i < 0) {
                i += b.length;
            }
            if (i < 0 || i >= b.length) {
                throw Exceptions.indexError("index out of bounds on dimension 1");
            }
            return (long) (b[(int) i] & 0xFF);
        });
        MethodDescriptor.define(t, "tobytes", "order='C'", (self, a) -> new PyBytes(((View) self).bytes().clone()));
        MethodDescriptor.define(t, "tolist", "", (self, a) -> {
            PyList l = new PyList();
            for (byte x : ((View) self).bytes()) {
                l.append((long) (x & 0xFF));
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
        GetSetDescriptor.define(t, "itemsize", self -> 1L);
        GetSetDescriptor.define(t, "format", self -> PyStr.of("B"));
        GetSetDescriptor.define(t, "ndim", self -> 1L);
    }

    /** Adds {@code memoryview} to a builtins dict. */
    public static void installInto(PyDict builtins) {
        builtins.put(PyStr.of("memoryview"), TYPE);
    }
}
