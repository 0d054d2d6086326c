package taipan.modules;

import taipan.modules.sre.SreChars;
import taipan.modules.sre.SrePattern;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * The {@code _sre} module of CPython 3.11: {@code compile} (a code list from
 * {@code re._compiler} to a {@code re.Pattern}), the case helpers the compiler
 * uses, and the engine's constants (MAGIC 20220615, 4-byte code words).
 */
public final class SreModule {
    private SreModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_sre");
        put(m, "MAGIC", 20220615L);
        put(m, "CODESIZE", 4L);
        put(m, "MAXREPEAT", 4294967295L);
        put(m, "MAXGROUPS", 1073741823L);
        put(m, "copyright", PyStr.of(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        fn(m, "getcodesize", "", a -> 4L);
        fn(m, "ascii_iscased", "character, /", a -> SreChars.asciiIsCased(ch(a[0])));
        fn(m, "unicode_iscased", "character, /", a -> SreChars.unicodeIsCased(ch(a[0])));
        fn(m, "ascii_tolower", "character, /", a -> (long) lowerAscii(ch(a[0])));
        fn(m, "unicode_tolower", "character, /", a -> (long) SreChars.lowerUnicode(ch(a[0])));
        fn(m, "compile", "pattern, flags, code, groups, groupindex, indexgroup", a -> {
            if (!(a[2] instanceof PyList codeList)) {
                throw Exceptions.typeError("compile() argument 'code' must be list, not " + Py.typeOf(a[2]).name());
            }
            int[] code = new int[codeList.size];
            for (int i = 0; i < code.length; i++) {
                Object v = Ops.index(codeList.get(i));
                if (!(v instanceof Long l) || l < 0 || l > 0xFFFFFFFFL) {
                    throw Exceptions.overflowError("regular expression code size limit exceeded");
                }
                code[i] = (int) (long) l;
            }
            if (!(a[4] instanceof PyDict groupindex)) {
                throw Exceptions.typeError("compile() argument 'groupindex' must be dict, not "
                    + Py.typeOf(a[4]).name());
            }
            if (!(a[5] instanceof PyTuple indexgroup)) {
                throw Exceptions.typeError("compile() argument 'indexgroup' must be tuple, not "
                    + Py.typeOf(a[5]).name());
            }
            return SrePattern.compile(a[0], Ops.indexAsInt(a[1]), code, Ops.indexAsInt(a[3]), groupindex, indexgroup);
        });
        return m;
    }

    /** A character code argument: sre's helpers take an int (a C unsigned int). */
    private static int ch(Object o) {
        Object v = Ops.index(o);
        if (!(v instanceof Long l) || l < 0 || l > 0xFFFFFFFFL) {
            throw Exceptions.overflowError("Python int too large to convert to C unsigned long");
        }
        return (int) Math.min(l, Integer.MAX_VALUE);
    }

    private static int lowerAscii(int c) {
        return c < 128 ? SreChars.lowerAscii(c) : c;
    }

    private static void put(PyModule m, String name, Object value) {
        m.dict.put(PyStr.of(name), value);
    }

    private interface Fn {
        Object apply(Object[] a);
    }

    private static void fn(PyModule m, String name, String spec, Fn f) {
        m.dict.put(PyStr.of(name), BuiltinFunction.of("_sre", name, spec, (s, a) -> f.apply(a)));
    }
}
