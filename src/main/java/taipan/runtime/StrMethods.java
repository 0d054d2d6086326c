package taipan.runtime;

import java.util.List;
import taipan.ast.ConstantRepr;
import taipan.tokenizer.Identifiers;
import taipan.unicode.Unicode14;
import taipan.unicode.Unicode14Text;

/**
 * The methods of {@code str} (all of Python 3.11's except the formatting ones):
 * construction and decoding, repr, hash, comparison, len, indexing and slicing
 * by code point, concatenation and repetition, containment, iteration, and the
 * named methods with CPython's Unicode semantics (full case mappings, Python's
 * whitespace and line boundaries) and error messages.
 *
 * <p>Positions in arguments and results are code points; strings of the BMP
 * (one char per code point) skip the translation to char offsets.
 */
final class StrMethods {
    private StrMethods() {}

    static final PyType ASCII_ITERATOR = PyIterator.defineIteratorType("str_ascii_iterator");
    /** The one-character strs of latin-1, shared as CPython shares them. */
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int c = 0; c < 256; c++) {
            LATIN1[c] = new PyStr(String.valueOf((char) c));
        }
    }

    /** The str of one code point. */
    static PyStr ofCodePoint(int cp) {
        return cp < 256 ? LATIN1[cp] : PyStr.of(Character.toString(cp));
    }
    static final PyType ITERATOR = PyIterator.defineIteratorType("str_iterator");

    /** Iterates a str one code point at a time. */
    static final class StrIterator extends PyIterator {
        private final String value;
        private int offset;
        private boolean exhausted;

        StrIterator(String value, boolean ascii) {
            super(ascii ? ASCII_ITERATOR : ITERATOR);
            this.value = value;
        }

        @Override
        public Object next() {
            if (offset >= value.length()) {
                exhausted = true;
                return null;
            }
            int cp = value.codePointAt(offset);
            offset += Character.charCount(cp);
            return ofCodePoint(cp);
        }

        @Override
        public int lengthHint() {
            return value.codePointCount(offset, value.length());
        }

        @Override
        public PyTuple reduce() {
            Object iter = builtin("iter"); // may run Python code (a patched builtins dict): before reading the state
            if (exhausted) {
                return PyTuple.of(iter, PyTuple.of(PyStr.EMPTY));
            }
            return PyTuple.of(iter, PyTuple.of(PyStr.of(value)), (long) value.codePointCount(0, offset));
        }

        @Override
        public void setState(Object state) {
            offset = value.offsetByCodePoints(0, clampIndex(state, value.codePointCount(0, value.length())));
        }
    }

    static void install() {
        PyType t = BuiltinTypes.STR;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("builtins", "str.__new__",
            "cls, object=?, encoding=?, errors=?", (s, a) -> strNew(a))));
        installProtocol(t);
        installSearch(t);
        installSplit(t);
        installTransform(t);
        installPredicates(t);
    }

    private static String v(Object self) {
        return ((PyStr) self).value();
    }

    private static PyStr str(String s) {
        return PyStr.of(s);
    }

    // ---- construction ------------------------------------------------------------

    private static Object strNew(Object[] a) {
        PyType cls = TextOps.newType(a[0], BuiltinTypes.STR);
        String value;
        if (a[2] == null && a[3] == null) {
            if (a[1] != null && cls == BuiltinTypes.STR) {
                return Ops.str(a[1]);
            }
            value = a[1] == null ? "" : Ops.str(a[1]).value();
        } else {
            String encoding = a[2] == null ? "utf-8" : argStr(a[2], "str", "encoding");
            String errors = a[3] == null ? "strict" : argStr(a[3], "str", "errors");
            Object o = a[1] == null ? PyBytes.EMPTY : a[1];
            if (o instanceof PyStr) {
                throw Exceptions.typeError("decoding str is not supported");
            }
            if (o instanceof PyBytes b) {
                value = Codecs.decode(b.bytes, 0, b.bytes.length, encoding, errors);
            } else if (o instanceof PyByteArray b) {
                value = Codecs.decode(b.bytes, 0, b.size, encoding, errors);
            } else if (BufferProtocol.contiguousOrNull(o) instanceof byte[] b) {
                value = Codecs.decode(b, 0, b.length, encoding, errors);
            } else {
                throw Exceptions.typeError("decoding to str: need a bytes-like object, " + Py.typeOf(o).name()
                    + " found");
            }
        }
        return cls == BuiltinTypes.STR ? PyStr.of(value) : new PyStr(cls, value);
    }

    /** A str argument named {@code param} of {@code func}, with CPython's argument-clinic message. */
    static String argStr(Object o, String func, String param) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        String type = o == Py.None ? "None" : Py.typeOf(o).name();
        throw Exceptions.typeError(func + "() argument '" + param + "' must be str, not " + type);
    }

    // ---- the protocol ------------------------------------------------------------

    private static void installProtocol(PyType t) {
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> str(repr(v(self))));
        MethodDescriptor.define(t, "__str__", "", (self, a) ->
            ((PyStr) self).type == BuiltinTypes.STR ? self : str(v(self)));
        MethodDescriptor.define(t, "__hash__", "", (self, a) -> ((PyStr) self).pyHash());
        defineCompare(t, "__eq__", CompareOp.EQ);
        defineCompare(t, "__ne__", CompareOp.NE);
        defineCompare(t, "__lt__", CompareOp.LT);
        defineCompare(t, "__le__", CompareOp.LE);
        defineCompare(t, "__gt__", CompareOp.GT);
        defineCompare(t, "__ge__", CompareOp.GE);
        MethodDescriptor.define(t, "__len__", "", (self, a) -> (long) ((PyStr) self).codePointLength());
        MethodDescriptor.define(t, "__getitem__", "key, /", (self, a) -> getItem((PyStr) self, a[0]));
        MethodDescriptor.define(t, "__add__", "value, /", (self, a) ->
            a[0] instanceof PyStr o ? str(v(self).concat(o.value())) : Py.NotImplemented);
        MethodDescriptor.define(t, "__mul__", "value, /", (self, a) -> mul(self, a[0]));
        MethodDescriptor.define(t, "__rmul__", "value, /", (self, a) -> mul(self, a[0]));
        MethodDescriptor.define(t, "__contains__", "key, /", (self, a) -> {
            if (!(a[0] instanceof PyStr k)) {
                throw Exceptions.typeError("'in <string>' requires string as left operand, not "
                    + Py.typeOf(a[0]).name());
            }
            return Py.bool(TextOps.indexOf(v(self), k.value(), 0) >= 0);
        });
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> new StrIterator(v(self), isAscii(v(self))));
        MethodDescriptor.define(t, "__getnewargs__", "", (self, a) -> PyTuple.of(str(v(self))));
        MethodDescriptor.define(t, "__sizeof__", "", (self, a) -> sizeOf((PyStr) self));
    }

    /** CPython's size of a compact str: ASCII, latin-1, UCS-2 or UCS-4 storage by the widest code point. */
    private static long sizeOf(PyStr self) {
        int max = self.value().codePoints().max().orElse(0);
        long n = self.codePointLength();
        if (max < 0x80) {
            return 49 + n;
        }
        if (max < 0x100) {
            return 73 + n;
        }
        return max < 0x10000 ? 74 + 2 * n : 76 + 4 * n;
    }

    /** CPython's repr of a str. */
    static String repr(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        ConstantRepr.appendStr(sb, s);
        return sb.toString();
    }

    private static void defineCompare(PyType t, String name, CompareOp op) {
        MethodDescriptor.define(t, name, "value, /", (self, a) -> {
            if (!(a[0] instanceof PyStr o)) {
                return Py.NotImplemented;
            }
            String x = v(self);
            String y = o.value();
            return switch (op) {
                case EQ -> Py.bool(x.equals(y));
                case NE -> Py.bool(!x.equals(y));
                default -> Py.bool(op.test(PyStr.compareCodePoints(x, y)));
            };
        });
    }

    private static Object getItem(PyStr self, Object key) {
        String s = self.value();
        int n = self.codePointLength();
        if (key instanceof PySlice slice) {
            SliceIndices r = SliceIndices.of(slice, n);
            if (r.step() == 1) {
                return r.count() == 0 ? PyStr.EMPTY
                    : str(s.substring(self.offsetOf(r.start()), self.offsetOf(r.stop())));
            }
            StringBuilder sb = new StringBuilder(r.count());
            int[] cps = self.isBmp() ? null : s.codePoints().toArray();
            for (int k = 0; k < r.count(); k++) {
                sb.appendCodePoint(cps == null ? s.charAt(r.at(k)) : cps[r.at(k)]);
            }
            return str(sb.toString());
        }
        if (!Ops.isInt(key) && Py.typeOf(key).lookup("__index__") == null) {
            throw Exceptions.typeError("string indices must be integers, not '" + Py.typeOf(key).name() + "'");
        }
        long i = Ops.indexAsInt(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Exceptions.indexError("string index out of range");
        }
        return ofCodePoint(self.codePointAt((int) i));
    }

    private static Object mul(Object self, Object count) {
        Long n = TextOps.repeatCount(count);
        if (n == null) {
            return Py.NotImplemented;
        }
        String s = v(self);
        if (n == 1 && ((PyStr) self).type == BuiltinTypes.STR) {
            return self;
        }
        return str(TextOps.repeat(s, n, "repeated string is too long"));
    }

    // ---- searching -----------------------------------------------------------------

    /** The str {@code sub} argument of find, count, ...: "must be str, not int". */
    private static String sub(Object o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Exceptions.typeError("must be str, not " + Py.typeOf(o).name());
    }

    /** Char offsets {start, end} of a code-point search range (start may lie past the end: then -1 start). */
    private static long[] charRange(PyStr self, Object start, Object end) {
        int n = self.codePointLength();
        long[] r = TextOps.range(start, end, n);
        if (self.isBmp()) {
            return r;
        }
        long st = r[0] > n ? self.value().length() + 1 : self.offsetOf((int) r[0]);
        long en = r[1] < r[0] ? st - 1 : self.offsetOf((int) r[1]);
        return new long[] {st, en};
    }

    private static long toCodePoints(PyStr self, int charOffset) {
        if (charOffset < 0 || self.isBmp()) {
            return charOffset;
        }
        return self.value().codePointCount(0, charOffset);
    }

    private static void installSearch(PyType t) {
        MethodDescriptor.define(t, "find", "sub, start=None, end=None, /", (self, a) -> find(self, a, false, false));
        MethodDescriptor.define(t, "rfind", "sub, start=None, end=None, /", (self, a) -> find(self, a, true, false));
        MethodDescriptor.define(t, "index", "sub, start=None, end=None, /", (self, a) -> find(self, a, false, true));
        MethodDescriptor.define(t, "rindex", "sub, start=None, end=None, /", (self, a) -> find(self, a, true, true));
        MethodDescriptor.define(t, "count", "sub, start=None, end=None, /", (self, a) -> {
            PyStr s = (PyStr) self;
            String sub = sub(a[0]);
            long[] r = charRange(s, a[1], a[2]);
            boolean empty = r[0] > s.value().length() || r[1] < r[0];
            long units = empty ? 0 : s.value().codePointCount((int) r[0], (int) r[1]);
            return TextOps.count(s.value(), sub, r[0], r[1], units);
        });
        MethodDescriptor.define(t, "startswith", "prefix, start=None, end=None, /", (self, a) ->
            tailMatch((PyStr) self, a, "startswith", false));
        MethodDescriptor.define(t, "endswith", "suffix, start=None, end=None, /", (self, a) ->
            tailMatch((PyStr) self, a, "endswith", true));
    }

    private static Object find(Object self, Object[] a, boolean reverse, boolean raise) {
        PyStr s = (PyStr) self;
        String sub = sub(a[0]);
        long[] r = charRange(s, a[1], a[2]);
        int i = reverse ? TextOps.rfind(s.value(), sub, r[0], r[1]) : TextOps.find(s.value(), sub, r[0], r[1]);
        if (i < 0 && raise) {
            throw Exceptions.valueError("substring not found");
        }
        return toCodePoints(s, i);
    }

    private static Object tailMatch(PyStr self, Object[] a, String name, boolean atEnd) {
        long[] r = charRange(self, a[1], a[2]);
        if (a[0] instanceof PyTuple tuple) {
            for (Object o : tuple.items) {
                if (!(o instanceof PyStr p)) {
                    throw Exceptions.typeError("tuple for " + name + " must only contain str, not "
                        + Py.typeOf(o).name());
                }
                if (TextOps.tailMatch(self.value(), p.value(), r[0], r[1], atEnd)) {
                    return Boolean.TRUE;
                }
            }
            return Boolean.FALSE;
        }
        if (!(a[0] instanceof PyStr p)) {
            throw Exceptions.typeError(name + " first arg must be str or a tuple of str, not "
                + Py.typeOf(a[0]).name());
        }
        return Py.bool(TextOps.tailMatch(self.value(), p.value(), r[0], r[1], atEnd));
    }

    // ---- splitting and joining --------------------------------------------------------

    private static PyList strList(List<String> parts) {
        Object[] items = new Object[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = str(parts.get(i));
        }
        return new PyList(items);
    }

    private static String sepArg(Object o) {
        if (o == Py.None) {
            return null;
        }
        if (!(o instanceof PyStr s)) {
            throw Exceptions.typeError("must be str or None, not " + Py.typeOf(o).name());
        }
        if (s.value().isEmpty()) {
            throw Exceptions.valueError("empty separator");
        }
        return s.value();
    }

    private static void installSplit(PyType t) {
        MethodDescriptor.define(t, "split", "sep=None, maxsplit=-1", (self, a) -> {
            String sep = sepArg(a[0]);
            long max = TextOps.asSsize(a[1]);
            return strList(sep == null ? TextOps.splitWhitespace(v(self), max, Unicode14Text::isSpace)
                : TextOps.split(v(self), sep, max));
        });
        MethodDescriptor.define(t, "rsplit", "sep=None, maxsplit=-1", (self, a) -> {
            String sep = sepArg(a[0]);
            long max = TextOps.asSsize(a[1]);
            return strList(sep == null ? TextOps.rsplitWhitespace(v(self), max, Unicode14Text::isSpace)
                : TextOps.rsplit(v(self), sep, max));
        });
        MethodDescriptor.define(t, "splitlines", "keepends=False", (self, a) ->
            strList(TextOps.splitlines(v(self), TextOps.asSsize(a[0]) != 0, true)));
        MethodDescriptor.define(t, "partition", "sep, /", (self, a) -> partition(v(self), a[0], false));
        MethodDescriptor.define(t, "rpartition", "sep, /", (self, a) -> partition(v(self), a[0], true));
        MethodDescriptor.define(t, "join", "iterable, /", (self, a) -> join(v(self), a[0]));
    }

    private static Object partition(String s, Object sepObj, boolean reverse) {
        String sep = sub(sepObj);
        if (sep.isEmpty()) {
            throw Exceptions.valueError("empty separator");
        }
        int i = reverse ? TextOps.lastIndexOf(s, sep, s.length()) : TextOps.indexOf(s, sep, 0);
        if (i < 0) {
            return reverse ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, str(s))
                : PyTuple.of(str(s), PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(str(s.substring(0, i)), str(sep), str(s.substring(i + sep.length())));
    }

    /** {@code sep.join(iterable)}; a single item that is an exact str comes back itself, as in CPython. */
    private static Object join(String sep, Object iterable) {
        StringBuilder sb = new StringBuilder();
        int[] i = {0};
        PyStr[] first = new PyStr[1];
        TextOps.forEach(iterable, x -> {
            if (!(x instanceof PyStr s)) {
                throw Exceptions.typeError("sequence item " + i[0] + ": expected str instance, " + Py.typeOf(x).name()
                    + " found");
            }
            if (i[0]++ > 0) {
                sb.append(sep);
            } else {
                first[0] = s;
            }
            sb.append(s.value());
        }, () -> Exceptions.typeError("can only join an iterable"));
        if (i[0] == 1 && first[0].type == BuiltinTypes.STR) {
            return first[0];
        }
        return str(sb.toString());
    }

    // ---- transformations ----------------------------------------------------------------

    private static void installTransform(PyType t) {
        MethodDescriptor.define(t, "replace", "old, new, count=-1, /", (self, a) -> {
            String old = replaceArg(a[0], 1);
            String repl = replaceArg(a[1], 2);
            long count = TextOps.asSsize(a[2]);
            PyStr s = (PyStr) self;
            int[] boundaries = old.isEmpty() ? boundaries(s.value()) : null;
            return str(TextOps.replace(s.value(), old, repl, count, boundaries));
        });
        MethodDescriptor.define(t, "strip", "chars=None, /", (self, a) -> strip(self, a[0], true, true, "strip"));
        MethodDescriptor.define(t, "lstrip", "chars=None, /", (self, a) -> strip(self, a[0], true, false, "lstrip"));
        MethodDescriptor.define(t, "rstrip", "chars=None, /", (self, a) -> strip(self, a[0], false, true, "rstrip"));
        MethodDescriptor.define(t, "removeprefix", "prefix, /", (self, a) -> {
            String p = affixArg(a[0], "removeprefix");
            String s = v(self);
            return str(TextOps.startsWith(s, p, 0) ? s.substring(p.length()) : s);
        });
        MethodDescriptor.define(t, "removesuffix", "suffix, /", (self, a) -> {
            String p = affixArg(a[0], "removesuffix");
            String s = v(self);
            boolean ends = !p.isEmpty() && s.length() >= p.length()
                && TextOps.startsWith(s, p, s.length() - p.length());
            return str(ends ? s.substring(0, s.length() - p.length()) : s);
        });
        MethodDescriptor.define(t, "center", "width, fillchar=' ', /", (self, a) -> pad(self, a, 'c'));
        MethodDescriptor.define(t, "ljust", "width, fillchar=' ', /", (self, a) -> pad(self, a, 'l'));
        MethodDescriptor.define(t, "rjust", "width, fillchar=' ', /", (self, a) -> pad(self, a, 'r'));
        MethodDescriptor.define(t, "zfill", "width, /", (self, a) -> {
            PyStr s = (PyStr) self;
            String r = TextOps.zfill(s.value(), s.codePointLength(), TextOps.asSsize(a[0]));
            return r == null ? str(s.value()) : str(r);
        });
        MethodDescriptor.define(t, "expandtabs", "tabsize=8", (self, a) ->
            str(TextOps.expandtabs(v(self), TextOps.asCInt(a[0]))));
        MethodDescriptor.define(t, "upper", "", (self, a) -> str(Unicode14Text.upper(v(self))));
        MethodDescriptor.define(t, "lower", "", (self, a) -> str(Unicode14Text.lower(v(self))));
        MethodDescriptor.define(t, "casefold", "", (self, a) -> str(Unicode14Text.casefold(v(self))));
        MethodDescriptor.define(t, "capitalize", "", (self, a) -> str(Unicode14Text.capitalize(v(self))));
        MethodDescriptor.define(t, "swapcase", "", (self, a) -> str(Unicode14Text.swapcase(v(self))));
        MethodDescriptor.define(t, "title", "", (self, a) -> str(Unicode14Text.title(v(self))));
        MethodDescriptor.define(t, "encode", "encoding='utf-8', errors='strict'", (self, a) -> {
            String enc = argStr(a[0], "encode", "encoding");
            String err = argStr(a[1], "encode", "errors");
            return new PyBytes(Codecs.encode(v(self), enc, err));
        });
        t.define("maketrans", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "maketrans", "x, y=?, z=?, /", (s, a) -> maketrans(a))));
        MethodDescriptor.define(t, "translate", "table, /", (self, a) -> translate(v(self), a[0]));
    }

    private static String replaceArg(Object o, int position) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Exceptions.typeError("replace() argument " + position + " must be str, not " + clinicTypeName(o));
    }

    private static String affixArg(Object o, String name) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Exceptions.typeError(name + "() argument must be str, not " + clinicTypeName(o));
    }

    /** The type name in Argument Clinic's "must be str, not X" messages, which say None for None. */
    private static String clinicTypeName(Object o) {
        return o == Py.None ? "None" : Py.typeOf(o).name();
    }

    /** The char offsets where an empty pattern matches: before each code point and at the end. */
    private static int[] boundaries(String s) {
        int[] b = new int[s.codePointCount(0, s.length()) + 1];
        int k = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            b[k++] = i;
        }
        b[k] = s.length();
        return b;
    }

    private static Object strip(Object self, Object chars, boolean left, boolean right, String name) {
        String s = v(self);
        if (chars == Py.None) {
            return str(TextOps.strip(s, Unicode14Text::isSpace, left, right));
        }
        if (!(chars instanceof PyStr c)) {
            throw Exceptions.typeError(name + " arg must be None or str");
        }
        String set = c.value();
        return str(TextOps.strip(s, cp -> TextOps.indexOf(set, Character.toString(cp), 0) >= 0, left, right));
    }

    private static Object pad(Object self, Object[] a, char how) {
        PyStr s = (PyStr) self;
        long width = TextOps.asSsize(a[0]);
        if (!(a[1] instanceof PyStr f)) {
            throw Exceptions.typeError("The fill character must be a unicode character, not " + Py.typeOf(a[1]).name());
        }
        if (f.codePointLength() != 1) {
            throw Exceptions.typeError("The fill character must be exactly one character long");
        }
        String r = TextOps.pad(s.value(), s.codePointLength(), width, f.value(), how);
        return r == null ? str(s.value()) : str(r);
    }

    private static Object maketrans(Object[] a) {
        PyDict d = new PyDict();
        if (a[1] == null) {
            if (!(a[0] instanceof PyDict src)) {
                throw Exceptions.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int i = 0; i < src.entryLimit(); i++) {
                Object k = src.keyAt(i);
                if (k == null) {
                    continue;
                }
                if (k instanceof PyStr ks) {
                    if (ks.codePointLength() != 1) {
                        throw Exceptions.valueError("string keys in translate table must be of length 1");
                    }
                    d.put((long) ks.codePointAt(0), src.valueAt(i));
                } else if (Ops.isInt(k)) {
                    d.put(k, src.valueAt(i));
                } else {
                    throw Exceptions.typeError("keys in translate table must be strings or integers");
                }
            }
            return d;
        }
        if (!(a[0] instanceof PyStr x)) {
            throw Exceptions.typeError("first maketrans argument must be a string if there is a second argument");
        }
        if (!(a[1] instanceof PyStr y)) {
            throw Exceptions.typeError("maketrans() argument 2 must be str, not " + Py.typeOf(a[1]).name());
        }
        int[] xs = x.value().codePoints().toArray();
        int[] ys = y.value().codePoints().toArray();
        if (xs.length != ys.length) {
            throw Exceptions.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < xs.length; i++) {
            d.put((long) xs[i], (long) ys[i]);
        }
        if (a[2] != null) {
            if (!(a[2] instanceof PyStr z)) {
                throw Exceptions.typeError("maketrans() argument 3 must be str, not " + Py.typeOf(a[2]).name());
            }
            z.value().codePoints().forEach(cp -> d.put((long) cp, Py.None));
        }
        return d;
    }

    private static Object translate(String s, Object table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object r;
            try {
                r = Ops.getItem(table, (long) cp);
            } catch (PyException e) {
                if (e.matches(Exceptions.LOOKUP_ERROR)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (r == Py.None) {
                continue;
            }
            if (r instanceof PyStr rs) {
                sb.append(rs.value());
            } else if (Ops.isInt(r)) {
                Object n = Ops.intValue(r);
                if (!(n instanceof Long l) || l < 0 || l > 0x10FFFF) {
                    throw Exceptions.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) (long) l);
            } else {
                throw Exceptions.typeError("character mapping must return integer, None or str");
            }
        }
        return str(sb.toString());
    }

    // ---- predicates -------------------------------------------------------------------------

    private static void definePredicate(PyType t, String name, java.util.function.IntPredicate test) {
        MethodDescriptor.define(t, name, "", (self, a) -> {
            String s = v(self);
            if (s.isEmpty()) {
                return Boolean.FALSE;
            }
            return Py.bool(s.codePoints().allMatch(test));
        });
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static void installPredicates(PyType t) {
        definePredicate(t, "isalpha", Unicode14Text::isAlpha);
        definePredicate(t, "isalnum", Unicode14Text::isAlnum);
        definePredicate(t, "isdecimal", Unicode14Text::isDecimal);
        definePredicate(t, "isdigit", Unicode14Text::isDigit);
        definePredicate(t, "isnumeric", Unicode14Text::isNumeric);
        definePredicate(t, "isspace", Unicode14Text::isSpace);
        MethodDescriptor.define(t, "isascii", "", (self, a) -> Py.bool(isAscii(v(self))));
        MethodDescriptor.define(t, "isprintable", "", (self, a) ->
            Py.bool(v(self).codePoints().allMatch(Unicode14::isPrintable)));
        MethodDescriptor.define(t, "isidentifier", "", (self, a) -> Py.bool(isIdentifier(v(self))));
        MethodDescriptor.define(t, "islower", "", (self, a) -> Py.bool(caseCheck(v(self), true)));
        MethodDescriptor.define(t, "isupper", "", (self, a) -> Py.bool(caseCheck(v(self), false)));
        MethodDescriptor.define(t, "istitle", "", (self, a) -> Py.bool(isTitle(v(self))));
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Identifiers.isXidStart(first)) {
            return false;
        }
        return s.codePoints().skip(1).allMatch(Identifiers::isXidContinue);
    }

    /** islower() (or isupper()): no code point of the other case or title case, and at least one cased. */
    private static boolean caseCheck(String s, boolean lower) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean wrong = lower ? Unicode14Text.isUpper(cp) : Unicode14Text.isLower(cp);
            if (wrong || Unicode14Text.isTitle(cp)) {
                return false;
            }
            if (lower ? Unicode14Text.isLower(cp) : Unicode14Text.isUpper(cp)) {
                cased = true;
            }
        }
        return cased;
    }

    private static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Unicode14Text.isUpper(cp) || Unicode14Text.isTitle(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Unicode14Text.isLower(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }
}
