package taipan.modules;

import java.util.HashMap;
import java.util.Map;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyIterator;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * The {@code _struct} module behind {@code struct}: {@code Struct} (format, size, pack,
 * pack_into, unpack, unpack_from, iter_unpack), the module-level functions of the same names
 * plus {@code calcsize}, which go through a per-module cache of compiled formats (cleared by
 * {@code _clearcache}, and when it reaches 100 entries, as CPython does), and
 * {@code struct.error}. Buffers are anything {@link Buffers} reads; pack_into writes in place.
 * The formats themselves are {@link StructFormat}.
 */
public final class StructModule {
    private StructModule() {}

    public static final PyType ERROR = BuiltinTypes.builtin("error", Exceptions.EXCEPTION, null);
    public static final PyType STRUCT = BuiltinTypes.builtin("Struct", BuiltinTypes.OBJECT, StructObject::new);
    static final PyType UNPACK_ITERATOR = PyIterator.defineIteratorType("unpack_iterator");
    private static final int MAX_CACHE = 100;

    /** A Struct: its compiled format (null until {@code __init__}). */
    static final class StructObject extends PyObject {
        StructFormat format;

        StructObject(PyType type) {
            super(type);
        }

        StructFormat format() {
            if (format == null) {
                format = StructFormat.parse("");
            }
            return format;
        }
    }

    /** iter_unpack's iterator: successive records of the buffer. */
    static final class UnpackIterator extends PyIterator {
        final StructFormat format;
        final byte[] data;
        int offset;

        UnpackIterator(StructFormat format, byte[] data) {
            super(UNPACK_ITERATOR);
            this.format = format;
            this.data = data;
        }

        @Override
        public Object next() {
            if (offset + format.size > data.length) {
                return null;
            }
            PyTuple t = format.unpack(data, offset);
            offset += (int) format.size;
            return t;
        }
    }

    static {
        ERROR.instancesHaveDict = true;
        ERROR.define("__module__", PyStr.of("struct"));
        STRUCT.define("__module__", PyStr.of("_struct"));
        UNPACK_ITERATOR.define("__module__", PyStr.of("_struct"));
        installStruct();
    }

    public static PyModule create() {
        PyModule m = new PyModule("_struct");
        Map<String, StructFormat> cache = new HashMap<>();
        java.util.function.Function<Object, StructFormat> compile = f -> {
            String text = formatText(f);
            synchronized (cache) {
                StructFormat sf = cache.get(text);
                if (sf == null) {
                    sf = StructFormat.parse(text);
                    if (cache.size() >= MAX_CACHE) {
                        cache.clear();
                    }
                    cache.put(text, sf);
                }
                return sf;
            }
        };
        put(m, "error", ERROR);
        put(m, "Struct", STRUCT);
        fn(m, "_clearcache", "", a -> {
            synchronized (cache) {
                cache.clear();
            }
            return Py.None;
        });
        fn(m, "calcsize", "format, /", a -> compile.apply(a[0]).size);
        fn(m, "pack", "*args", a -> {
            Object[] args = ((PyTuple) a[0]).items;
            if (args.length == 0) {
                throw Exceptions.typeError("missing format argument");
            }
            return pack(compile.apply(args[0]), args, 1);
        });
        fn(m, "pack_into", "*args", a -> {
            Object[] args = ((PyTuple) a[0]).items;
            if (args.length == 0) {
                throw Exceptions.typeError("missing format argument");
            }
            return packInto(compile.apply(args[0]), args, 1);
        });
        fn(m, "unpack", "*args", a -> {
            Object[] args = ((PyTuple) a[0]).items;
            if (args.length != 2) {
                throw Exceptions.typeError("unpack expected 2 arguments, got " + args.length);
            }
            return unpack(compile.apply(args[0]), args[1]);
        });
        fn(m, "unpack_from", "format, /, buffer, offset=0", a -> unpackFrom(compile.apply(a[0]), a[1], a[2]));
        fn(m, "iter_unpack", "format, buffer, /", a -> iterUnpack(compile.apply(a[0]), a[1]));
        return m;
    }

    /** The text of a format argument: str, or bytes read as latin-1. */
    static String formatText(Object f) {
        if (f instanceof PyStr s) {
            return s.value();
        }
        if (f instanceof PyBytes b) {
            return new String(b.bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        throw Exceptions.typeError("Struct() argument 1 must be a str or bytes object, not " + Py.typeOf(f).name());
    }

    private static Object pack(StructFormat f, Object[] args, int from) {
        if (args.length - from != f.items) {
            throw StructFormat.error("pack expected " + f.items + " items for packing (got " + (args.length - from) + ")");
        }
        return new PyBytes(f.pack(args, from));
    }

    private static Object packInto(StructFormat f, Object[] args, int from) {
        if (args.length - from < 1) {
            throw StructFormat.error("pack_into expected buffer argument");
        }
        if (args.length - from < 2) {
            throw StructFormat.error("pack_into expected offset argument");
        }
        if (args.length - from - 2 != f.items) {
            throw StructFormat.error("pack_into expected " + f.items + " items for packing (got "
                + (args.length - from - 2) + ")");
        }
        int length = Buffers.writable(args[from]).length();
        long offset = indexArg(args[from + 1]);
        if (offset < 0) {
            if (offset + length < 0) {
                throw StructFormat.error("offset " + offset + " out of range for " + length + "-byte buffer");
            }
            if (offset + f.size > 0) {
                throw StructFormat.error("no space to pack " + f.size + " bytes at offset " + offset);
            }
            offset += length;
        }
        if (length - offset < f.size) {
            throw StructFormat.error("pack_into requires a buffer of at least " + (f.size + offset)
                + " bytes for packing " + f.size + " bytes at offset " + offset + " (actual buffer size is " + length + ")");
        }
        byte[] packed = f.pack(args, from + 2);
        Buffers.Writable target = Buffers.writable(args[from]);
        if (target.length() - offset < packed.length) {
            throw Exceptions.error(Exceptions.BUFFER_ERROR, "buffer was resized while packing");
        }
        System.arraycopy(packed, 0, target.array(), target.offset() + (int) offset, packed.length);
        return Py.None;
    }

    private static long indexArg(Object o) {
        Object i = Ops.index(o);
        if (!(i instanceof Long l)) {
            throw Exceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        return l;
    }

    private static Object unpack(StructFormat f, Object buffer) {
        byte[] data = Buffers.read(buffer);
        if (data.length != f.size) {
            throw StructFormat.error("unpack requires a buffer of " + f.size + " bytes");
        }
        return f.unpack(data, 0);
    }

    private static Object unpackFrom(StructFormat f, Object buffer, Object offsetArg) {
        byte[] data = Buffers.read(buffer);
        long offset = indexArg(offsetArg);
        if (offset < 0) {
            if (offset + data.length < 0) {
                throw StructFormat.error("offset " + offset + " out of range for " + data.length + "-byte buffer");
            }
            if (offset + f.size > 0) {
                throw StructFormat.error("not enough data to unpack " + f.size + " bytes at offset " + offset);
            }
            offset += data.length;
        }
        if (data.length - offset < f.size) {
            throw StructFormat.error("unpack_from requires a buffer of at least " + (f.size + offset)
                + " bytes for unpacking " + f.size + " bytes at offset " + offset + " (actual buffer size is "
                + data.length + ")");
        }
        return f.unpack(data, (int) offset);
    }

    private static Object iterUnpack(StructFormat f, Object buffer) {
        byte[] data = Buffers.read(buffer);
        if (f.size == 0) {
            throw StructFormat.error("cannot iteratively unpack with a struct of length 0");
        }
        if (data.length % f.size != 0) {
            throw StructFormat.error("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
        }
        return new UnpackIterator(f, data);
    }

    private static StructFormat format(Object self) {
        return ((StructObject) self).format();
    }

    private static void installStruct() {
        PyType t = STRUCT;
        MethodDescriptor.define(t, "__init__", "format", (self, a) -> {
            ((StructObject) self).format = StructFormat.parse(formatText(a[0]));
            return Py.None;
        });
        GetSetDescriptor.define(t, "format", self -> PyStr.of(format(self).format));
        GetSetDescriptor.define(t, "size", self -> format(self).size);
        MethodDescriptor.define(t, "pack", "*args", (self, a) -> pack(format(self), ((PyTuple) a[0]).items, 0));
        MethodDescriptor.define(t, "pack_into", "*args", (self, a) ->
            packInto(format(self), ((PyTuple) a[0]).items, 0));
        MethodDescriptor.define(t, "unpack", "buffer, /", (self, a) -> unpack(format(self), a[0]));
        MethodDescriptor.define(t, "unpack_from", "buffer, offset=0", (self, a) -> unpackFrom(format(self), a[0], a[1]));
        MethodDescriptor.define(t, "iter_unpack", "buffer, /", (self, a) -> iterUnpack(format(self), a[0]));
        MethodDescriptor.define(t, "__sizeof__", "", (self, a) ->
            48L + 32L * (format(self).codes == null ? 0 : format(self).codes.length + 1));
        MethodDescriptor.define(t, "__repr__", "", (self, a) ->
            PyStr.of("<_struct.Struct object at " + WeakrefModule.address(self) + ">"));
        MethodDescriptor.define(UNPACK_ITERATOR, "__length_hint__", "", (self, a) -> {
            UnpackIterator it = (UnpackIterator) self;
            return (it.data.length - it.offset) / it.format.size;
        });
    }

    private static void put(PyModule m, String name, Object value) {
        m.dict.put(PyStr.of(name), value);
    }

    private static void fn(PyModule m, String name, String spec, java.util.function.Function<Object[], Object> body) {
        put(m, name, BuiltinFunction.of("_struct", name, spec, (s, a) -> body.apply(a)));
    }
}
