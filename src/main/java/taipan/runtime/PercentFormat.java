package taipan.runtime;

import java.nio.charset.StandardCharsets;

/**
 * printf-style formatting: {@code str % args} and {@code bytes % args}.
 * A tuple supplies positional arguments, a mapping supplies {@code %(name)}
 * keys (and is itself the single argument otherwise), anything else is one
 * argument. Supports flags {@code #0- +}, {@code *} width and precision,
 * length modifiers (ignored) and conversions d i u o x X e E f F g G c r s a %
 * (plus b for bytes), with CPython's error messages.
 *
 * <p>Contract: the bytes variant works on Latin-1 text internally, so each
 * char is one byte; its %s/%b take bytes-like objects or {@code __bytes__}.
 */
public final class PercentFormat {
    private final String format;
    private final boolean bytesMode;
    private final Object[] items;
    private final Object mapping;
    private int next;

    private PercentFormat(String format, Object args, boolean bytesMode) {
        this.format = format;
        this.bytesMode = bytesMode;
        if (args instanceof PyTuple t) {
            items = t.items;
            mapping = null;
        } else {
            items = new Object[] {args};
            boolean excluded = args instanceof PyStr || bytesMode && (args instanceof PyBytes || args instanceof PyByteArray);
            boolean isMapping = !excluded && (args instanceof PyDict || Py.typeOf(args).lookup("__getitem__") != null);
            mapping = isMapping ? args : null;
        }
    }

    /** {@code format % args} for str. */
    public static String formatStr(String format, Object args) {
        return new PercentFormat(format, args, false).run();
    }

    /** {@code format % args} for bytes and bytearray. */
    public static byte[] formatBytes(byte[] format, Object args) {
        String f = new String(format, StandardCharsets.ISO_8859_1);
        return new PercentFormat(f, args, true).run().getBytes(StandardCharsets.ISO_8859_1);
    }

    private Object nextArg() {
        if (next >= items.length) {
            throw Exceptions.typeError("not enough arguments for format string");
        }
        return items[next++];
    }

    private String run() {
        StringBuilder out = new StringBuilder();
        int n = format.length();
        int i = 0;
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                throw Exceptions.valueError("incomplete format");
            }
            if (format.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            Object arg = null;
            if (format.charAt(i) == '(') {
                if (mapping == null) {
                    throw Exceptions.typeError("format requires a mapping");
                }
                int depth = 1;
                int k = i + 1;
                while (k < n && depth > 0) {
                    if (format.charAt(k) == '(') {
                        depth++;
                    } else if (format.charAt(k) == ')') {
                        depth--;
                    }
                    k++;
                }
                if (depth > 0) {
                    throw Exceptions.valueError("incomplete format key");
                }
                String key = format.substring(i + 1, k - 1);
                Object keyObj = bytesMode ? new PyBytes(key.getBytes(StandardCharsets.ISO_8859_1)) : PyStr.of(key);
                arg = Ops.getItem(mapping, keyObj);
                i = k;
            }
            boolean left = false;
            boolean zero = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            for (; i < n; i++) {
                char f = format.charAt(i);
                if (f == '-') {
                    left = true;
                } else if (f == '0') {
                    zero = true;
                } else if (f == '+') {
                    plus = true;
                } else if (f == ' ') {
                    space = true;
                } else if (f == '#') {
                    alt = true;
                } else {
                    break;
                }
            }
            int width = -1;
            if (i < n && format.charAt(i) == '*') {
                width = starValue();
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                int s = i;
                while (i < n && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                if (i > s) {
                    width = parseNumber(format.substring(s, i), "width");
                }
            }
            int precision = -1;
            if (i < n && format.charAt(i) == '.') {
                i++;
                if (i < n && format.charAt(i) == '*') {
                    precision = Math.max(0, starValue());
                    i++;
                } else {
                    int s = i;
                    while (i < n && Character.isDigit(format.charAt(i))) {
                        i++;
                    }
                    precision = i > s ? parseNumber(format.substring(s, i), "precision") : 0;
                }
            }
            while (i < n && (format.charAt(i) == 'h' || format.charAt(i) == 'l' || format.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw Exceptions.valueError("incomplete format");
            }
            char conv = format.charAt(i);
            if (arg == null) {
                arg = nextArg();
            }
            String body = convert(conv, arg, precision, alt, i);
            String sign = "";
            if (isNumeric(conv)) {
                if (body.startsWith("-")) {
                    sign = "-";
                    body = body.substring(1);
                } else if (plus) {
                    sign = "+";
                } else if (space) {
                    sign = " ";
                }
            }
            String prefix = "";
            if (alt && (conv == 'x' || conv == 'X' || conv == 'o')) {
                prefix = body.substring(0, 2);
                body = body.substring(2);
            }
            int len = sign.length() + prefix.length() + body.codePointCount(0, body.length());
            if (width > len) {
                int pad = width - len;
                if (left) {
                    out.append(sign).append(prefix).append(body).append(" ".repeat(pad));
                } else if (zero && isNumeric(conv)) {
                    out.append(sign).append(prefix).append("0".repeat(pad)).append(body);
                } else {
                    out.append(" ".repeat(pad)).append(sign).append(prefix).append(body);
                }
            } else {
                out.append(sign).append(prefix).append(body);
            }
            i++;
        }
        if (next < items.length && mapping == null) {
            throw Exceptions.typeError("not all arguments converted during " + (bytesMode ? "bytes" : "string") + " formatting");
        }
        return out.toString();
    }

    private static boolean isNumeric(char c) {
        return "diuoxXeEfFgG".indexOf(c) >= 0;
    }

    private int starValue() {
        Object w = nextArg();
        if (!Ops.isInt(w)) {
            throw Exceptions.typeError("* wants int");
        }
        Object v = Ops.intValue(w);
        if (!(v instanceof Long l) || Math.abs(l) > Integer.MAX_VALUE) {
            throw Exceptions.overflowError("Python int too large to convert to C int");
        }
        return (int) (long) l;
    }

    private static int parseNumber(String digits, String what) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw Exceptions.valueError(what + " too big");
        }
    }

    private String convert(char conv, Object arg, int precision, boolean alt, int index) {
        switch (conv) {
            case 's':
            case 'r':
            case 'a':
            case 'b': {
                String s = switch (conv) {
                    case 'r' -> bytesMode ? ascii(arg) : Ops.reprString(arg);
                    case 'a' -> ascii(arg);
                    case 's' -> bytesMode ? bytesOf(arg) : Ops.strString(arg);
                    default -> {
                        if (!bytesMode) {
                            throw unsupported(conv, index);
                        }
                        yield bytesOf(arg);
                    }
                };
                if (precision >= 0 && s.codePointCount(0, s.length()) > precision) {
                    s = s.substring(0, s.offsetByCodePoints(0, precision));
                }
                return s;
            }
            case 'c':
                return charOf(arg);
            case 'd':
            case 'i':
            case 'u':
            case 'o':
            case 'x':
            case 'X': {
                Object v = integerArg(conv, arg);
                String digits = switch (conv) {
                    case 'o' -> IntArith.big(v).abs().toString(8);
                    case 'x' -> IntArith.big(v).abs().toString(16);
                    case 'X' -> IntArith.big(v).abs().toString(16).toUpperCase();
                    default -> IntArith.toDecimal(IntArith.abs(v));
                };
                if (precision > digits.length()) {
                    digits = "0".repeat(precision - digits.length()) + digits;
                }
                String prefix = !alt ? "" : conv == 'o' ? "0o" : conv == 'x' ? "0x" : conv == 'X' ? "0X" : "";
                return (IntArith.signum(v) < 0 ? "-" : "") + prefix + digits;
            }
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G': {
                Double d = realArg(arg);
                String body = FormatSpec.floatBody(Math.abs(d), conv, precision < 0 ? 6 : precision, alt);
                return (d < 0 || (d == 0 && 1 / d < 0) ? "-" : "") + body;
            }
            default:
                throw unsupported(conv, index);
        }
    }

    private PyException unsupported(char conv, int index) {
        return Exceptions.valueError("unsupported format character '" + conv + "' (0x" + Integer.toHexString(conv)
            + ") at index " + index);
    }

    private Object integerArg(char conv, Object arg) {
        Object v = IntArith.value(arg);
        if (v != null) {
            return v;
        }
        PyType t = Py.typeOf(arg);
        boolean number = FloatMethods.value(arg) != null || t.lookup("__index__") != null || t.lookup("__int__") != null
            || t.lookup("__float__") != null;
        if (conv == 'o' || conv == 'x' || conv == 'X') {
            if (t.lookup("__index__") == null) {
                throw Exceptions.typeError("%" + conv + " format: an integer is required, not " + t.name());
            }
            return Ops.index(arg);
        }
        if (!number) {
            throw Exceptions.typeError("%" + conv + " format: a real number is required, not " + t.name());
        }
        return Ops.intValue(IntMethods.intNew(BuiltinTypes.INT, arg, null));
    }

    private static Double realArg(Object arg) {
        Double d = FloatMethods.value(arg);
        if (d != null) {
            return d;
        }
        PyType t = Py.typeOf(arg);
        if (IntArith.value(arg) == null && t.lookup("__float__") == null && t.lookup("__index__") == null) {
            throw Exceptions.typeError("must be real number, not " + t.name());
        }
        return FloatMethods.floatValueOf(arg);
    }

    /** The code of a %c argument that is an int or has {@code __index__}, else null. */
    private static Object charCode(Object arg) {
        Object v = IntArith.value(arg);
        if (v == null && Py.typeOf(arg).lookup("__index__") != null) {
            v = Ops.index(arg);
        }
        return v;
    }

    private String charOf(Object arg) {
        if (bytesMode) {
            if (arg instanceof PyBytes b && b.bytes.length == 1) {
                return String.valueOf((char) (b.bytes[0] & 0xff));
            }
            if (arg instanceof PyByteArray b && b.size == 1) {
                return String.valueOf((char) (b.bytes[0] & 0xff));
            }
            Object v = charCode(arg);
            if (v == null) {
                throw Exceptions.typeError("%c requires an integer in range(256) or a single byte");
            }
            if (!(v instanceof Long l) || l < 0 || l > 255) {
                throw Exceptions.overflowError("%c arg not in range(256)");
            }
            return String.valueOf((char) (long) l);
        }
        if (arg instanceof PyStr s && s.codePointLength() == 1) {
            return s.value();
        }
        Object v = charCode(arg);
        if (v == null) {
            throw Exceptions.typeError("%c requires int or char");
        }
        if (!(v instanceof Long l) || l < 0 || l > 0x10ffff) {
            throw Exceptions.overflowError("%c arg not in range(0x110000)");
        }
        return Character.toString((int) (long) l);
    }

    private static String bytesOf(Object arg) {
        byte[] b;
        if (arg instanceof PyBytes pb) {
            b = pb.bytes;
        } else if (arg instanceof PyByteArray ba) {
            b = java.util.Arrays.copyOf(ba.bytes, ba.size);
        } else if (Py.typeOf(arg).lookup("__bytes__") == null && BufferProtocol.isExporter(arg)) {
            b = BufferProtocol.bytesOrNull(arg);
        } else {
            Object m = Py.typeOf(arg).lookup("__bytes__");
            if (m == null) {
                throw Exceptions.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                    + Py.typeOf(arg).name() + "'");
            }
            Object r = Ops.invoke(m, arg);
            if (!(r instanceof PyBytes rb)) {
                throw Exceptions.typeError("__bytes__ returned non-bytes (type " + Py.typeOf(r).name() + ")");
            }
            b = rb.bytes;
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** {@code ascii(x)}: the repr with non-ASCII characters escaped. */
    public static String ascii(Object o) {
        String r = Ops.reprString(o);
        StringBuilder sb = new StringBuilder(r.length());
        r.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }
}
