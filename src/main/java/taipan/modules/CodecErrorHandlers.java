package taipan.modules;

import java.io.ByteArrayOutputStream;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBaseException;
import taipan.runtime.PyBytes;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.unicode.Unicode14Text;

/**
 * CPython 3.11's built-in codec error handlers as Python callables
 * ({@code strict_errors}, {@code ignore_errors}, {@code replace_errors},
 * {@code backslashreplace_errors}, {@code xmlcharrefreplace_errors},
 * {@code namereplace_errors}, {@code surrogateescape}, {@code surrogatepass}):
 * each takes a UnicodeEncodeError/DecodeError/TranslateError and returns
 * {@code (replacement, resume position)} or raises, as CPython's do. They are
 * registered (only) under "strict", "ignore", ... in a {@link CodecsModule.Registry}.
 */
final class CodecErrorHandlers {
    private CodecErrorHandlers() {}

    static void installInto(CodecsModule.Registry r) {
        handler(r, "strict", "strict_errors", (s, a) -> {
            if (a[0] instanceof PyBaseException e) {
                throw new PyException(e);
            }
            throw Exceptions.typeError("codec must pass exception instance");
        });
        handler(r, "ignore", "ignore_errors", (s, a) -> {
            kind(a[0], true, true, true);
            return PyTuple.of(PyStr.EMPTY, end(a[0]));
        });
        handler(r, "replace", "replace_errors", (s, a) -> {
            int k = kind(a[0], true, true, true);
            long n = end(a[0]) - start(a[0]);
            String rep = k == ENCODE ? "?".repeat((int) Math.max(n, 0)) : k == DECODE ? "\uFFFD"
                : "\uFFFD".repeat((int) Math.max(n, 0));
            return PyTuple.of(PyStr.of(rep), end(a[0]));
        });
        handler(r, "backslashreplace", "backslashreplace_errors", (s, a) -> {
            int k = kind(a[0], true, true, true);
            StringBuilder sb = new StringBuilder();
            if (k == DECODE) {
                byte[] b = ((PyBytes) object(a[0])).bytes;
                for (long i = start(a[0]); i < end(a[0]); i++) {
                    sb.append(String.format("\\x%02x", b[(int) i] & 0xFF));
                }
            } else {
                int[] cps = codePoints(a[0]);
                for (long i = start(a[0]); i < end(a[0]); i++) {
                    escape(sb, cps[(int) i]);
                }
            }
            return PyTuple.of(PyStr.of(sb.toString()), end(a[0]));
        });
        handler(r, "xmlcharrefreplace", "xmlcharrefreplace_errors", (s, a) -> {
            kind(a[0], true, false, false);
            StringBuilder sb = new StringBuilder();
            int[] cps = codePoints(a[0]);
            for (long i = start(a[0]); i < end(a[0]); i++) {
                sb.append("&#").append(cps[(int) i]).append(';');
            }
            return PyTuple.of(PyStr.of(sb.toString()), end(a[0]));
        });
        handler(r, "namereplace", "namereplace_errors", (s, a) -> {
            kind(a[0], true, false, false);
            StringBuilder sb = new StringBuilder();
            int[] cps = codePoints(a[0]);
            for (long i = start(a[0]); i < end(a[0]); i++) {
                String name = Unicode14Text.name(cps[(int) i]);
                if (name != null) {
                    sb.append("\\N{").append(name).append('}');
                } else {
                    escape(sb, cps[(int) i]);
                }
            }
            return PyTuple.of(PyStr.of(sb.toString()), end(a[0]));
        });
        handler(r, "surrogateescape", "surrogateescape", (s, a) -> surrogateEscape(a[0]));
        handler(r, "surrogatepass", "surrogatepass", (s, a) -> surrogatePass(a[0]));
    }

    private static final int ENCODE = 0;
    private static final int DECODE = 1;
    private static final int TRANSLATE = 2;

    /** Which UnicodeError {@code exc} is, if the handler takes it; TypeError otherwise. */
    private static int kind(Object exc, boolean encode, boolean decode, boolean translate) {
        PyType t = Py.typeOf(exc);
        if (encode && t.isSubtypeOf(Exceptions.UNICODE_ENCODE_ERROR)) {
            return ENCODE;
        }
        if (decode && t.isSubtypeOf(Exceptions.UNICODE_DECODE_ERROR)) {
            return DECODE;
        }
        if (translate && t.isSubtypeOf(Exceptions.UNICODE_TRANSLATE_ERROR)) {
            return TRANSLATE;
        }
        throw Exceptions.typeError("don't know how to handle " + t.name() + " in error callback");
    }

    private static long start(Object exc) {
        return ((Number) Ops.getAttr(exc, "start")).longValue();
    }

    private static long end(Object exc) {
        return ((Number) Ops.getAttr(exc, "end")).longValue();
    }

    private static Object object(Object exc) {
        return Ops.getAttr(exc, "object");
    }

    private static int[] codePoints(Object exc) {
        return ((PyStr) object(exc)).value().codePoints().toArray();
    }

    private static void escape(StringBuilder sb, int cp) {
        sb.append(String.format(cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp));
    }

    /** Bytes 0x80-0xFF as lone surrogates U+DC80-U+DCFF and back. */
    private static Object surrogateEscape(Object exc) {
        int k = kind(exc, true, true, false);
        int start = (int) start(exc);
        int end = (int) end(exc);
        if (k == DECODE) {
            byte[] b = ((PyBytes) object(exc)).bytes;
            StringBuilder sb = new StringBuilder();
            int i = start;
            while (i < end && i < start + 4 && (b[i] & 0xFF) >= 0x80) {
                sb.append((char) (0xDC00 + (b[i] & 0xFF)));
                i++;
            }
            if (i == start) {
                throw new PyException((PyBaseException) exc);
            }
            return PyTuple.of(PyStr.of(sb.toString()), (long) i);
        }
        int[] cps = codePoints(exc);
        byte[] out = new byte[Math.max(end - start, 0)];
        for (int i = start; i < end; i++) {
            if (cps[i] < 0xDC80 || cps[i] > 0xDCFF) {
                throw new PyException((PyBaseException) exc);
            }
            out[i - start] = (byte) (cps[i] - 0xDC00);
        }
        return PyTuple.of(new PyBytes(out), (long) end);
    }

    /** Surrogates written as if they were characters, in the exception's UTF encoding. */
    private static Object surrogatePass(Object exc) {
        int k = kind(exc, true, true, false);
        String enc = Ops.strString(Ops.getAttr(exc, "encoding")).toLowerCase(java.util.Locale.ROOT)
            .replace("-", "").replace("_", "");
        int unit = enc.equals("utf8") ? 1 : enc.startsWith("utf16") ? 2 : enc.startsWith("utf32") ? 4 : 0;
        boolean be = enc.endsWith("be");
        if (unit == 0) {
            throw new PyException((PyBaseException) exc);
        }
        int start = (int) start(exc);
        if (k == DECODE) {
            byte[] b = ((PyBytes) object(exc)).bytes;
            int n = unit == 1 ? 3 : unit;
            int cp = -1;
            if (start + n <= b.length) {
                if (unit == 1) {
                    if ((b[start] & 0xF0) == 0xE0 && (b[start + 1] & 0xC0) == 0x80 && (b[start + 2] & 0xC0) == 0x80) {
                        cp = (b[start] & 0x0F) << 12 | (b[start + 1] & 0x3F) << 6 | b[start + 2] & 0x3F;
                    }
                } else {
                    cp = 0;
                    for (int i = 0; i < n; i++) {
                        int byteVal = b[start + (be ? i : n - 1 - i)] & 0xFF;
                        cp = cp << 8 | byteVal;
                    }
                }
            }
            if (cp < 0xD800 || cp > 0xDFFF) {
                throw new PyException((PyBaseException) exc);
            }
            return PyTuple.of(PyStr.of(String.valueOf((char) cp)), (long) (start + n));
        }
        int[] cps = codePoints(exc);
        int end = (int) end(exc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = start; i < end; i++) {
            int cp = cps[i];
            if (cp < 0xD800 || cp > 0xDFFF) {
                throw new PyException((PyBaseException) exc);
            }
            if (unit == 1) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                for (int j = 0; j < unit; j++) {
                    int shift = 8 * (be ? unit - 1 - j : j);
                    out.write(cp >>> shift & 0xFF);
                }
            }
        }
        return PyTuple.of(new PyBytes(out.toByteArray()), (long) end);
    }

    private static void handler(CodecsModule.Registry r, String name, String fnName,
                                BuiltinFunction.Body body) {
        r.errorHandlers.put(PyStr.of(name), BuiltinFunction.of("_codecs", fnName, "exc, /", body));
    }
}
