package taipan.modules;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Codecs;
import taipan.runtime.Exceptions;
import taipan.runtime.ExceptionMethods;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBaseException;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyBytes;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * The codec functions of {@code _codecs} that the {@code encodings} package
 * calls, with CPython 3.11's signatures and results: {@code X_encode(str,
 * errors=None)} returns {@code (bytes, characters consumed)} and {@code
 * X_decode(data, errors=None, final=False)} returns {@code (str, bytes
 * consumed)}, where a non-final decode stops before an incomplete trailing
 * sequence so that incremental decoders can resume. The utf/latin-1/ascii/escape
 * transformations are {@link Codecs}'; the charmap codecs (a decoding table
 * str, or any mapping) are here, their errors going through the error handler
 * registry, so custom handlers apply to them.
 */
final class CodecFunctions {
    private CodecFunctions() {}

    static void installInto(PyModule m, CodecsModule.Registry r) {
        for (String c : new String[] {"utf_8", "utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be", "latin_1", "ascii",
            "unicode_escape", "raw_unicode_escape"}) {
            CodecsModule.fn(m, c + "_encode", "str, errors=None, /", (s, a) ->
                encoded(Codecs.encodeWith(c, text(a[0], c + "_encode()"), errors(a[1], c + "_encode()")), a[0]));
            boolean incremental = c.startsWith("utf");
            boolean escapes = c.endsWith("escape");
            String spec = incremental ? "data, errors=None, final=False, /"
                : escapes ? "data, errors=None, final=True, /" : "data, errors=None, /";
            CodecsModule.fn(m, c + "_decode", spec, (s, a) -> {
                byte[] b = data(a[0]);
                boolean fin = !incremental || Ops.isTrue(a[2]);
                int n = b.length - (fin ? 0 : incomplete(c, b, 0, b.length));
                return PyTuple.of(PyStr.of(Codecs.decodeWith(c, b, 0, n, errors(a[1], c + "_decode()"))), (long) n);
            });
        }
        CodecsModule.fn(m, "utf_7_encode", "str, errors=None, /", (s, a) ->
            encoded(Codecs.encodeWith("utf_7", text(a[0], "utf_7_encode()"), errors(a[1], "utf_7_encode()")), a[0]));
        CodecsModule.fn(m, "utf_7_decode", "data, errors=None, final=False, /", (s, a) ->
            Codecs.decodeUtf7(data(a[0]), errors(a[1], "utf_7_decode()"), Ops.isTrue(a[2])));
        for (String c : new String[] {"utf_16", "utf_32"}) {
            CodecsModule.fn(m, c + "_encode", "str, errors=None, byteorder=0, /", (s, a) -> {
                int order = Ops.indexAsInt(a[2]);
                String codec = order == 0 ? c : order < 0 ? c + "_le" : c + "_be";
                return encoded(Codecs.encodeWith(codec, text(a[0], c + "_encode()"), errors(a[1], c + "_encode()")),
                    a[0]);
            });
            CodecsModule.fn(m, c + "_decode", "data, errors=None, final=False, /", (s, a) -> {
                PyTuple t = exDecode(c, data(a[0]), errors(a[1], c + "_decode()"), 0, Ops.isTrue(a[2]));
                return PyTuple.of(t.items[0], t.items[1]);
            });
            CodecsModule.fn(m, c + "_ex_decode", "data, errors=None, byteorder=0, final=False, /", (s, a) ->
                exDecode(c, data(a[0]), errors(a[1], c + "_ex_decode()"), Ops.indexAsInt(a[2]), Ops.isTrue(a[3])));
        }
        CodecsModule.fn(m, "charmap_build", "map, /", (s, a) -> {
            String table = CodecsModule.str(a[0], "charmap_build() argument");
            PyDict d = new PyDict();
            int[] cps = table.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                d.put((long) cps[i], (long) i);
            }
            return d;
        });
        CodecsModule.fn(m, "charmap_decode", "data, errors=None, mapping=None, /", (s, a) ->
            charmapDecode(r, data(a[0]), errors(a[1], "charmap_decode()"), a[2]));
        CodecsModule.fn(m, "charmap_encode", "str, errors=None, mapping=None, /", (s, a) ->
            charmapEncode(r, text(a[0], "charmap_encode()"), errors(a[1], "charmap_encode()"), a[2]));
        CodecsModule.fn(m, "escape_encode", "data, errors=None, /", (s, a) -> {
            if (!(a[0] instanceof PyBytes b)) {
                throw Exceptions.typeError("escape_encode() argument 1 must be bytes, not " + Py.typeOf(a[0]).name());
            }
            return PyTuple.of(new PyBytes(escapeBytes(b.bytes)), (long) b.bytes.length);
        });
        CodecsModule.fn(m, "escape_decode", "data, errors=None, /", (s, a) -> {
            byte[] b = a[0] instanceof PyStr str ? str.value().getBytes(StandardCharsets.UTF_8) : data(a[0]);
            return PyTuple.of(new PyBytes(unescapeBytes(b)), (long) b.length);
        });
        CodecsModule.fn(m, "readbuffer_encode", "data, errors=None, /", (s, a) -> {
            byte[] b = a[0] instanceof PyStr str ? str.value().getBytes(StandardCharsets.UTF_8) : data(a[0]);
            return PyTuple.of(new PyBytes(b), (long) b.length);
        });
    }

    // ---- arguments -----------------------------------------------------------

    private static String text(Object o, String fn) {
        return CodecsModule.str(o, fn + " argument 1");
    }

    private static String errors(Object o, String fn) {
        if (o == null || o == Py.None) {
            return "strict";
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Exceptions.typeError(fn + " argument 2 must be str or None, not " + Py.typeOf(o).name());
    }

    /** A bytes-like argument's bytes (a copy only for bytearray and memoryview). */
    private static byte[] data(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof PyByteArray b) {
            return java.util.Arrays.copyOf(b.bytes, b.size);
        }
        if (taipan.runtime.BufferProtocol.isExporter(o)) {
            return taipan.runtime.BufferProtocol.simpleBytesOrNull(o);
        }
        throw Exceptions.typeError("a bytes-like object is required, not '" + Py.typeOf(o).name() + "'");
    }

    private static PyTuple encoded(byte[] b, Object str) {
        return PyTuple.of(new PyBytes(b), (long) ((PyStr) str).codePointLength());
    }

    // ---- incremental decoding ------------------------------------------------

    /** How many bytes at the end of {@code b[off:off+len]} begin a sequence of codec {@code c} that is cut short. */
    private static int incomplete(String c, byte[] b, int off, int len) {
        if (c.startsWith("utf_32")) {
            return len % 4;
        }
        if (c.startsWith("utf_16")) {
            int odd = len % 2;
            int last = off + len - odd - 2;
            if (last < off) {
                return odd;
            }
            int unit = c.endsWith("be") ? (b[last] & 0xFF) << 8 | b[last + 1] & 0xFF
                : (b[last + 1] & 0xFF) << 8 | b[last] & 0xFF;
            return unit >= 0xD800 && unit <= 0xDBFF ? odd + 2 : odd;
        }
        if (!c.equals("utf_8")) {
            return 0;
        }
        for (int k = 1; k <= Math.min(3, len); k++) {
            int x = b[off + len - k] & 0xFF;
            if (x >= 0x80 && x <= 0xBF) {
                continue;
            }
            int need = x >= 0xC2 && x <= 0xDF ? 1 : x >= 0xE0 && x <= 0xEF ? 2 : x >= 0xF0 && x <= 0xF4 ? 3 : 0;
            if (k - 1 >= need) {
                return 0;
            }
            if (k >= 2) {
                int y = b[off + len - k + 1] & 0xFF;
                int lo = x == 0xE0 ? 0xA0 : x == 0xF0 ? 0x90 : 0x80;
                int hi = x == 0xED ? 0x9F : x == 0xF4 ? 0x8F : 0xBF;
                if (y < lo || y > hi) {
                    return 0;
                }
            }
            return k;
        }
        return 0;
    }

    /** utf_16_ex_decode / utf_32_ex_decode: (str, consumed, byte order: -1 little, 1 big, 0 not yet known). */
    private static PyTuple exDecode(String c, byte[] b, String errors, int order, boolean fin) {
        int unit = c.equals("utf_16") ? 2 : 4;
        if (order == 0) {
            if (b.length < unit && !fin) {
                return PyTuple.of(PyStr.EMPTY, 0L, 0L);
            }
            if (b.length >= unit) {
                boolean le = (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && (unit == 2 || b[2] == 0 && b[3] == 0);
                boolean be = unit == 2 ? (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                    : b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF;
                order = le ? -1 : be ? 1 : 0;
            }
            int n = b.length - (fin ? 0 : incomplete(order == 1 ? c + "_be" : c + "_le", b, 0, b.length));
            return PyTuple.of(PyStr.of(Codecs.decodeWith(c, b, 0, n, errors)), (long) n, (long) order);
        }
        String codec = order < 0 ? c + "_le" : c + "_be";
        int n = b.length - (fin ? 0 : incomplete(codec, b, 0, b.length));
        return PyTuple.of(PyStr.of(Codecs.decodeWith(codec, b, 0, n, errors)), (long) n, (long) order);
    }

    // ---- charmap -------------------------------------------------------------

    private static final String UNDEFINED = "character maps to <undefined>";

    private static Object charmapDecode(CodecsModule.Registry r, byte[] b, String errors, Object mapping) {
        if (mapping == null || mapping == Py.None) {
            return PyTuple.of(PyStr.of(Codecs.decodeWith("latin_1", b, 0, b.length, errors)), (long) b.length);
        }
        int[] table = mapping instanceof PyStr s ? s.value().codePoints().toArray() : null;
        StringBuilder out = new StringBuilder(b.length);
        int i = 0;
        PyBytes whole = null;
        while (i < b.length) {
            int x = b[i] & 0xFF;
            String ch = table != null ? (x < table.length && table[x] != 0xFFFE ? Character.toString(table[x]) : null)
                : mapped(mapping, x);
            if (ch != null) {
                out.append(ch);
                i++;
                continue;
            }
            whole = whole == null ? new PyBytes(b) : whole;
            PyBaseException exc = ExceptionMethods.create(Exceptions.UNICODE_DECODE_ERROR, PyStr.of("charmap"), whole,
                (long) i, (long) i + 1, PyStr.of(UNDEFINED)).value;
            Object[] res = handle(r, errors, exc, b.length);
            out.append(((PyStr) res[0]).value());
            i = (int) res[1];
        }
        return PyTuple.of(PyStr.of(out.toString()), (long) b.length);
    }

    /** What a general decoding mapping gives for byte {@code x}: its text, or null when undefined. */
    private static String mapped(Object mapping, int x) {
        Object v;
        try {
            v = Ops.getItem(mapping, (long) x);
        } catch (PyException e) {
            if (e.matches(Exceptions.LOOKUP_ERROR)) {
                return null;
            }
            throw e;
        }
        if (v == Py.None) {
            return null;
        }
        if (Ops.isInt(v)) {
            long cp = ((Number) Ops.intValue(v)).longValue();
            if (cp < 0 || cp > 0x10FFFF) {
                throw Exceptions.typeError("character mapping must be in range(0x110000)");
            }
            return cp == 0xFFFE ? null : Character.toString((int) cp);
        }
        if (v instanceof PyStr s) {
            return s.value().equals("\uFFFE") ? null : s.value();
        }
        throw Exceptions.typeError("character mapping must return integer, None or str");
    }

    private static Object charmapEncode(CodecsModule.Registry r, String s, String errors, Object mapping) {
        if (mapping == null || mapping == Py.None) {
            return PyTuple.of(new PyBytes(Codecs.encodeWith("latin_1", s, errors)), (long) s.codePointCount(0,
                s.length()));
        }
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        int i = 0;
        while (i < cps.length) {
            if (encodeOne(mapping, cps[i], out)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < cps.length && !encodable(mapping, cps[j])) {
                j++;
            }
            PyBaseException exc = ExceptionMethods.create(Exceptions.UNICODE_ENCODE_ERROR, PyStr.of("charmap"),
                PyStr.of(s), (long) i, (long) j, PyStr.of(UNDEFINED)).value;
            Object[] res = handle(r, errors, exc, cps.length);
            if (res[0] instanceof PyBytes rb) {
                out.writeBytes(rb.bytes);
            } else {
                for (int cp : ((PyStr) res[0]).value().codePoints().toArray()) {
                    if (!encodeOne(mapping, cp, out)) {
                        throw new PyException(exc);
                    }
                }
            }
            i = (int) res[1];
        }
        return PyTuple.of(new PyBytes(out.toByteArray()), (long) cps.length);
    }

    private static boolean encodable(Object mapping, int cp) {
        return encodeOne(mapping, cp, new ByteArrayOutputStream());
    }

    /** Writes what {@code mapping} gives for {@code cp}; false when it is undefined. */
    private static boolean encodeOne(Object mapping, int cp, ByteArrayOutputStream out) {
        Object v;
        try {
            v = Ops.getItem(mapping, (long) cp);
        } catch (PyException e) {
            if (e.matches(Exceptions.LOOKUP_ERROR)) {
                return false;
            }
            throw e;
        }
        if (v == Py.None) {
            return false;
        }
        if (Ops.isInt(v)) {
            long x = ((Number) Ops.intValue(v)).longValue();
            if (x < 0 || x > 255) {
                throw Exceptions.typeError("character mapping must be in range(256)");
            }
            out.write((int) x);
            return true;
        }
        if (v instanceof PyBytes b) {
            out.writeBytes(b.bytes);
            return true;
        }
        throw Exceptions.typeError("character mapping must return integer, bytes or None, not "
            + Py.typeOf(v).name());
    }

    /** Calls the error handler {@code errors} on {@code exc}: {replacement, resume position} checked as CPython does. */
    private static Object[] handle(CodecsModule.Registry r, String errors, PyBaseException exc, int length) {
        if (errors.equals("strict")) {
            throw new PyException(exc);
        }
        return Codecs.handlerResult(Ops.call(r.lookupError(errors), exc), length,
            exc.type.isSubtypeOf(Exceptions.UNICODE_ENCODE_ERROR));
    }

    // ---- escape_encode / escape_decode ---------------------------------------

    /** bytes as in their repr, without the quotes: \\t \\n \\r \\\\ \\' and \\xhh for the unprintable. */
    private static byte[] escapeBytes(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        for (byte v : b) {
            int x = v & 0xFF;
            switch (x) {
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                default -> {
                    if (x < 0x20 || x >= 0x7F) {
                        sb.append(String.format("\\x%02x", x));
                    } else {
                        sb.append((char) x);
                    }
                }
            }
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The escapes of a bytes literal decoded; unknown ones kept with their backslash. */
    private static byte[] unescapeBytes(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i++] & 0xFF;
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (i >= b.length) {
                throw Exceptions.valueError("Trailing \\ in string");
            }
            c = b[i++] & 0xFF;
            int simple = "\n\\'\"abfnrtv".indexOf(c);
            if (simple == 0) {
                continue;
            }
            if (simple > 0) {
                out.write("\n\\'\"\u0007\b\f\n\r\t\u000b".charAt(simple));
            } else if (c >= '0' && c <= '7') {
                int v = c - '0';
                for (int k = 0; k < 2 && i < b.length && b[i] >= '0' && b[i] <= '7'; k++) {
                    v = v * 8 + b[i++] - '0';
                }
                out.write(v & 0xFF);
            } else if (c == 'x') {
                int d1 = i < b.length ? Character.digit(b[i] & 0xFF, 16) : -1;
                int d2 = i + 1 < b.length ? Character.digit(b[i + 1] & 0xFF, 16) : -1;
                if (d1 < 0 || d2 < 0) {
                    throw Exceptions.valueError("invalid \\x escape at position " + (i - 2));
                }
                out.write(d1 << 4 | d2);
                i += 2;
            } else {
                out.write('\\');
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
