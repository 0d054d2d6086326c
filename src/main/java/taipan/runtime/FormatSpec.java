package taipan.runtime;

import java.math.BigInteger;

/**
 * The format-spec mini-language ({@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]})
 * as CPython 3.11 parses and applies it, for the built-in {@code __format__}
 * of int, float, complex and str: fill and alignment (including '=' and the
 * '0' flag), signs, 'z', alternate forms, ',' and '_' grouping (which also
 * groups zero padding), precision and every presentation type, with CPython's
 * error messages.
 *
 * <p>Contract: {@link #parse} validates what CPython validates while parsing;
 * the {@code format*} methods take the parsed spec and a value of the right kind.
 * {@link #format(Object, String)} applies a spec to any value (built-in types
 * directly, others through their {@code __format__}).
 */
public final class FormatSpec {
    /** Fill code point (' ' by default). */
    public int fill = ' ';
    /** '<', '>', '^', '=', or 0 when not given. */
    public char align;
    /** '+', '-', ' ', or 0 when not given. */
    public char sign;
    public boolean noNegativeZero;
    public boolean alternate;
    /** Minimum width, -1 when not given. */
    public int width = -1;
    /** ',' or '_' or 0. */
    public char grouping;
    /** Precision, -1 when not given. */
    public int precision = -1;
    /** The presentation type, 0 when not given. */
    public char type;

    /** Parses {@code spec} for a value of Python type {@code typeName}; {@code defaultType} is 's' for str, 'd' for int, 0 otherwise. */
    public static FormatSpec parse(String spec, String typeName, char defaultType) {
        FormatSpec f = new FormatSpec();
        int[] cps = spec.codePoints().toArray();
        int n = cps.length;
        int i = 0;
        boolean alignGiven = false;
        boolean fillGiven = false;
        if (n >= 2 && isAlign(cps[1])) {
            f.fill = cps[0];
            f.align = (char) cps[1];
            alignGiven = true;
            fillGiven = true;
            i = 2;
        } else if (n >= 1 && isAlign(cps[0])) {
            f.align = (char) cps[0];
            alignGiven = true;
            i = 1;
        }
        if (i < n && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) {
            f.sign = (char) cps[i++];
        }
        if (i < n && cps[i] == 'z') {
            f.noNegativeZero = true;
            i++;
        }
        if (i < n && cps[i] == '#') {
            f.alternate = true;
            i++;
        }
        if (i < n && cps[i] == '0' && !fillGiven) {
            f.fill = '0';
            if (!alignGiven && defaultType != 's') {
                f.align = '=';
            }
            i++;
        }
        int start = i;
        i = digits(cps, i);
        if (i > start) {
            f.width = number(cps, start, i);
        }
        if (i < n && (cps[i] == ',' || cps[i] == '_')) {
            f.grouping = (char) cps[i++];
            if (i < n && (cps[i] == ',' || cps[i] == '_') && cps[i] != f.grouping) {
                throw Exceptions.valueError("Cannot specify both ',' and '_'.");
            }
        }
        if (i < n && cps[i] == '.') {
            i++;
            start = i;
            i = digits(cps, i);
            if (i == start) {
                throw Exceptions.valueError("Format specifier missing precision");
            }
            f.precision = number(cps, start, i);
        }
        if (n - i > 1) {
            throw Exceptions.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        f.type = i < n ? (char) cps[i] : defaultType;
        if (i < n && cps[i] > 0xffff) {
            f.type = 0xffff;
        }
        if (f.grouping != 0) {
            boolean ok = switch (f.type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> true;
                case 'b', 'o', 'x', 'X' -> f.grouping == '_';
                default -> false;
            };
            if (!ok) {
                throw Exceptions.valueError("Cannot specify '" + f.grouping + "' with '" + typeChar(f.type) + "'.");
            }
        }
        return f;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    private static int digits(int[] cps, int i) {
        while (i < cps.length && cps[i] >= '0' && cps[i] <= '9') {
            i++;
        }
        return i;
    }

    private static int number(int[] cps, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (cps[k] - '0');
            if (v > Integer.MAX_VALUE) {
                throw Exceptions.valueError("Too many decimal digits in format string");
            }
        }
        return (int) v;
    }

    private static String typeChar(char t) {
        return t == 0xffff ? "?" : String.valueOf(t);
    }

    private PyException unknownCode(String typeName) {
        if (type > 32 && type < 128) {
            return Exceptions.valueError("Unknown format code '" + type + "' for object of type '" + typeName + "'");
        }
        return Exceptions.valueError("Unknown format code '\\x" + Integer.toHexString(type) + "' for object of type '"
            + typeName + "'");
    }

    // ---- entry points ------------------------------------------------------------

    /** {@code format(value, spec)}: built-in int, bool, float, complex and str values directly, others through {@link Formatting}. */
    public static String format(Object value, String spec) {
        boolean builtin = value instanceof Long || value instanceof BigInteger || value instanceof Boolean
            || value instanceof Double || value instanceof PyObject p && p.type.builtin;
        if (!builtin) {
            return Formatting.formatToString(value, spec);
        }
        if (spec.isEmpty() && !(value instanceof PyComplex)) {
            return Ops.strString(value);
        }
        String name = Py.typeOf(value).name();
        Object iv = IntArith.value(value);
        if (iv != null) {
            return formatInt(iv, parse(spec, name, 'd'), name);
        }
        if (value instanceof Double d) {
            return formatFloat(d, parse(spec, name, (char) 0), name);
        }
        if (value instanceof PyComplex c) {
            return spec.isEmpty() ? ComplexMethods.repr(c.real, c.imag)
                : formatComplex(c.real, c.imag, parse(spec, name, (char) 0), name);
        }
        if (value instanceof PyStr s) {
            return formatStr(s.value(), parse(spec, name, 's'), name);
        }
        return Formatting.formatToString(value, spec);
    }

    // ---- str ------------------------------------------------------------------------

    /** Applies a parsed spec to a str. */
    public static String formatStr(String s, FormatSpec f, String typeName) {
        if (f.type != 's') {
            throw f.unknownCode(typeName);
        }
        if (f.sign == ' ') {
            throw Exceptions.valueError("Space not allowed in string format specifier");
        }
        if (f.sign != 0) {
            throw Exceptions.valueError("Sign not allowed in string format specifier");
        }
        if (f.noNegativeZero) {
            throw Exceptions.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw Exceptions.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw Exceptions.valueError("'=' alignment not allowed in string format specifier");
        }
        if (f.precision >= 0 && s.codePointCount(0, s.length()) > f.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, f.precision));
        }
        return pad(s, f.width, f.fill, f.align == 0 ? '<' : f.align, 0);
    }

    /** Pads {@code s} to {@code width} code points; for '=' the padding goes after the first {@code signLength} chars. */
    static String pad(String s, int width, int fill, char align, int signLength) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        int padding = width - len;
        String f = Character.toString(fill);
        return switch (align) {
            case '<' -> s + f.repeat(padding);
            case '^' -> f.repeat(padding / 2) + s + f.repeat(padding - padding / 2);
            case '=' -> s.substring(0, signLength) + f.repeat(padding) + s.substring(signLength);
            default -> f.repeat(padding) + s;
        };
    }

    // ---- numbers --------------------------------------------------------------------

    /** Assembles a formatted number: sign, prefix, grouped integer digits and the rest, padded per the spec. */
    private String finish(boolean negative, String prefix, String intDigits, String rest) {
        String signStr = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        String lead = signStr + prefix;
        if (grouping != 0 && !intDigits.isEmpty()) {
            int minWidth = 0;
            if (fill == '0' && align == '=' && width > 0) {
                minWidth = width - lead.length() - rest.length();
            }
            int size = type == 'b' || type == 'o' || type == 'x' || type == 'X' ? 4 : 3;
            intDigits = group(intDigits, grouping, size, minWidth);
        }
        return pad(lead + intDigits + rest, width, fill, align == 0 ? '>' : align, lead.length());
    }

    /** Inserts separators every {@code size} digits from the right, extending with zeros to {@code minWidth}. */
    static String group(String digits, char sep, int size, int minWidth) {
        StringBuilder out = new StringBuilder();
        int remaining = digits.length();
        int pos = digits.length();
        boolean first = true;
        while (true) {
            int l = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
            int chars = Math.max(0, Math.min(remaining, l));
            int zeros = Math.max(0, l - remaining);
            if (!first) {
                out.append(sep);
            }
            first = false;
            out.append(new StringBuilder(digits.substring(pos - chars, pos)).reverse());
            out.append("0".repeat(zeros));
            pos -= chars;
            remaining -= chars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth -= 1;
        }
        return out.reverse().toString();
    }

    /** Applies a parsed spec to an int value (Long or BigInteger). */
    public static String formatInt(Object v, FormatSpec f, String typeName) {
        switch (f.type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloat(IntArith.toDouble(v), f, typeName);
            }
            case 'd', 'n', 'b', 'o', 'x', 'X', 'c' -> {
            }
            default -> throw f.unknownCode(typeName);
        }
        if (f.precision >= 0) {
            throw Exceptions.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegativeZero) {
            throw Exceptions.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw Exceptions.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw Exceptions.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (!(v instanceof Long l)) {
                throw Exceptions.overflowError("Python int too large to convert to C long");
            }
            if (l < 0 || l > 0x10ffff) {
                throw Exceptions.overflowError("%c arg not in range(0x110000)");
            }
            return f.finish(false, "", Character.toString((int) (long) l), "");
        }
        BigInteger b = IntArith.big(v);
        boolean negative = b.signum() < 0;
        b = b.abs();
        String digits;
        String prefix = "";
        switch (f.type) {
            case 'b' -> {
                digits = b.toString(2);
                prefix = "0b";
            }
            case 'o' -> {
                digits = b.toString(8);
                prefix = "0o";
            }
            case 'x' -> {
                digits = b.toString(16);
                prefix = "0x";
            }
            case 'X' -> {
                digits = b.toString(16).toUpperCase();
                prefix = "0X";
            }
            default -> digits = IntArith.toDecimal(Py.newInt(b));
        }
        return f.finish(negative, f.alternate ? prefix : "", digits, "");
    }

    /** Applies a parsed spec to a float; {@code typeName} names the original type in errors. */
    public static String formatFloat(double d, FormatSpec f, String typeName) {
        char t = f.type;
        switch (t) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> {
            }
            default -> throw f.unknownCode(typeName);
        }
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        String body = floatBody(Math.abs(d), t, f.precision, f.alternate);
        if (negative && f.noNegativeZero && isZeroText(body)) {
            negative = false;
        }
        return f.splitAndFinish(negative, body);
    }

    private String splitAndFinish(boolean negative, String body) {
        int k = 0;
        while (k < body.length() && Character.isDigit(body.charAt(k))) {
            k++;
        }
        if (k == 0) {
            return finish(negative, "", "", body);
        }
        return finish(negative, "", body.substring(0, k), body.substring(k));
    }

    /** The text of a non-negative double (or nan) for a float presentation type, without sign. */
    static String floatBody(double m, char t, int precision, boolean alt) {
        boolean upper = t == 'E' || t == 'F' || t == 'G';
        if (Double.isNaN(m) || Double.isInfinite(m)) {
            String s = Double.isNaN(m) ? "nan" : "inf";
            s = upper ? s.toUpperCase() : s;
            return t == '%' ? s + "%" : s;
        }
        int p = precision < 0 ? 6 : precision;
        return switch (t) {
            case 'e', 'E' -> FloatFormat.exponent(m, p, alt, upper);
            case 'f', 'F' -> FloatFormat.fixed(m, p, alt);
            case '%' -> FloatFormat.fixed(m * 100, p, alt) + "%";
            case 'g', 'G', 'n' -> FloatFormat.general(m, p, alt, upper, false);
            default -> precision < 0 ? reprBody(m, alt) : FloatFormat.general(m, precision, alt, false, true);
        };
    }

    private static String reprBody(double m, boolean alt) {
        String s = FloatFormat.shortest(m, true);
        if (alt && !s.contains(".")) {
            int e = s.indexOf('e');
            return e < 0 ? s + "." : s.substring(0, e) + "." + s.substring(e);
        }
        return s;
    }

    private static String groupBody(String body, char sep) {
        int k = 0;
        while (k < body.length() && Character.isDigit(body.charAt(k))) {
            k++;
        }
        return k == 0 ? body : group(body.substring(0, k), sep, 3, 0) + body.substring(k);
    }

    private static boolean isZeroText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9' || c == 'n' || c == 'N' || c == 'i' || c == 'I') {
                return false;
            }
        }
        return true;
    }

    /** Applies a parsed spec to a complex number. */
    public static String formatComplex(double re, double im, FormatSpec f, String typeName) {
        char t = f.type;
        switch (t) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> {
            }
            default -> throw f.unknownCode(typeName);
        }
        if (f.fill == '0') {
            throw Exceptions.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw Exceptions.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        boolean parens = t == 0;
        boolean skipRe = t == 0 && re == 0 && 1 / re > 0;
        String reBody;
        String imBody;
        if (t == 0 && f.precision < 0) {
            reBody = FloatFormat.shortest(Math.abs(re), false);
            imBody = FloatFormat.shortest(Math.abs(im), false);
        } else if (t == 0) {
            reBody = floatBody(Math.abs(re), 'g', f.precision, f.alternate);
            imBody = floatBody(Math.abs(im), 'g', f.precision, f.alternate);
        } else {
            reBody = floatBody(Math.abs(re), t, f.precision, f.alternate);
            imBody = floatBody(Math.abs(im), t, f.precision, f.alternate);
        }
        if (f.grouping != 0) {
            reBody = groupBody(reBody, f.grouping);
            imBody = groupBody(imBody, f.grouping);
        }
        boolean reNeg = re < 0 || (re == 0 && 1 / re < 0);
        boolean imNeg = im < 0 || (im == 0 && 1 / im < 0);
        if (f.noNegativeZero) {
            reNeg &= !isZeroText(reBody);
            imNeg &= !isZeroText(imBody);
        }
        StringBuilder sb = new StringBuilder();
        if (parens && !skipRe) {
            sb.append('(');
        }
        if (!skipRe) {
            sb.append(reNeg ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "").append(reBody);
            sb.append(imNeg ? '-' : '+');
        } else {
            sb.append(imNeg ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "");
        }
        sb.append(imBody).append('j');
        if (parens && !skipRe) {
            sb.append(')');
        }
        return pad(sb.toString(), f.width, f.fill, f.align == 0 ? '>' : f.align, 0);
    }
}
