package taipan.ast;

import java.math.BigInteger;
import taipan.runtime.FloatFormat;
import taipan.unicode.Unicode14;

/**
 * CPython's {@code repr()} of the values a Constant node can hold: str with
 * CPython's quote choice and escapes, bytes, int, float (shortest round-trip
 * digits in CPython's layout), imaginary numbers, True/False/None, Ellipsis.
 */
public final class ConstantRepr {
    private ConstantRepr() {}

    public static String repr(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value);
        return sb.toString();
    }

    public static void append(StringBuilder sb, Object value) {
        switch (value) {
            case null -> sb.append("None");
            case Boolean b -> sb.append(b ? "True" : "False");
            case Long l -> sb.append(l.longValue());
            case Integer i -> sb.append(i.intValue());
            case BigInteger big -> sb.append(big);
            case Double d -> sb.append(floatRepr(d));
            case String s -> appendStr(sb, s);
            case byte[] bytes -> appendBytes(sb, bytes);
            case ConstantValue.Ellipsis e -> sb.append("Ellipsis");
            case ConstantValue.Imaginary im -> sb.append(imaginaryRepr(im.imag()));
            case ConstantValue.CodePoints cps -> appendStr(sb, cps.codePoints());
            default -> throw new IllegalArgumentException("not a constant: " + value.getClass());
        }
    }

    /** {@code repr(float)}: shortest digits that round-trip, CPython's fixed/exponent switch. */
    public static String floatRepr(double d) {
        return FloatFormat.repr(d);
    }

    /** {@code repr(complex(0, imag))}: like float repr but without a forced ".0". */
    public static String imaginaryRepr(double imag) {
        return FloatFormat.imaginaryRepr(imag);
    }

    /** {@code repr(str)} for a string given as UTF-16 (surrogate pairs are one code point). */
    public static void appendStr(StringBuilder sb, String s) {
        appendStr(sb, s.codePoints().toArray());
    }

    /** {@code repr(str)} for a string given as code points. */
    public static void appendStr(StringBuilder sb, int[] codePoints) {
        boolean hasSingle = false, hasDouble = false;
        for (int cp : codePoints) {
            if (cp == '\'') hasSingle = true;
            else if (cp == '"') hasDouble = true;
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        sb.append(quote);
        for (int cp : codePoints) {
            if (cp == quote || cp == '\\') sb.append('\\').appendCodePoint(cp);
            else if (cp == '\t') sb.append("\\t");
            else if (cp == '\n') sb.append("\\n");
            else if (cp == '\r') sb.append("\\r");
            else if (cp < 0x20 || cp == 0x7f) hex(sb, "\\x", cp, 2);
            else if (cp < 0x7f) sb.append((char) cp);
            else if (Unicode14.isPrintable(cp)) sb.appendCodePoint(cp);
            else if (cp < 0x100) hex(sb, "\\x", cp, 2);
            else if (cp < 0x10000) hex(sb, "\\u", cp, 4);
            else hex(sb, "\\U", cp, 8);
        }
        sb.append(quote);
    }

    public static void appendBytes(StringBuilder sb, byte[] bytes) {
        boolean hasSingle = false, hasDouble = false;
        for (byte b : bytes) {
            if (b == '\'') hasSingle = true;
            else if (b == '"') hasDouble = true;
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        sb.append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c >= 0x7f) hex(sb, "\\x", c, 2);
            else sb.append((char) c);
        }
        sb.append(quote);
    }

    private static void hex(StringBuilder sb, String prefix, int value, int width) {
        sb.append(prefix);
        String h = Integer.toHexString(value);
        for (int i = h.length(); i < width; i++) sb.append('0');
        sb.append(h);
    }
}
