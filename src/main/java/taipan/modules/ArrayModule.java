package taipan.modules;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;
import taipan.runtime.BufferProtocol;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyIterator;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * The {@code array} module of Python 3.11: {@code array.array} (alias ArrayType) for the
 * typecodes b B u h H i I l L q Q f d with the sizes of x86-64 Linux ('u' is a 4-byte
 * wchar_t, 'l'/'L' 8 bytes), stored as little-endian bytes, so the array is a buffer for
 * struct, bytes(), bytearray(), binascii and zlib. Item conversion raises CPython's
 * OverflowError/TypeError texts; pickling uses {@code _array_reconstructor} with CPython's
 * machine format codes, as CPython does for protocol 3 and above.
 */
public final class ArrayModule {
    private ArrayModule() {}

    public static final PyType ARRAY = BuiltinTypes.builtin("array", BuiltinTypes.OBJECT, PyArray::new)
        .withCollectionFlags(PyType.SEQUENCE_FLAG);
    static final PyType ARRAY_ITERATOR = PyIterator.defineIteratorType("arrayiterator");
    static final String TYPECODES = "bBuhHiIlLqQfd";

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** An array: {@code nbytes} bytes of {@code data} hold the items, {@code itemsize} bytes each, little-endian. */
    static final class PyArray extends PyObject implements BufferProtocol.Exporter {
        char typecode;
        int itemsize;
        byte[] data = new byte[0];
        int nbytes;

        PyArray(PyType type) {
            super(type);
        }

        PyArray(char typecode) {
            super(ARRAY);
            setTypecode(typecode);
        }

        void setTypecode(char typecode) {
            this.typecode = typecode;
            this.itemsize = itemSize(typecode);
        }

        int length() {
            return nbytes / itemsize;
        }

        /** A copy of the items' bytes. */
        byte[] exportBytes() {
            return Arrays.copyOf(data, nbytes);
        }

        /** The live buffer exports (memoryviews), null before the first. */
        private BufferProtocol.ExportTracker exports;

        @Override
        public BufferProtocol.Buffer getBuffer() {
            if (exports == null) {
                exports = new BufferProtocol.ExportTracker();
            }
            return exports.track(new BufferProtocol.Buffer(this, data, 0, nbytes, false,
                typecode == 'u' ? "w" : String.valueOf(typecode), itemsize, new int[] {length()},
                new int[] {itemsize}, null));
        }

        /** BufferError while a buffer of this array is exported: its storage must stay in place. */
        void checkResizable() {
            if (exports != null && exports.hasLiveExports()) {
                throw Exceptions.error(Exceptions.BUFFER_ERROR, "cannot resize an array that is exporting buffers");
            }
        }

        /** Room for {@code n} more items, returning the byte offset where they go. */
        int grow(int n) {
            if (n > 0) {
                checkResizable();
            }
            long need = nbytes + (long) n * itemsize;
            if (need > Integer.MAX_VALUE - 16) {
                throw new PyException(new taipan.runtime.PyBaseException(Exceptions.MEMORY_ERROR, PyTuple.EMPTY));
            }
            if (need > data.length) {
                data = Arrays.copyOf(data, (int) Math.max(need, Math.min(Integer.MAX_VALUE - 16, data.length * 2L + 16)));
            }
            int at = nbytes;
            nbytes = (int) need;
            return at;
        }

        Object get(int i) {
            int off = i * itemsize;
            return switch (typecode) {
                case 'b' -> (long) data[off];
                case 'B' -> (long) (data[off] & 0xFF);
                case 'h' -> (long) (short) SHORT.get(data, off);
                case 'H' -> (long) ((short) SHORT.get(data, off) & 0xFFFF);
                case 'i' -> (long) (int) INT.get(data, off);
                case 'I' -> (int) INT.get(data, off) & 0xFFFFFFFFL;
                case 'u' -> {
                    int cp = (int) INT.get(data, off);
                    if (cp < 0 || cp > 0x10FFFF) {
                        throw Exceptions.valueError("character U+" + Integer.toHexString(cp)
                            + " is not in range [U+0000; U+10ffff]");
                    }
                    yield PyStr.of(Character.toString(cp));
                }
                case 'l', 'q' -> (long) LONG.get(data, off);
                case 'L', 'Q' -> StructFormat.unsigned((long) LONG.get(data, off));
                case 'f' -> (double) (float) FLOAT.get(data, off);
                default -> (double) DOUBLE.get(data, off);
            };
        }

        /** Stores {@code v} at item {@code i}, converting it as CPython does for this typecode. */
        void set(int i, Object v) {
            store(typecode, data, i * itemsize, v);
        }

        void append(Object v) {
            byte[] item = new byte[itemsize];
            store(typecode, item, 0, v);
            int at = grow(1);
            System.arraycopy(item, 0, data, at, itemsize);
        }
    }

    /** The array iterator: sees the array's current length at each step, as CPython's does. */
    static final class ArrayIterator extends PyIterator {
        final PyArray array;
        int index;

        ArrayIterator(PyArray array) {
            super(ARRAY_ITERATOR);
            this.array = array;
        }

        @Override
        public Object next() {
            return index < array.length() ? array.get(index++) : null;
        }
    }

    static int itemSize(char typecode) {
        return switch (typecode) {
            case 'b', 'B' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'u', 'f' -> 4;
            default -> 8;
        };
    }

    // ---- item conversion --------------------------------------------------------------

    private static PyException overflow(String message) {
        return Exceptions.overflowError(message);
    }

    /** An int item as a Java long, "Python int too large to convert to C long" beyond it. */
    private static long cLong(Object v) {
        Object i = Ops.index(v);
        if (!(i instanceof Long l)) {
            throw overflow("Python int too large to convert to C long");
        }
        return l;
    }

    private static long bounded(Object v, long min, long max, String name) {
        long l = cLong(v);
        if (l < min) {
            throw overflow(name + " is less than minimum");
        }
        if (l > max) {
            throw overflow(name + " is greater than maximum");
        }
        return l;
    }

    /** An unsigned 64-bit item's bits, with the messages of the unsigned C conversions. */
    private static long unsigned(Object v, String negative, String tooBig) {
        Object i = Ops.index(v);
        BigInteger b = i instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) i;
        if (b.signum() < 0) {
            throw overflow(negative);
        }
        if (b.compareTo(TWO_64) >= 0) {
            throw overflow(tooBig);
        }
        return b.longValue();
    }

    static void store(char typecode, byte[] data, int off, Object v) {
        switch (typecode) {
            case 'b' -> data[off] = (byte) bounded(v, Byte.MIN_VALUE, Byte.MAX_VALUE, "signed char");
            case 'B' -> data[off] = (byte) bounded(v, 0, 255, "unsigned byte integer");
            case 'h' -> SHORT.set(data, off, (short) bounded(v, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer"));
            case 'H' -> SHORT.set(data, off, (short) bounded(v, 0, 0xFFFF, "unsigned short"));
            case 'i' -> INT.set(data, off, (int) bounded(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer"));
            case 'I' -> {
                long bits = unsigned(v, "can't convert negative value to unsigned int",
                    "Python int too large to convert to C unsigned long");
                if (bits < 0 || bits > 0xFFFFFFFFL) {
                    throw overflow("unsigned int is greater than maximum");
                }
                INT.set(data, off, (int) bits);
            }
            case 'l' -> LONG.set(data, off, cLong(v));
            case 'L' -> LONG.set(data, off, unsigned(v, "can't convert negative value to unsigned int",
                "Python int too large to convert to C unsigned long"));
            case 'q' -> {
                Object i = Ops.index(v);
                if (!(i instanceof Long l)) {
                    throw overflow("int too big to convert");
                }
                LONG.set(data, off, (long) l);
            }
            case 'Q' -> LONG.set(data, off, unsigned(v, "can't convert negative int to unsigned", "int too big to convert"));
            case 'u' -> {
                if (!(v instanceof PyStr s) || s.codePointLength() != 1) {
                    throw Exceptions.typeError("array item must be unicode character");
                }
                INT.set(data, off, s.value().codePointAt(0));
            }
            case 'f' -> FLOAT.set(data, off, (float) MathModule.toDouble(v));
            default -> DOUBLE.set(data, off, MathModule.toDouble(v));
        }
    }

    // ---- construction -----------------------------------------------------------------

    static {
        ARRAY.define("__module__", PyStr.of("array"));
        ARRAY_ITERATOR.define("__module__", PyStr.of("array"));
        ARRAY.define("__hash__", Py.None);
        ARRAY.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("array", "array.__new__", "cls, *args, **kwargs", (s, a) -> {
                PyType cls = (PyType) a[0];
                Object[] args = ((PyTuple) a[1]).items;
                if (cls == ARRAY && ((PyDict) a[2]).size() > 0) {
                    throw Exceptions.typeError("array.array() takes no keyword arguments");
                }
                if (args.length < 1 || args.length > 2) {
                    throw Exceptions.typeError(args.length < 1 ? "array() takes at least 1 argument (0 given)"
                        : "array() takes at most 2 arguments (" + args.length + " given)");
                }
                return construct(cls, args[0], args.length > 1 ? args[1] : null);
            })));
        ArrayMethods.install(ARRAY);
    }

    private static PyArray construct(PyType cls, Object typecodeArg, Object init) {
        if (!(typecodeArg instanceof PyStr tc) || tc.codePointLength() != 1) {
            throw Exceptions.typeError("array() argument 1 must be a unicode character, not " + Py.typeOf(typecodeArg).name());
        }
        char c = tc.value().charAt(0);
        if (TYPECODES.indexOf(c) < 0) {
            throw Exceptions.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        PyArray arr = (PyArray) cls.factory.create(cls);
        arr.setTypecode(c);
        if (init == null) {
            return arr;
        }
        if (init instanceof PyStr s) {
            if (c != 'u') {
                throw Exceptions.typeError("cannot use a str to initialize an array with typecode '" + c + "'");
            }
            ArrayMethods.fromUnicode(arr, s.value());
        } else if (init instanceof PyArray other && other.typecode == 'u' && c != 'u') {
            throw Exceptions.typeError("cannot use a unicode array to initialize an array with typecode '" + c + "'");
        } else if (init instanceof PyArray other && other.typecode != c) {
            ArrayMethods.extendFromIterable(arr, ArrayMethods.toList(other));
        } else if (init instanceof PyBytes || init instanceof taipan.runtime.PyByteArray) {
            ArrayMethods.fromBytes(arr, Buffers.read(init));
        } else {
            ArrayMethods.extendFromIterable(arr, init);
        }
        return arr;
    }

    public static PyModule create() {
        PyModule m = new PyModule("array");
        m.dict.put(PyStr.of("array"), ARRAY);
        m.dict.put(PyStr.of("ArrayType"), ARRAY);
        m.dict.put(PyStr.of("typecodes"), PyStr.of(TYPECODES));
        m.dict.put(PyStr.of("_array_reconstructor"), ArrayMethods.RECONSTRUCTOR);
        return m;
    }
}
