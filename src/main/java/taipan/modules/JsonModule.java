package taipan.modules;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * The {@code _json} module, the accelerator the {@code json} package uses when present:
 * {@code scanstring}, {@code make_scanner} ({@link JsonScanner}), {@code make_encoder}
 * ({@link JsonEncoder}), {@code encode_basestring_ascii} and {@code encode_basestring}.
 * Results and error messages are those of CPython's C accelerator.
 */
public final class JsonModule {
    private JsonModule() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static final BuiltinFunction ENCODE_BASESTRING_ASCII = BuiltinFunction.of("_json", "encode_basestring_ascii",
        "s, /", (s, a) -> PyStr.of(quote(string(a[0]), true)));
    static final BuiltinFunction ENCODE_BASESTRING = BuiltinFunction.of("_json", "encode_basestring",
        "s, /", (s, a) -> PyStr.of(quote(string(a[0]), false)));

    public static PyModule create() {
        JsonScanner.install();
        JsonEncoder.install();
        PyModule m = new PyModule("_json");
        m.dict.put(PyStr.of("make_scanner"), JsonScanner.TYPE);
        m.dict.put(PyStr.of("make_encoder"), JsonEncoder.TYPE);
        m.dict.put(PyStr.of("encode_basestring_ascii"), ENCODE_BASESTRING_ASCII);
        m.dict.put(PyStr.of("encode_basestring"), ENCODE_BASESTRING);
        m.dict.put(PyStr.of("scanstring"), BuiltinFunction.of("_json", "scanstring", "string, end, strict=True, /",
            (s, a) -> {
                PyStr str = string(a[0]);
                long end = ((Number) Ops.intValue(Ops.index(a[1]))).longValue();
                boolean strict = Ops.isTrue(a[2]);
                if (end < 0 || end > str.codePointLength()) {
                    throw Exceptions.valueError("end is out of bounds");
                }
                JsonScanner.Scan scan = new JsonScanner.Scan(str, strict);
                PyStr value = scan.string(scan.charIndex((int) end));
                return PyTuple.of(value, (long) scan.pyIndex(scan.end));
            }));
        return m;
    }

    /** The str argument of the functions here; TypeError otherwise. */
    static PyStr string(Object o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Exceptions.typeError("first argument must be a string, not " + Py.typeOf(o).name());
    }

    /** {@code s} as a JSON string literal; with {@code ascii} every char outside ' '..'~' is escaped. */
    static String quote(PyStr str, boolean ascii) {
        String s = str.value();
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        appendQuoted(sb, s, ascii);
        return sb.append('"').toString();
    }

    /** Appends the escaped body of a JSON string literal for {@code s}. */
    static void appendQuoted(StringBuilder sb, String s, boolean ascii) {
        int n = s.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c != '"' && c != '\\' && (!ascii || c < 0x7f)) {
                continue;
            }
            sb.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < ' ' || ascii) {
                        sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15])
                            .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append(s, plain, n);
    }
}
