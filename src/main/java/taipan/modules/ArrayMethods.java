package taipan.modules;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import taipan.modules.ArrayModule.PyArray;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.CompareOp;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.Identity;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PySlice;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.ReprGuard;
import taipan.runtime.SliceIndices;

/**
 * The methods of {@code array.array} (see {@link ArrayModule}): the list-like operations
 * (append, extend, insert, pop, remove, index, count, reverse, indexing and slicing with
 * assignment and deletion, +, *, +=, *=, comparisons, iteration), the conversions (bytes,
 * list, str, files) and pickling support, with CPython's messages.
 */
final class ArrayMethods {
    private ArrayMethods() {}

    /** CPython's machine format codes, by typecode position in {@link ArrayModule#TYPECODES}. */
    private static final int[] MACHINE_FORMAT = {1, 0, 20, 4, 2, 8, 6, 12, 10, 12, 10, 14, 16};

    static final BuiltinFunction RECONSTRUCTOR = BuiltinFunction.of("array", "_array_reconstructor",
        "arraytype, typecode, mformat_code, items, /", (s, a) -> reconstruct(a[0], a[1], a[2], a[3]));

    private static PyArray arr(Object o) {
        return (PyArray) o;
    }

    private static PyArray newArray(char typecode, byte[] bytes) {
        PyArray r = new PyArray(typecode);
        r.data = bytes;
        r.nbytes = bytes.length;
        return r;
    }

    private static PyException badArgument() {
        return Exceptions.typeError("bad argument type for built-in operation");
    }

    // ---- conversions used by construction -----------------------------------------------

    static void fromBytes(PyArray a, byte[] bytes) {
        if (bytes.length % a.itemsize != 0) {
            throw Exceptions.valueError("bytes length not a multiple of item size");
        }
        int at = a.grow(bytes.length / a.itemsize);
        System.arraycopy(bytes, 0, a.data, at, bytes.length);
    }

    static void fromUnicode(PyArray a, String s) {
        int[] cps = s.codePoints().toArray();
        int at = a.grow(cps.length);
        for (int cp : cps) {
            ByteBuffer.wrap(a.data, at, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(cp);
            at += 4;
        }
    }

    static void extendFromIterable(PyArray a, Object iterable) {
        if (iterable instanceof PyArray other) {
            if (other.typecode != a.typecode) {
                throw Exceptions.typeError("can only extend with array of same kind");
            }
            byte[] bytes = other.exportBytes();
            int at = a.grow(other.length());
            System.arraycopy(bytes, 0, a.data, at, bytes.length);
            return;
        }
        Object it = Ops.iter(iterable);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            a.append(x);
        }
    }

    private static String toUnicode(PyArray a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = a.length(); i < n; i++) {
            sb.append(((PyStr) a.get(i)).value());
        }
        return sb.toString();
    }

    static PyList toList(PyArray a) {
        PyList l = new PyList();
        for (int i = 0, n = a.length(); i < n; i++) {
            l.append(a.get(i));
        }
        return l;
    }

    // ---- indexing -----------------------------------------------------------------------

    private static int index(PyArray a, Object key, String message) {
        if (!Ops.isInt(key) && Py.typeOf(key).lookup("__index__") == null) {
            throw Exceptions.typeError("array indices must be integers");
        }
        Object i = Ops.index(key);
        long n = a.length();
        long k = i instanceof Long l ? l : ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (k < 0) {
            k += n;
        }
        if (k < 0 || k >= n) {
            throw Exceptions.indexError(message);
        }
        return (int) k;
    }

    private static Object getItem(PyArray a, Object key) {
        if (key instanceof PySlice s) {
            SliceIndices ix = SliceIndices.of(s, a.length());
            byte[] out = new byte[ix.count() * a.itemsize];
            for (int k = 0; k < ix.count(); k++) {
                System.arraycopy(a.data, (int) (ix.start() + k * ix.step()) * a.itemsize, out, k * a.itemsize, a.itemsize);
            }
            return newArray(a.typecode, out);
        }
        return a.get(index(a, key, "array index out of range"));
    }

    private static void setItem(PyArray a, Object key, Object value) {
        if (!(key instanceof PySlice s)) {
            a.set(index(a, key, "array assignment index out of range"), value);
            return;
        }
        if (!(value instanceof PyArray v)) {
            throw Exceptions.typeError("can only assign array (not \"" + Py.typeOf(value).name() + "\") to array slice");
        }
        if (v.typecode != a.typecode) {
            throw badArgument();
        }
        byte[] src = v.exportBytes();
        SliceIndices ix = SliceIndices.of(s, a.length());
        int size = a.itemsize;
        if (ix.step() == 1) {
            int start = ix.start();
            int stop = start + ix.count();
            byte[] out = new byte[a.nbytes - (stop - start) * size + src.length];
            System.arraycopy(a.data, 0, out, 0, start * size);
            System.arraycopy(src, 0, out, start * size, src.length);
            System.arraycopy(a.data, stop * size, out, start * size + src.length, a.nbytes - stop * size);
            if (out.length == a.nbytes) {
                System.arraycopy(out, 0, a.data, 0, out.length);
                return;
            }
            a.checkResizable();
            a.data = out;
            a.nbytes = out.length;
            return;
        }
        if (src.length / size != ix.count()) {
            throw Exceptions.valueError("attempt to assign array of size " + src.length / size
                + " to extended slice of size " + ix.count());
        }
        for (int k = 0; k < ix.count(); k++) {
            System.arraycopy(src, k * size, a.data, (int) (ix.start() + k * ix.step()) * size, size);
        }
    }

    private static void delItem(PyArray a, Object key) {
        a.checkResizable();
        int size = a.itemsize;
        boolean[] drop = new boolean[a.length()];
        if (key instanceof PySlice s) {
            SliceIndices ix = SliceIndices.of(s, a.length());
            for (int k = 0; k < ix.count(); k++) {
                drop[(int) (ix.start() + k * ix.step())] = true;
            }
        } else {
            drop[index(a, key, "array assignment index out of range")] = true;
        }
        byte[] out = new byte[a.nbytes];
        int kept = 0;
        for (int i = 0; i < drop.length; i++) {
            if (!drop[i]) {
                System.arraycopy(a.data, i * size, out, kept * size, size);
                kept++;
            }
        }
        a.data = out;
        a.nbytes = kept * size;
    }

    private static void insert(PyArray a, long where, Object v) {
        byte[] item = new byte[a.itemsize];
        ArrayModule.store(a.typecode, item, 0, v);
        int n = a.length();
        if (where < 0) {
            where = Math.max(0, where + n);
        }
        int at = (int) Math.min(where, n) * a.itemsize;
        a.grow(1);
        System.arraycopy(a.data, at, a.data, at + a.itemsize, a.nbytes - a.itemsize - at);
        System.arraycopy(item, 0, a.data, at, a.itemsize);
    }

    private static int find(PyArray a, Object v, long start, long stop) {
        int n = a.length();
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + n);
        }
        for (long i = start; i < Math.min(stop, n); i++) {
            if (Ops.eq(a.get((int) i), v)) {
                return (int) i;
            }
        }
        return -1;
    }

    private static long clampedIndex(Object o) {
        Object i = Ops.index(o);
        return i instanceof Long l ? l : ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    private static PyArray repeat(PyArray a, long times) {
        if (times <= 0 || a.nbytes == 0) {
            return newArray(a.typecode, new byte[0]);
        }
        if (times > (Integer.MAX_VALUE - 16) / a.nbytes) {
            throw Exceptions.withArgs(Exceptions.MEMORY_ERROR);
        }
        byte[] out = new byte[(int) (a.nbytes * times)];
        for (int k = 0; k < times; k++) {
            System.arraycopy(a.data, 0, out, k * a.nbytes, a.nbytes);
        }
        return newArray(a.typecode, out);
    }

    private static boolean isIndex(Object o) {
        return Ops.isInt(o) || Py.typeOf(o).lookup("__index__") != null;
    }

    // ---- pickling -----------------------------------------------------------------------

    static Object reconstruct(Object arraytype, Object typecodeArg, Object mformatArg, Object items) {
        if (!(arraytype instanceof PyType cls)) {
            throw Exceptions.typeError("first argument must be a type object, not " + Py.typeOf(arraytype).name());
        }
        if (!cls.isSubtypeOf(ArrayModule.ARRAY)) {
            throw Exceptions.typeError(cls.name() + " is not a subtype of array.array");
        }
        if (!(typecodeArg instanceof PyStr tc) || tc.codePointLength() != 1
                || ArrayModule.TYPECODES.indexOf(tc.value().charAt(0)) < 0) {
            throw Exceptions.valueError("second argument must be a valid type code");
        }
        Object mf = Ops.index(mformatArg);
        if (!(mf instanceof Long code) || code < 0 || code > 21) {
            throw Exceptions.valueError("third argument must be a valid machine format code.");
        }
        if (!(items instanceof PyBytes b)) {
            throw Exceptions.typeError("fourth argument should be bytes, not " + Py.typeOf(items).name());
        }
        char c = tc.value().charAt(0);
        PyArray a = (PyArray) cls.factory.create(cls);
        if (code == MACHINE_FORMAT[ArrayModule.TYPECODES.indexOf(c)]) {
            a.setTypecode(c);
            fromBytes(a, b.bytes);
            return a;
        }
        PyList values = decodeMachineFormat((int) (long) code, b.bytes);
        if (code <= 13) {
            // integers become the last typecode of their size and signedness, as in CPython
            int size = code <= 1 ? 1 : 2 << ((code - 2) / 4);
            boolean signed = code == 1 || (code >= 2 && (code - 2) / 2 % 2 == 1);
            for (char candidate : "bBhHiIlLqQ".toCharArray()) {
                if (ArrayModule.itemSize(candidate) == size && Character.isLowerCase(candidate) == signed) {
                    c = candidate;
                }
            }
        }
        a.setTypecode(c);
        if (c == 'u') {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < values.size; i++) {
                sb.append(((PyStr) values.items[i]).value());
            }
            fromUnicode(a, sb.toString());
        } else {
            extendFromIterable(a, values);
        }
        return a;
    }

    /** The values stored in {@code bytes} in CPython's machine format {@code code}. */
    private static PyList decodeMachineFormat(int code, byte[] bytes) {
        int size;
        if (code <= 1) {
            size = 1;
        } else if (code <= 13) {
            size = 2 << ((code - 2) / 4);
        } else {
            size = code <= 15 ? 4 : code <= 17 ? 8 : code <= 19 ? 2 : 4;
        }
        if (bytes.length % size != 0) {
            throw Exceptions.valueError("string length not a multiple of item size");
        }
        boolean bigEndian = code >= 2 && code % 2 == 1;
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        PyList out = new PyList();
        if (code == 18 || code == 19) {
            char[] chars = new char[bytes.length / 2];
            buf.asCharBuffer().get(chars);
            new String(chars).codePoints().forEach(cp -> out.append(PyStr.of(Character.toString(cp))));
            return out;
        }
        for (int i = 0; i < bytes.length / size; i++) {
            if (code >= 20) {
                out.append(PyStr.of(Character.toString(buf.getInt())));
            } else if (code == 14 || code == 15) {
                out.append((double) buf.getFloat());
            } else if (code == 16 || code == 17) {
                out.append(buf.getDouble());
            } else {
                boolean signed = code == 1 || (code >= 2 && (code - 2) / 2 % 2 == 1);
                long v = switch (size) {
                    case 1 -> signed ? buf.get() : buf.get() & 0xFF;
                    case 2 -> signed ? buf.getShort() : buf.getShort() & 0xFFFF;
                    case 4 -> signed ? buf.getInt() : buf.getInt() & 0xFFFFFFFFL;
                    default -> buf.getLong();
                };
                out.append(size == 8 && !signed ? StructFormat.unsigned(v) : (Object) v);
            }
        }
        return out;
    }

    // ---- the methods --------------------------------------------------------------------

    static void install(PyType t) {
        GetSetDescriptor.define(t, "typecode", self -> PyStr.of(String.valueOf(arr(self).typecode)));
        GetSetDescriptor.define(t, "itemsize", self -> (long) arr(self).itemsize);
        MethodDescriptor.define(t, "append", "v, /", (self, a) -> {
            arr(self).append(a[0]);
            return Py.None;
        });
        MethodDescriptor.define(t, "extend", "bb, /", (self, a) -> {
            extendFromIterable(arr(self), a[0] == self ? getItem(arr(self), new PySlice(Py.None, Py.None, Py.None)) : a[0]);
            return Py.None;
        });
        MethodDescriptor.define(t, "insert", "i, v, /", (self, a) -> {
            insert(arr(self), clampedIndex(a[0]), a[1]);
            return Py.None;
        });
        MethodDescriptor.define(t, "pop", "i=-1, /", (self, a) -> {
            PyArray x = arr(self);
            long i = clampedIndex(a[0]);
            if (x.length() == 0) {
                throw Exceptions.indexError("pop from empty array");
            }
            if (i < 0) {
                i += x.length();
            }
            if (i < 0 || i >= x.length()) {
                throw Exceptions.indexError("pop index out of range");
            }
            Object v = x.get((int) i);
            delItem(x, i);
            return v;
        });
        MethodDescriptor.define(t, "remove", "v, /", (self, a) -> {
            int i = find(arr(self), a[0], 0, Long.MAX_VALUE);
            if (i < 0) {
                throw Exceptions.valueError("array.remove(x): x not in array");
            }
            delItem(arr(self), (long) i);
            return Py.None;
        });
        MethodDescriptor.define(t, "index", "v, start=0, stop=9223372036854775807, /", (self, a) -> {
            for (int k = 1; k <= 2; k++) {
                if (!isIndex(a[k])) {
                    throw Exceptions.typeError("slice indices must be integers or have an __index__ method");
                }
            }
            int i = find(arr(self), a[0], clampedIndex(a[1]), clampedIndex(a[2]));
            if (i < 0) {
                throw Exceptions.valueError("array.index(x): x not in array");
            }
            return (long) i;
        });
        MethodDescriptor.define(t, "count", "v, /", (self, a) -> {
            PyArray x = arr(self);
            long n = 0;
            for (int i = 0; i < x.length(); i++) {
                if (Ops.eq(x.get(i), a[0])) {
                    n++;
                }
            }
            return n;
        });
        MethodDescriptor.define(t, "__contains__", "v, /", (self, a) -> find(arr(self), a[0], 0, Long.MAX_VALUE) >= 0);
        MethodDescriptor.define(t, "reverse", "", (self, a) -> {
            PyArray x = arr(self);
            byte[] out = new byte[x.nbytes];
            int n = x.length();
            for (int i = 0; i < n; i++) {
                System.arraycopy(x.data, i * x.itemsize, out, (n - 1 - i) * x.itemsize, x.itemsize);
            }
            System.arraycopy(out, 0, x.data, 0, out.length);
            return Py.None;
        });
        MethodDescriptor.define(t, "byteswap", "", (self, a) -> {
            PyArray x = arr(self);
            for (int off = 0; off < x.nbytes; off += x.itemsize) {
                for (int lo = off, hi = off + x.itemsize - 1; lo < hi; lo++, hi--) {
                    byte b = x.data[lo];
                    x.data[lo] = x.data[hi];
                    x.data[hi] = b;
                }
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "buffer_info", "", (self, a) ->
            PyTuple.of(Identity.id(arr(self).data), (long) arr(self).length()));
        MethodDescriptor.define(t, "frombytes", "buffer, /", (self, a) -> {
            fromBytes(arr(self), Buffers.read(a[0]).clone());
            return Py.None;
        });
        MethodDescriptor.define(t, "tobytes", "", (self, a) -> new PyBytes(arr(self).exportBytes()));
        MethodDescriptor.define(t, "fromlist", "list, /", (self, a) -> {
            if (!(a[0] instanceof PyList l)) {
                throw Exceptions.typeError("arg must be list");
            }
            PyArray x = arr(self);
            int before = x.nbytes;
            try {
                for (Object v : l.toArray()) {
                    x.append(v);
                }
            } catch (PyException e) {
                x.nbytes = before;
                throw e;
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "tolist", "", (self, a) -> toList(arr(self)));
        MethodDescriptor.define(t, "fromunicode", "ustr, /", (self, a) -> {
            if (!(a[0] instanceof PyStr s)) {
                throw Exceptions.typeError("fromunicode() argument must be str, not " + Py.typeOf(a[0]).name());
            }
            if (arr(self).typecode != 'u') {
                throw Exceptions.valueError("fromunicode() may only be called on unicode type arrays");
            }
            fromUnicode(arr(self), s.value());
            return Py.None;
        });
        MethodDescriptor.define(t, "tounicode", "", (self, a) -> {
            if (arr(self).typecode != 'u') {
                throw Exceptions.valueError("tounicode() may only be called on unicode type arrays");
            }
            return PyStr.of(toUnicode(arr(self)));
        });
        MethodDescriptor.define(t, "fromfile", "f, n, /", (self, a) -> {
            PyArray x = arr(self);
            Object n = Ops.index(a[1]);
            if (!(n instanceof Long count) || count < 0) {
                throw Exceptions.valueError("negative count");
            }
            if (count > (Integer.MAX_VALUE - 16) / x.itemsize) {
                throw Exceptions.withArgs(Exceptions.MEMORY_ERROR);
            }
            int want = (int) (count * x.itemsize);
            Object read = Ops.call(Ops.getAttr(a[0], "read"), (long) want);
            if (!(read instanceof PyBytes b)) {
                throw Exceptions.typeError("read() didn't return bytes");
            }
            fromBytes(x, b.bytes);
            if (b.bytes.length != want) {
                throw Exceptions.error(Exceptions.EOF_ERROR, "read() didn't return enough bytes");
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "tofile", "f, /", (self, a) -> {
            byte[] bytes = arr(self).exportBytes();
            int block = 64 * 1024;
            for (int off = 0; off < bytes.length; off += block) {
                Ops.call(Ops.getAttr(a[0], "write"), new PyBytes(Arrays.copyOfRange(bytes, off, Math.min(bytes.length, off + block))));
            }
            return Py.None;
        });
        installProtocol(t);
    }

    private static void installProtocol(PyType t) {
        MethodDescriptor.define(t, "__len__", "", (self, a) -> (long) arr(self).length());
        MethodDescriptor.define(t, "__getitem__", "key, /", (self, a) -> getItem(arr(self), a[0]));
        MethodDescriptor.define(t, "__setitem__", "key, value, /", (self, a) -> {
            setItem(arr(self), a[0], a[1]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__delitem__", "key, /", (self, a) -> {
            delItem(arr(self), a[0]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> new ArrayModule.ArrayIterator(arr(self)));
        MethodDescriptor.define(t, "__add__", "other, /", (self, a) -> {
            if (!(a[0] instanceof PyArray o)) {
                throw Exceptions.typeError("can only append array (not \"" + Py.typeOf(a[0]).name() + "\") to array");
            }
            if (o.typecode != arr(self).typecode) {
                throw badArgument();
            }
            byte[] mine = arr(self).exportBytes();
            byte[] out = Arrays.copyOf(mine, mine.length + o.nbytes);
            System.arraycopy(o.data, 0, out, mine.length, o.nbytes);
            return newArray(o.typecode, out);
        });
        MethodDescriptor.define(t, "__iadd__", "other, /", (self, a) -> {
            if (!(a[0] instanceof PyArray o)) {
                throw Exceptions.typeError("can only extend array with array (not \"" + Py.typeOf(a[0]).name() + "\")");
            }
            extendFromIterable(arr(self), o == self ? getItem(o, new PySlice(Py.None, Py.None, Py.None)) : o);
            return self;
        });
        for (String name : new String[] {"__mul__", "__rmul__"}) {
            MethodDescriptor.define(t, name, "n, /", (self, a) ->
                isIndex(a[0]) ? repeat(arr(self), clampedIndex(a[0])) : Py.NotImplemented);
        }
        MethodDescriptor.define(t, "__imul__", "n, /", (self, a) -> {
            PyArray x = arr(self);
            PyArray r = repeat(x, clampedIndex(a[0]));
            if (r.nbytes == x.nbytes) {
                return self;
            }
            x.checkResizable();
            x.data = r.data;
            x.nbytes = r.nbytes;
            return self;
        });
        for (CompareOp op : CompareOp.values()) {
            MethodDescriptor.define(t, op.method, "other, /", (self, a) -> {
                if (!(a[0] instanceof PyArray o)) {
                    return Py.NotImplemented;
                }
                if ((op == CompareOp.EQ || op == CompareOp.NE) && o.length() != arr(self).length()) {
                    return op == CompareOp.NE;
                }
                return Ops.richCompare(toList(arr(self)), toList(o), op);
            });
        }
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            PyArray x = arr(self);
            String head = Py.typeOf(self).name() + "('" + x.typecode + "'";
            if (x.length() == 0) {
                return PyStr.of(head + ")");
            }
            if (!ReprGuard.enter(self)) {
                return PyStr.of("...");
            }
            try {
                Object items = x.typecode == 'u' ? PyStr.of(toUnicode(x)) : toList(x);
                return PyStr.of(head + ", " + Ops.reprString(items) + ")");
            } finally {
                ReprGuard.exit(self);
            }
        });
        MethodDescriptor.define(t, "__sizeof__", "", (self, a) -> 64L + arr(self).data.length);
        for (String name : new String[] {"__copy__"}) {
            MethodDescriptor.define(t, name, "", (self, a) -> newArray(arr(self).typecode, arr(self).exportBytes()));
        }
        MethodDescriptor.define(t, "__deepcopy__", "memo, /", (self, a) ->
            newArray(arr(self).typecode, arr(self).exportBytes()));
        MethodDescriptor.define(t, "__reduce_ex__", "protocol, /", (self, a) -> {
            PyArray x = arr(self);
            Object dict = Ops.getAttrOrNull(self, "__dict__");
            Object state = dict == null ? Py.None : dict;
            String tc = String.valueOf(x.typecode);
            if (Ops.indexAsInt(a[0]) < 3) {
                return PyTuple.of(Py.typeOf(self), PyTuple.of(PyStr.of(tc), toList(x)), state);
            }
            return PyTuple.of(RECONSTRUCTOR, PyTuple.of(Py.typeOf(self), PyStr.of(tc),
                (long) MACHINE_FORMAT[ArrayModule.TYPECODES.indexOf(x.typecode)], new PyBytes(x.exportBytes())), state);
        });
    }

    private static void delItem(PyArray a, long i) {
        a.checkResizable();
        int at = (int) i * a.itemsize;
        System.arraycopy(a.data, at + a.itemsize, a.data, at, a.nbytes - at - a.itemsize);
        a.nbytes -= a.itemsize;
    }
}
