package taipan.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import taipan.ast.ConstantRepr;

/**
 * The methods bytes and bytearray share (installed on both types): construction,
 * repr, comparison, len, indexing and slicing, concatenation, repetition,
 * containment, iteration, decode/hex/fromhex and the named methods, with
 * ASCII-only case and character classes as in CPython. Results have the type
 * of the receiver's base (bytes or bytearray). bytes also gets its hash here;
 * bytearray's mutating methods are in {@link ByteArrayMethods}.
 *
 * <p>The algorithms shared with str ({@link TextOps}) run on latin-1 strings:
 * one char per byte.
 */
final class BytesMethods {
    private BytesMethods() {}

    static final PyType BYTES_ITERATOR = PyIterator.defineIteratorType("bytes_iterator");
    static final PyType BYTEARRAY_ITERATOR = PyIterator.defineIteratorType("bytearray_iterator");

    /**
     * Iterates the bytes of a bytes or bytearray (reading the bytearray as it is at each step); once
     * exhausted it lets go of the source and stays exhausted.
     */
    static final class BytesIterator extends PyIterator {
        private Object source;
        private int index;

        BytesIterator(Object source) {
            super(source instanceof PyByteArray ? BYTEARRAY_ITERATOR : BYTES_ITERATOR);
            this.source = source;
        }

        @Override
        public Object next() {
            if (source == null) {
                return null;
            }
            if (index >= size(source)) {
                source = null;
                return null;
            }
            return (long) (array(source)[index++] & 0xFF);
        }

        @Override
        public int lengthHint() {
            return source == null ? 0 : Math.max(0, size(source) - index);
        }

        @Override
        public PyTuple reduce() {
            Object iter = builtin("iter");
            return source == null ? PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY))
                : PyTuple.of(iter, PyTuple.of(source), (long) index);
        }

        @Override
        public void setState(Object state) {
            if (source != null) {
                index = clampIndex(state, size(source));
            }
        }
    }

    static void install() {
        BuiltinTypes.BYTES.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of(
            "builtins", "bytes", "cls, source=?, encoding=?, errors=?", (s, a) -> {
                PyType cls = TextOps.newType(a[0], BuiltinTypes.BYTES);
                if (cls == BuiltinTypes.BYTES && a[1] != null && a[2] == null && a[3] == null
                    && Py.typeOf(a[1]).lookup("__bytes__") != null) {
                    return dunderBytes(a[1]); // as it is, even a bytes subclass
                }
                byte[] data = sourceBytes("bytes", a[1], a[2], a[3]);
                return cls == BuiltinTypes.BYTES ? new PyBytes(data) : new PyBytes(cls, data);
            })));
        BuiltinTypes.BYTEARRAY.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of(
            "builtins", "bytearray.__new__", "cls, *args, **kwargs", (s, a) ->
                new PyByteArray(TextOps.newType(a[0], BuiltinTypes.BYTEARRAY)))));
        MethodDescriptor.define(BuiltinTypes.BYTEARRAY, "__init__", "source=?, encoding=?, errors=?", (self, a) -> {
            PyByteArray b = (PyByteArray) self;
            ByteArrayMethods.checkResizable(b);
            // the old contents go first, as in CPython (so b.__init__(b) empties b)
            b.bytes = new byte[0];
            b.size = 0;
            Object source = a[0];
            if (source != null && a[1] == null && a[2] == null && !(source instanceof PyStr)
                && !Ops.isInt(source) && Py.typeOf(source).lookup("__index__") == null
                && !BufferProtocol.isExporter(source)) {
                ByteArrayMethods.initFromInts(b, source);
                return Py.None;
            }
            byte[] data = sourceBytes("bytearray", source, a[1], a[2]);
            b.bytes = data;
            b.size = data.length;
            return Py.None;
        });
        MethodDescriptor.define(BuiltinTypes.BYTES, "__sizeof__", "", (self, a) -> 33L + ((PyBytes) self).bytes.length);
        MethodDescriptor.define(BuiltinTypes.BYTES, "__bytes__", "", (self, a) ->
            ((PyBytes) self).type == BuiltinTypes.BYTES ? self : new PyBytes(((PyBytes) self).bytes));
        for (PyType t : new PyType[] {BuiltinTypes.BYTES, BuiltinTypes.BYTEARRAY}) {
            installProtocol(t);
            installSearch(t);
            installTransform(t);
            installPredicates(t);
        }
        MethodDescriptor.define(BuiltinTypes.BYTES, "__hash__", "", (self, a) ->
            Hashing.hashBytes(((PyBytes) self).bytes));
        MethodDescriptor.define(BuiltinTypes.BYTES, "__getnewargs__", "", (self, a) ->
            PyTuple.of(new PyBytes(((PyBytes) self).bytes)));
        BuiltinTypes.BYTEARRAY.define("__hash__", Py.None);
        BuiltinTypes.BYTES.define("__doc__", PyStr.of("bytes(iterable_of_ints) -> bytes\n"
            + "bytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> bytes\n"
            + "bytes(int) -> bytes\nbytes() -> bytes\n\n"
            + "An immutable sequence of integers in range(256): the given ints, the string encoded, a copy of the\n"
            + "buffer, that many zero bytes, or nothing."));
        BuiltinTypes.BYTEARRAY.define("__doc__", PyStr.of("bytearray(iterable_of_ints) -> bytearray\n"
            + "bytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> bytearray\n"
            + "bytearray(int) -> bytearray\nbytearray() -> bytearray\n\n"
            + "A mutable sequence of integers in range(256), made as bytes() makes its immutable ones."));
    }

    // ---- access -------------------------------------------------------------------

    /** The storage of a bytes-like object (see {@link #isBytesLike}); for other exporters a copy. */
    static byte[] array(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        return o instanceof PyByteArray ba ? ba.bytes : BufferProtocol.contiguousOrNull(o);
    }

    static int size(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes.length;
        }
        return o instanceof PyByteArray ba ? ba.size : BufferProtocol.contiguousOrNull(o).length;
    }

    /** Whether {@code o} can be read as a contiguous buffer (bytes, bytearray, memoryview...). */
    static boolean isBytesLike(Object o) {
        return o instanceof PyBytes || o instanceof PyByteArray
            || o instanceof BufferProtocol.Exporter && BufferProtocol.contiguousOrNull(o) != null;
    }

    /** The bytes of a bytes-like object as a latin-1 string, or null. */
    static String latin(Object o) {
        if (o instanceof PyBytes || o instanceof PyByteArray) {
            return new String(array(o), 0, size(o), StandardCharsets.ISO_8859_1);
        }
        byte[] b = BufferProtocol.contiguousOrNull(o);
        return b == null ? null : new String(b, StandardCharsets.ISO_8859_1);
    }

    /** A bytes-like argument as latin-1; TypeError "a bytes-like object is required, not 'str'". */
    static String buffer(Object o) {
        String s = latin(o);
        if (s == null) {
            if (BufferProtocol.isExporter(o)) {
                // a non-contiguous or released view: BufferProtocol raises CPython's error for it
                return new String(BufferProtocol.simpleBytesOrNull(o), StandardCharsets.ISO_8859_1);
            }
            throw Exceptions.typeError("a bytes-like object is required, not '" + Py.typeOf(o).name() + "'");
        }
        return s;
    }

    static byte[] bytesOf(String latin) {
        return latin.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A result of the receiver's kind: a plain bytearray for bytearrays, a plain bytes otherwise. */
    static Object make(Object self, byte[] b) {
        return self instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
    }

    private static Object make(Object self, String latin) {
        return make(self, bytesOf(latin));
    }

    private static String s(Object self) {
        return latin(self);
    }

    private static PyList list(Object self, List<String> parts) {
        Object[] items = new Object[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = make(self, parts.get(i));
        }
        return new PyList(items);
    }

    /** A value for one byte: an int in range(256) ("byte must be in range(0, 256)"). */
    static int byteValue(Object o) {
        Object i = Ops.index(o);
        if (!(i instanceof Long l) || l < 0 || l > 255) {
            throw Exceptions.valueError("byte must be in range(0, 256)");
        }
        return (int) (long) l;
    }

    // ---- construction -----------------------------------------------------------------

    /** {@code source.__bytes__()}, which must be a bytes. */
    private static PyBytes dunderBytes(Object source) {
        Object r = Ops.callSpecial(source, "__bytes__");
        if (!(r instanceof PyBytes b)) {
            throw Exceptions.typeError("__bytes__ returned non-bytes (type " + Py.typeOf(r).name() + ")");
        }
        return b;
    }

    /** The initial contents of a bytes or bytearray ({@code what}) from the constructor's arguments. */
    private static byte[] sourceBytes(String what, Object source, Object encoding, Object errors) {
        String enc = encoding == null ? null : StrMethods.argStr(encoding, what, "encoding");
        String err = errors == null ? null : StrMethods.argStr(errors, what, "errors");
        if (source == null) {
            if (encoding != null || errors != null) {
                throw Exceptions.typeError(encoding != null ? "encoding without a string argument"
                    : "errors without a string argument");
            }
            return new byte[0];
        }
        if (encoding != null) {
            if (!(source instanceof PyStr str)) {
                throw Exceptions.typeError("encoding without a string argument");
            }
            return Codecs.encode(str.value(), enc, err == null ? "strict" : err);
        }
        if (errors != null) {
            throw Exceptions.typeError(source instanceof PyStr ? "string argument without an encoding"
                : "errors without a string argument");
        }
        if (what.equals("bytes") && Py.typeOf(source).lookup("__bytes__") != null) {
            return dunderBytes(source).bytes;
        }
        if (source instanceof PyStr) {
            throw Exceptions.typeError("string argument without an encoding");
        }
        if (BufferProtocol.isExporter(source)) {
            byte[] data = BufferProtocol.bytesOrNull(source);
            return source instanceof PyBytes ? data.clone() : data;
        }
        if (Ops.isInt(source) || Py.typeOf(source).lookup("__index__") != null) {
            long n = TextOps.asSsize(source);
            if (n < 0) {
                throw Exceptions.valueError("negative count");
            }
            if (n > Integer.MAX_VALUE - 16) {
                throw new PyException(new PyBaseException(Exceptions.MEMORY_ERROR, PyTuple.EMPTY));
            }
            return new byte[(int) n];
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<Object> add = x -> {
            Object i = Ops.index(x);
            if (!(i instanceof Long l) || l < 0 || l > 255) {
                throw Exceptions.valueError(what.equals("bytes") ? "bytes must be in range(0, 256)"
                    : "byte must be in range(0, 256)");
            }
            out.write((int) (long) l);
        };
        if (source instanceof PyList list && list.type == BuiltinTypes.LIST) {
            // read live: the items' __index__ may change the list
            for (int i = 0; i < list.size; i++) {
                add.accept(list.get(i));
            }
            return out.toByteArray();
        }
        TextOps.forEach(source, add,
            () -> Exceptions.typeError("cannot convert '" + Py.typeOf(source).name() + "' object to " + what));
        return out.toByteArray();
    }

    // ---- the protocol ---------------------------------------------------------------------

    private static void installProtocol(PyType t) {
        boolean isArray = t == BuiltinTypes.BYTEARRAY;
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of(repr(self)));
        MethodDescriptor.define(t, "__str__", "", (self, a) -> PyStr.of(repr(self)));
        defineCompare(t, "__eq__", CompareOp.EQ);
        defineCompare(t, "__ne__", CompareOp.NE);
        defineCompare(t, "__lt__", CompareOp.LT);
        defineCompare(t, "__le__", CompareOp.LE);
        defineCompare(t, "__gt__", CompareOp.GT);
        defineCompare(t, "__ge__", CompareOp.GE);
        MethodDescriptor.define(t, "__len__", "", (self, a) -> (long) size(self));
        MethodDescriptor.define(t, "__getitem__", "key, /", (self, a) -> getItem(self, a[0], isArray));
        MethodDescriptor.define(t, "__add__", "value, /", (self, a) -> {
            String o = latin(a[0]);
            return o == null ? Py.NotImplemented : make(self, s(self) + o);
        });
        MethodDescriptor.define(t, "__mul__", "value, /", (self, a) -> mul(self, a[0]));
        MethodDescriptor.define(t, "__rmul__", "value, /", (self, a) -> mul(self, a[0]));
        MethodDescriptor.define(t, "__contains__", "key, /", (self, a) -> {
            if (Ops.isInt(a[0]) || Py.typeOf(a[0]).lookup("__index__") != null && !isBytesLike(a[0])) {
                int b = byteValue(a[0]);
                return Py.bool(s(self).indexOf(b) >= 0);
            }
            return Py.bool(s(self).contains(buffer(a[0])));
        });
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> new BytesIterator(self));
        MethodDescriptor.define(t, "decode", "encoding='utf-8', errors='strict'", (self, a) -> {
            String enc = StrMethods.argStr(a[0], "decode", "encoding");
            String err = StrMethods.argStr(a[1], "decode", "errors");
            return PyStr.of(Codecs.decode(array(self), 0, size(self), enc, err));
        });
        MethodDescriptor.define(t, "hex", "sep=?, bytes_per_sep=1", (self, a) -> PyStr.of(hex(self, a[0], a[1])));
        t.define("fromhex", new ClassMethod(BuiltinTypes.CLASSMETHOD,
            new BuiltinFunction("builtins", "fromhex", Signature.parse(t.name() + ".fromhex", "$cls, string, /"),
                (s, a) -> fromhex((PyType) a[0], a[1]), null)));
        t.define("maketrans", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "maketrans", "frm, to, /", (s, a) -> {
                String from = buffer(a[0]);
                String to = buffer(a[1]);
                if (from.length() != to.length()) {
                    throw Exceptions.valueError("maketrans arguments must have same length");
                }
                char[] table = new char[256];
                for (int i = 0; i < 256; i++) {
                    table[i] = (char) i;
                }
                for (int i = 0; i < from.length(); i++) {
                    table[from.charAt(i)] = to.charAt(i);
                }
                return new PyBytes(bytesOf(new String(table)));
            })));
    }

    /** CPython's repr: b'...' for bytes, bytearray(b'...') (with the subclass name) for bytearrays. */
    static String repr(Object self) {
        StringBuilder sb = new StringBuilder();
        if (self instanceof PyByteArray ba) {
            // CPython's bytearray repr escapes ' even inside double quotes
            StringBuilder inner = new StringBuilder();
            ConstantRepr.appendBytes(inner, java.util.Arrays.copyOf(ba.bytes, ba.size));
            String body = inner.toString();
            if (body.charAt(1) == '"') {
                body = "b\"" + body.substring(2, body.length() - 1).replace("'", "\\'") + "\"";
            }
            return sb.append(ba.type.name()).append('(').append(body).append(')').toString();
        }
        ConstantRepr.appendBytes(sb, ((PyBytes) self).bytes);
        return sb.toString();
    }

    private static void defineCompare(PyType t, String name, CompareOp op) {
        MethodDescriptor.define(t, name, "value, /", (self, a) -> {
            String o = self instanceof PyBytes && !(a[0] instanceof PyBytes || a[0] instanceof PyByteArray) ? null
                : latin(a[0]);
            if (o == null) {
                return Py.NotImplemented;
            }
            String x = s(self);
            return switch (op) {
                case EQ -> Py.bool(x.equals(o));
                case NE -> Py.bool(!x.equals(o));
                default -> Py.bool(op.test(x.compareTo(o)));
            };
        });
    }

    private static Object getItem(Object self, Object key, boolean isArray) {
        int n = size(self);
        byte[] b = array(self);
        if (key instanceof PySlice slice) {
            SliceIndices r = SliceIndices.of(slice, n);
            byte[] out = new byte[r.count()];
            for (int k = 0; k < out.length; k++) {
                out[k] = b[r.at(k)];
            }
            return make(self, out);
        }
        if (!Ops.isInt(key) && Py.typeOf(key).lookup("__index__") == null) {
            throw Exceptions.typeError((isArray ? "bytearray" : "byte") + " indices must be integers or slices, not "
                + Py.typeOf(key).name());
        }
        long i = Ops.indexAsInt(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Exceptions.indexError(isArray ? "bytearray index out of range" : "index out of range");
        }
        return (long) (b[(int) i] & 0xFF);
    }

    private static Object mul(Object self, Object count) {
        Long n = TextOps.repeatCount(count);
        if (n == null) {
            return Py.NotImplemented;
        }
        if (n == 1 && self instanceof PyBytes b && b.type == BuiltinTypes.BYTES) {
            return self;
        }
        return make(self, TextOps.repeat(s(self), n, self instanceof PyBytes ? "repeated bytes are too long" : null));
    }

    private static String hex(Object self, Object sepArg, Object perArg) {
        byte[] b = array(self);
        int n = size(self);
        String sep = null;
        if (sepArg != null) {
            sep = sepArg instanceof PyStr ps ? ps.value() : latin(sepArg);
            if (sep == null) {
                throw Exceptions.typeError("object of type '" + Py.typeOf(sepArg).name() + "' has no len()");
            }
            if (sep.codePointCount(0, sep.length()) != 1) {
                throw Exceptions.valueError("sep must be length 1.");
            }
            if (sep.charAt(0) > 127) {
                throw Exceptions.valueError("sep must be ASCII.");
            }
        }
        long per = TextOps.asCInt(perArg);
        StringBuilder sb = new StringBuilder(n * 3);
        long group = Math.abs(per);
        for (int i = 0; i < n; i++) {
            if (sep != null && group > 0 && i > 0) {
                long pos = per > 0 ? n - i : i;
                if (pos % group == 0) {
                    sb.append(sep);
                }
            }
            sb.append(Character.forDigit((b[i] >> 4) & 0xF, 16)).append(Character.forDigit(b[i] & 0xF, 16));
        }
        return sb.toString();
    }

    private static Object fromhex(PyType cls, Object arg) {
        if (!(arg instanceof PyStr ps)) {
            throw Exceptions.typeError("fromhex() argument must be str, not " + Py.typeOf(arg).name());
        }
        String s = ps.value();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isAsciiSpace(c)) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (c > 127 || hi < 0) {
                throw fromhexError(i);
            }
            int lo = i + 1 < s.length() && s.charAt(i + 1) <= 127 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw fromhexError(i + 1);
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
        byte[] data = out.toByteArray();
        if (cls == BuiltinTypes.BYTES) {
            return new PyBytes(data);
        }
        if (cls == BuiltinTypes.BYTEARRAY) {
            return new PyByteArray(data);
        }
        return Ops.call(cls, cls.isSubtypeOf(BuiltinTypes.BYTEARRAY) ? new PyByteArray(data) : new PyBytes(data));
    }

    private static PyException fromhexError(int position) {
        return Exceptions.valueError("non-hexadecimal number found in fromhex() arg at position " + position);
    }

    // ---- searching --------------------------------------------------------------------------

    /** The sub argument of find/count/index: bytes-like or an int in range(256). */
    private static String subArg(Object o) {
        if (BufferProtocol.isExporter(o)) {
            return buffer(o);
        }
        if (Ops.isInt(o) || Py.typeOf(o).lookup("__index__") != null) {
            return String.valueOf((char) byteValue(o));
        }
        throw Exceptions.typeError("argument should be integer or bytes-like object, not '"
            + Py.typeOf(o).name() + "'");
    }

    private static void installSearch(PyType t) {
        MethodDescriptor.define(t, "find", "sub, start=None, end=None, /", (self, a) -> find(self, a, false, false));
        MethodDescriptor.define(t, "rfind", "sub, start=None, end=None, /", (self, a) -> find(self, a, true, false));
        MethodDescriptor.define(t, "index", "sub, start=None, end=None, /", (self, a) -> find(self, a, false, true));
        MethodDescriptor.define(t, "rindex", "sub, start=None, end=None, /", (self, a) -> find(self, a, true, true));
        MethodDescriptor.define(t, "count", "sub, start=None, end=None, /", (self, a) -> {
            String sub = subArg(a[0]);
            long[] r = TextOps.range(a[1], a[2], size(self));
            return TextOps.count(s(self), sub, r[0], r[1], r[1] - r[0]);
        });
        MethodDescriptor.define(t, "startswith", "prefix, start=None, end=None, /", (self, a) ->
            tailMatch(self, a, "startswith", false));
        MethodDescriptor.define(t, "endswith", "suffix, start=None, end=None, /", (self, a) ->
            tailMatch(self, a, "endswith", true));
    }

    private static Object find(Object self, Object[] a, boolean reverse, boolean raise) {
        String sub = subArg(a[0]);
        long[] r = TextOps.range(a[1], a[2], size(self));
        String s = s(self);
        int i = reverse ? TextOps.rfind(s, sub, r[0], r[1]) : TextOps.find(s, sub, r[0], r[1]);
        if (i < 0 && raise) {
            throw Exceptions.valueError("subsection not found");
        }
        return (long) i;
    }

    private static Object tailMatch(Object self, Object[] a, String name, boolean atEnd) {
        long[] r = TextOps.range(a[1], a[2], size(self));
        String s = s(self);
        if (a[0] instanceof PyTuple tuple) {
            for (Object o : tuple.items) {
                if (TextOps.tailMatch(s, buffer(o), r[0], r[1], atEnd)) {
                    return Boolean.TRUE;
                }
            }
            return Boolean.FALSE;
        }
        String p = BufferProtocol.isExporter(a[0]) ? buffer(a[0]) : null;
        if (p == null) {
            throw Exceptions.typeError(name + " first arg must be bytes or a tuple of bytes, not "
                + Py.typeOf(a[0]).name());
        }
        return Py.bool(TextOps.tailMatch(s, p, r[0], r[1], atEnd));
    }

    // ---- transformations -----------------------------------------------------------------------

    static boolean isAsciiSpace(int c) {
        return c == ' ' || c >= 0x09 && c <= 0x0D;
    }

    private static String sepArg(Object o) {
        if (o == Py.None) {
            return null;
        }
        String sep = buffer(o);
        if (sep.isEmpty()) {
            throw Exceptions.valueError("empty separator");
        }
        return sep;
    }

    private static void installTransform(PyType t) {
        MethodDescriptor.define(t, "split", "sep=None, maxsplit=-1", (self, a) -> {
            String sep = sepArg(a[0]);
            long max = TextOps.asSsize(a[1]);
            return list(self, sep == null ? TextOps.splitWhitespace(s(self), max, BytesMethods::isAsciiSpace)
                : TextOps.split(s(self), sep, max));
        });
        MethodDescriptor.define(t, "rsplit", "sep=None, maxsplit=-1", (self, a) -> {
            String sep = sepArg(a[0]);
            long max = TextOps.asSsize(a[1]);
            return list(self, sep == null ? TextOps.rsplitWhitespace(s(self), max, BytesMethods::isAsciiSpace)
                : TextOps.rsplit(s(self), sep, max));
        });
        MethodDescriptor.define(t, "splitlines", "keepends=False", (self, a) ->
            list(self, TextOps.splitlines(s(self), TextOps.asSsize(a[0]) != 0, false)));
        MethodDescriptor.define(t, "partition", "sep, /", (self, a) -> partition(self, a[0], false));
        MethodDescriptor.define(t, "rpartition", "sep, /", (self, a) -> partition(self, a[0], true));
        MethodDescriptor.define(t, "join", "iterable_of_bytes, /", (self, a) -> {
            StringBuilder sb = new StringBuilder();
            String sep = s(self);
            int[] i = {0};
            TextOps.forEach(a[0], x -> {
                String item = latin(x);
                if (item == null) {
                    throw Exceptions.typeError("sequence item " + i[0] + ": expected a bytes-like object, "
                        + Py.typeOf(x).name() + " found");
                }
                if (i[0]++ > 0) {
                    sb.append(sep);
                }
                sb.append(item);
            }, () -> Exceptions.typeError("can only join an iterable"));
            return make(self, sb.toString());
        });
        MethodDescriptor.define(t, "replace", "old, new, count=-1, /", (self, a) -> {
            String old = buffer(a[0]);
            String repl = buffer(a[1]);
            long count = TextOps.asSsize(a[2]);
            String s = s(self);
            int[] boundaries = null;
            if (old.isEmpty()) {
                boundaries = new int[s.length() + 1];
                for (int i = 0; i <= s.length(); i++) {
                    boundaries[i] = i;
                }
            }
            return make(self, TextOps.replace(s, old, repl, count, boundaries));
        });
        MethodDescriptor.define(t, "strip", "bytes=None, /", (self, a) -> strip(self, a[0], true, true));
        MethodDescriptor.define(t, "lstrip", "bytes=None, /", (self, a) -> strip(self, a[0], true, false));
        MethodDescriptor.define(t, "rstrip", "bytes=None, /", (self, a) -> strip(self, a[0], false, true));
        MethodDescriptor.define(t, "removeprefix", "prefix, /", (self, a) -> {
            String p = buffer(a[0]);
            String s = s(self);
            return make(self, s.startsWith(p) ? s.substring(p.length()) : s);
        });
        MethodDescriptor.define(t, "removesuffix", "suffix, /", (self, a) -> {
            String p = buffer(a[0]);
            String s = s(self);
            return make(self, s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s);
        });
        MethodDescriptor.define(t, "center", "width, fillchar=?, /", (self, a) -> pad(self, a, 'c', "center"));
        MethodDescriptor.define(t, "ljust", "width, fillchar=?, /", (self, a) -> pad(self, a, 'l', "ljust"));
        MethodDescriptor.define(t, "rjust", "width, fillchar=?, /", (self, a) -> pad(self, a, 'r', "rjust"));
        MethodDescriptor.define(t, "zfill", "width, /", (self, a) -> {
            String s = s(self);
            String r = TextOps.zfill(s, s.length(), TextOps.asSsize(a[0]));
            return make(self, r == null ? s : r);
        });
        MethodDescriptor.define(t, "expandtabs", "tabsize=8", (self, a) ->
            make(self, TextOps.expandtabs(s(self), TextOps.asCInt(a[0]))));
        MethodDescriptor.define(t, "upper", "", (self, a) -> make(self, mapAscii(s(self), 'u')));
        MethodDescriptor.define(t, "lower", "", (self, a) -> make(self, mapAscii(s(self), 'l')));
        MethodDescriptor.define(t, "swapcase", "", (self, a) -> make(self, mapAscii(s(self), 's')));
        MethodDescriptor.define(t, "capitalize", "", (self, a) -> make(self, mapAscii(s(self), 'c')));
        MethodDescriptor.define(t, "title", "", (self, a) -> make(self, mapAscii(s(self), 't')));
        MethodDescriptor.define(t, "translate", "table, /, delete=?", (self, a) -> {
            String table = null;
            if (a[0] != Py.None) {
                table = buffer(a[0]);
                if (table.length() != 256) {
                    throw Exceptions.valueError("translation table must be 256 characters long");
                }
            }
            String delete = a[1] == null ? "" : buffer(a[1]);
            StringBuilder sb = new StringBuilder();
            for (char c : s(self).toCharArray()) {
                if (delete.indexOf(c) < 0) {
                    sb.append(table == null ? c : table.charAt(c));
                }
            }
            return make(self, sb.toString());
        });
    }

    private static Object partition(Object self, Object sepObj, boolean reverse) {
        String sep = buffer(sepObj);
        if (sep.isEmpty()) {
            throw Exceptions.valueError("empty separator");
        }
        String s = s(self);
        int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        Object empty = make(self, "");
        if (i < 0) {
            return reverse ? PyTuple.of(empty, make(self, ""), make(self, s)) : PyTuple.of(make(self, s), empty,
                make(self, ""));
        }
        return PyTuple.of(make(self, s.substring(0, i)), make(self, sep), make(self, s.substring(i + sep.length())));
    }

    private static Object strip(Object self, Object chars, boolean left, boolean right) {
        if (chars == Py.None) {
            return make(self, TextOps.strip(s(self), BytesMethods::isAsciiSpace, left, right));
        }
        String set = buffer(chars);
        return make(self, TextOps.strip(s(self), c -> set.indexOf(c) >= 0, left, right));
    }

    private static Object pad(Object self, Object[] a, char how, String name) {
        long width = TextOps.asSsize(a[0]);
        String fill = a[1] == null ? " " : latin(a[1]);
        if (fill == null || fill.length() != 1) {
            throw Exceptions.typeError(name + "() argument 2 must be a byte string of length 1, not "
                + Py.typeOf(a[1]).name());
        }
        String s = s(self);
        String r = TextOps.pad(s, s.length(), width, fill, how);
        return make(self, r == null ? s : r);
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static String mapAscii(String s, char how) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean up = switch (how) {
                case 'u' -> true;
                case 'l' -> false;
                case 's' -> isLower(c);
                case 'c' -> i == 0;
                default -> !previousCased;
            };
            if (how == 's' && !isUpper(c) && !isLower(c)) {
                sb.append(c);
            } else {
                sb.append(up ? (isLower(c) ? (char) (c - 32) : c) : (isUpper(c) ? (char) (c + 32) : c));
            }
            previousCased = isUpper(c) || isLower(c);
        }
        return sb.toString();
    }

    // ---- predicates ----------------------------------------------------------------------------------

    private interface ByteTest {
        boolean test(char c);
    }

    private static void definePredicate(PyType t, String name, ByteTest test) {
        MethodDescriptor.define(t, name, "", (self, a) -> {
            String s = s(self);
            if (s.isEmpty()) {
                return Boolean.FALSE;
            }
            for (int i = 0; i < s.length(); i++) {
                if (!test.test(s.charAt(i))) {
                    return Boolean.FALSE;
                }
            }
            return Boolean.TRUE;
        });
    }

    private static void installPredicates(PyType t) {
        definePredicate(t, "isalpha", c -> isUpper(c) || isLower(c));
        definePredicate(t, "isalnum", c -> isUpper(c) || isLower(c) || c >= '0' && c <= '9');
        definePredicate(t, "isdigit", c -> c >= '0' && c <= '9');
        definePredicate(t, "isspace", BytesMethods::isAsciiSpace);
        MethodDescriptor.define(t, "isascii", "", (self, a) -> Py.bool(s(self).chars().allMatch(c -> c < 128)));
        MethodDescriptor.define(t, "islower", "", (self, a) -> Py.bool(caseCheck(s(self), true)));
        MethodDescriptor.define(t, "isupper", "", (self, a) -> Py.bool(caseCheck(s(self), false)));
        MethodDescriptor.define(t, "istitle", "", (self, a) -> {
            boolean cased = false;
            boolean previousCased = false;
            for (char c : s(self).toCharArray()) {
                if (isUpper(c)) {
                    if (previousCased) {
                        return Boolean.FALSE;
                    }
                    previousCased = true;
                    cased = true;
                } else if (isLower(c)) {
                    if (!previousCased) {
                        return Boolean.FALSE;
                    }
                    cased = true;
                } else {
                    previousCased = false;
                }
            }
            return Py.bool(cased);
        });
    }

    private static boolean caseCheck(String s, boolean lower) {
        boolean cased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (lower ? isUpper(c) : isLower(c)) {
                return false;
            }
            cased |= lower ? isLower(c) : isUpper(c);
        }
        return cased;
    }
}
