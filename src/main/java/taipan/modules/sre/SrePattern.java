package taipan.modules.sre;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import taipan.interpreter.PythonRuntime;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.ClassMethod;
import taipan.runtime.Exceptions;
import taipan.runtime.GenericAlias;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyBytes;
import taipan.runtime.PyCallable;
import taipan.runtime.PyDict;
import taipan.runtime.PyList;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * {@code re.Pattern}: a compiled code list with its source pattern, flags and
 * group names, and the searching methods (match, fullmatch, search, findall,
 * finditer, sub, subn, split, scanner) with CPython 3.11's semantics for empty
 * matches (an empty match may not follow at the position where the previous
 * match ended empty). Replacement templates with backslashes go through
 * {@code re._subx}, as CPython 3.11's sre does.
 */
public final class SrePattern extends PyObject {
    public static final PyType TYPE = newType("Pattern");

    private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE",
        "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};

    final Object pattern;
    final long flags;
    final int[] code;
    /** The matchers' cache of character sets below 256 (see {@link SreMatcher#ofBmp}). */
    final long[][] latinSets;
    final int groups;
    final PyDict groupindex;
    final PyTuple indexgroup;
    /** Whether the pattern is bytes; null when compiled without a source pattern. */
    final Boolean isBytes;

    SrePattern(Object pattern, long flags, int[] code, int groups, PyDict groupindex, PyTuple indexgroup) {
        super(TYPE);
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.latinSets = new long[code.length][];
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.isBytes = pattern == Py.None ? null : !(pattern instanceof PyStr);
    }

    /** {@code _sre.compile}: a pattern over a code list from {@code re._compiler}. */
    public static SrePattern compile(Object pattern, long flags, int[] code, int groups, PyDict groupindex,
                                     PyTuple indexgroup) {
        return new SrePattern(pattern, flags, code, groups, groupindex, indexgroup);
    }

    static PyType newType(String name) {
        PyType t = BuiltinTypes.builtin(name, BuiltinTypes.OBJECT, null);
        t.acceptsSubclasses = false;
        t.setMember("__module__", PyStr.of("re"));
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("re", name + ".__new__",
            "cls, *args, **kwargs", (s, a) -> {
                throw Exceptions.typeError("cannot create 're." + name + "' instances");
            })));
        t.define("__class_getitem__", new ClassMethod(BuiltinTypes.CLASSMETHOD, BuiltinFunction.of("re",
            "__class_getitem__", "cls, item, /", (s, a) -> new GenericAlias(a[0], a[1]))));
        MethodDescriptor.define(t, "__copy__", "", (self, a) -> self);
        MethodDescriptor.define(t, "__deepcopy__", "memo, /", (self, a) -> self);
        return t;
    }

    static {
        PyType t = TYPE;
        GetSetDescriptor.define(t, "pattern", self -> ((SrePattern) self).pattern);
        GetSetDescriptor.define(t, "flags", self -> ((SrePattern) self).flags);
        GetSetDescriptor.define(t, "groups", self -> (long) ((SrePattern) self).groups);
        GetSetDescriptor.define(t, "groupindex", self -> ((SrePattern) self).groupindex.copy());
        MethodDescriptor.define(t, "match", "string, pos=0, endpos=?",
            (self, a) -> ((SrePattern) self).matchAt(a[0], a[1], a[2], false));
        MethodDescriptor.define(t, "fullmatch", "string, pos=0, endpos=?",
            (self, a) -> ((SrePattern) self).matchAt(a[0], a[1], a[2], true));
        MethodDescriptor.define(t, "search", "string, pos=0, endpos=?", (self, a) -> {
            SrePattern p = (SrePattern) self;
            Subject s = Subject.of(a[0], p.isBytes);
            SreMatcher m = s.matcher(p, a[1], a[2]);
            return m.search() ? new SreMatch(p, s, m) : Py.None;
        });
        MethodDescriptor.define(t, "findall", "string, pos=0, endpos=?",
            (self, a) -> ((SrePattern) self).findall(a[0], a[1], a[2]));
        MethodDescriptor.define(t, "finditer", "string, pos=0, endpos=?",
            (self, a) -> new SreScanner((SrePattern) self, a[0], a[1], a[2]).iterator());
        MethodDescriptor.define(t, "scanner", "string, pos=0, endpos=?",
            (self, a) -> new SreScanner((SrePattern) self, a[0], a[1], a[2]));
        MethodDescriptor.define(t, "sub", "repl, string, count=0",
            (self, a) -> ((SrePattern) self).subx(a[0], a[1], Ops.index(a[2]), false));
        MethodDescriptor.define(t, "subn", "repl, string, count=0",
            (self, a) -> ((SrePattern) self).subx(a[0], a[1], Ops.index(a[2]), true));
        MethodDescriptor.define(t, "split", "string, maxsplit=0",
            (self, a) -> ((SrePattern) self).split(a[0], Ops.index(a[1])));
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of(((SrePattern) self).repr()));
        MethodDescriptor.define(t, "__eq__", "other, /", (self, a) -> {
            if (!(a[0] instanceof SrePattern o)) {
                return Py.NotImplemented;
            }
            SrePattern p = (SrePattern) self;
            return p == o || p.flags == o.flags && p.isBytes == o.isBytes && Arrays.equals(p.code, o.code)
                && Ops.eq(p.pattern, o.pattern);
        });
        MethodDescriptor.define(t, "__hash__", "", (self, a) -> {
            SrePattern p = (SrePattern) self;
            long h = Ops.hash(p.pattern) * 1000003L ^ Arrays.hashCode(p.code) ^ p.flags;
            return h == -1 ? -2L : h;
        });
    }

    private Object matchAt(Object string, Object pos, Object endpos, boolean full) {
        Subject s = Subject.of(string, isBytes);
        SreMatcher m = s.matcher(this, pos, endpos);
        m.matchAll = full;
        return m.match() ? new SreMatch(this, s, m) : Py.None;
    }

    /** Searches from the matcher's start, then moves it past the match (no empty match right there next). */
    static boolean next(SreMatcher m) {
        if (!m.search()) {
            return false;
        }
        m.mustAdvance = m.matchEnd == m.matchStart;
        m.start = m.matchEnd;
        return true;
    }

    private Object group(Subject s, SreMatcher m, int g) {
        int a = m.marks[2 * g - 2];
        int b = m.marks[2 * g - 1];
        return a >= 0 && b >= 0 ? s.slice(a, b) : s.empty();
    }

    private PyList findall(Object string, Object pos, Object endpos) {
        Subject s = Subject.of(string, isBytes);
        SreMatcher m = s.matcher(this, pos, endpos);
        PyList out = new PyList();
        while (next(m)) {
            if (groups == 0) {
                out.append(s.slice(m.matchStart, m.matchEnd));
            } else if (groups == 1) {
                out.append(group(s, m, 1));
            } else {
                Object[] items = new Object[groups];
                for (int g = 1; g <= groups; g++) {
                    items[g - 1] = group(s, m, g);
                }
                out.append(new PyTuple(items));
            }
        }
        return out;
    }

    private PyList split(Object string, Object maxsplitObj) {
        Subject s = Subject.of(string, isBytes);
        long maxsplit = ssize(maxsplitObj);
        SreMatcher m = s.matcher(this, null, null);
        PyList out = new PyList();
        if (maxsplit < 0) {
            out.append(s.slice(0, s.length));
            return out;
        }
        int last = 0;
        long n = 0;
        while ((maxsplit == 0 || n < maxsplit) && next(m)) {
            out.append(s.slice(last, m.matchStart));
            for (int g = 1; g <= groups; g++) {
                int a = m.marks[2 * g - 2];
                int b = m.marks[2 * g - 1];
                out.append(a >= 0 && b >= 0 ? s.slice(a, b) : Py.None);
            }
            last = m.matchEnd;
            n++;
        }
        out.append(s.slice(last, s.length));
        return out;
    }

    /** An int from {@code Ops.index} as a C ssize_t. */
    static long ssize(Object index) {
        if (index instanceof Long l) {
            return l;
        }
        throw Exceptions.overflowError("Python int too large to convert to C ssize_t");
    }

    private static boolean isCallable(Object o) {
        return o instanceof PyCallable || o instanceof MethodDescriptor || Py.typeOf(o).lookup("__call__") != null;
    }

    private static boolean hasBackslash(Object repl) {
        if (repl instanceof PyStr s) {
            return s.value().indexOf('\\') >= 0;
        }
        byte[] b = repl instanceof PyBytes pb ? pb.bytes : ((PyByteArray) repl).bytes;
        for (byte x : b) {
            if (x == '\\') {
                return true;
            }
        }
        return false;
    }

    private Object subx(Object repl, Object string, Object countObj, boolean subn) {
        Object filter = repl;
        boolean callable = isCallable(repl);
        if (!callable && (!(repl instanceof PyStr || repl instanceof PyBytes || repl instanceof PyByteArray)
                          || hasBackslash(repl))) {
            Object re = Ops.call(PythonRuntime.current().builtins.getStr("__import__"), PyStr.of("re"));
            filter = Ops.call(Ops.getAttr(re, "_subx"), this, repl);
            callable = isCallable(filter);
        }
        Subject s = Subject.of(string, isBytes);
        long count = ssize(countObj);
        SreMatcher m = s.matcher(this, null, null);
        List<Object> pieces = new ArrayList<>();
        int last = 0;
        long n = 0;
        while (count >= 0 && (count == 0 || n < count) && next(m)) {
            int b = m.matchStart;
            int e = m.matchEnd;
            if (last < b) {
                pieces.add(s.slice(last, b));
            }
            if (callable) {
                Object item = Ops.call(filter, new SreMatch(this, s, m));
                if (item != Py.None) {
                    pieces.add(item);
                }
            } else {
                pieces.add(filter);
            }
            last = e;
            n++;
        }
        if (last < s.length) {
            pieces.add(s.slice(last, s.length));
        }
        Object joined = join(pieces, s.isBytes);
        return subn ? PyTuple.of(joined, n) : joined;
    }

    private static Object join(List<Object> pieces, boolean bytes) {
        if (bytes) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < pieces.size(); i++) {
                Object p = pieces.get(i);
                if (p instanceof PyBytes b) {
                    out.writeBytes(b.bytes);
                } else if (p instanceof PyByteArray b) {
                    out.write(b.bytes, 0, b.size);
                } else {
                    throw Exceptions.typeError("sequence item " + i + ": expected a bytes-like object, "
                        + Py.typeOf(p).name() + " found");
                }
            }
            return new PyBytes(out.toByteArray());
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            Object p = pieces.get(i);
            if (!(p instanceof PyStr ps)) {
                throw Exceptions.typeError("sequence item " + i + ": expected str instance, "
                    + Py.typeOf(p).name() + " found");
            }
            sb.append(ps.value());
        }
        return PyStr.of(sb.toString());
    }

    private String repr() {
        String r = Ops.reprString(pattern);
        int cps = r.codePointCount(0, r.length());
        if (cps > 200) {
            r = r.substring(0, r.offsetByCodePoints(0, 200));
        }
        long f = flags;
        if (isBytes != null && !isBytes && (f & (4 | 32 | 256)) == 32) {
            f &= ~32L;
        }
        if (f == 0) {
            return "re.compile(" + r + ")";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((f & (1L << i)) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(FLAG_NAMES[i]);
                f &= ~(1L << i);
            }
        }
        if (f != 0) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("0x").append(Long.toHexString(f));
        }
        return "re.compile(" + r + ", " + sb + ")";
    }
}
