package taipan.runtime;

import java.math.BigInteger;
import taipan.ast.ConstantRepr;

/**
 * Text to numbers as {@code int(s, base)}, {@code float(s)} and
 * {@code complex(s)} read it: surrounding whitespace, signs, single
 * underscores between digits, base prefixes (base 0 infers the base and
 * refuses leading zeros), Unicode decimal digits, inf/nan spellings, and
 * CPython's error messages (the offending text shown by repr) including the
 * 4300-digit limit for decimal ints.
 */
public final class NumberParser {
    private NumberParser() {}

    /** {@code int(text, base)}; {@code original} is the str or bytes shown in the error message. */
    public static Object parseInt(String text, int base, Object original) {
        Object r = tryParseInt(text, base);
        if (r == null) {
            String shown = reprOf(original);
            if (shown.length() > 200) {
                shown = shown.substring(0, 200);
            }
            throw Exceptions.valueError("invalid literal for int() with base " + base + ": " + shown);
        }
        return r;
    }

    private static Object tryParseInt(String text, int base) {
        String s = toAscii(text).strip();
        int i = 0;
        int n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        boolean prefixed = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : -1;
            if (pb > 0 && (base == 0 || base == pb)) {
                base = pb;
                i += 2;
                prefixed = true;
            }
        }
        boolean zeroOnly = false;
        if (base == 0) {
            if (i < n && s.charAt(i) == '0') {
                zeroOnly = true;
            }
            base = 10;
        }
        StringBuilder digits = new StringBuilder();
        boolean underscoreAllowed = prefixed;
        boolean lastUnderscore = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!underscoreAllowed) {
                    return null;
                }
                underscoreAllowed = false;
                lastUnderscore = true;
                continue;
            }
            int d = c > 127 ? -1 : Character.digit(c, base);
            if (d < 0 || (zeroOnly && d != 0)) {
                return null;
            }
            digits.append(c);
            underscoreAllowed = true;
            lastUnderscore = false;
        }
        boolean any = !digits.isEmpty();
        if (!any || lastUnderscore) {
            return null;
        }
        int limit = IntArith.maxStrDigits();
        if ((base & (base - 1)) != 0 && limit > 0 && digits.length() > limit) {
            throw Exceptions.valueError("Exceeds the limit (" + limit
                + " digits) for integer string conversion: value has " + digits.length()
                + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        String ds = negative ? "-" + digits : digits.toString();
        if (digits.length() <= (base <= 10 ? 18 : base <= 16 ? 15 : 12)) {
            return Long.parseLong(ds, base);
        }
        return Py.newInt(new BigInteger(ds, base));
    }

    /** {@code float(text)}; {@code original} is shown in the error message. */
    public static double parseFloat(String text, Object original) {
        String s = toAscii(text).strip();
        Double d = tryParseFloat(s);
        if (d == null) {
            throw Exceptions.valueError("could not convert string to float: " + reprOf(original));
        }
        return d;
    }

    /** A float from ASCII text without surrounding space, or null when malformed. */
    static Double tryParseFloat(String s) {
        int end = floatEnd(s, 0);
        if (end != s.length() || end == 0) {
            return null;
        }
        return parseFloatToken(s);
    }

    private static double parseFloatToken(String tok) {
        String t = tok.toLowerCase();
        int sign = 1;
        if (t.startsWith("+") || t.startsWith("-")) {
            sign = t.startsWith("-") ? -1 : 1;
            t = t.substring(1);
        }
        if (t.equals("inf") || t.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (t.equals("nan")) {
            return Math.copySign(Double.NaN, sign);
        }
        return sign * Double.parseDouble(t.replace("_", ""));
    }

    /**
     * The end of the longest float literal (sign, digits with underscores, point,
     * exponent, or inf/infinity/nan) starting at {@code i}; {@code i} when there is none.
     */
    static int floatEnd(String s, int i) {
        int n = s.length();
        int j = i;
        if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
            j++;
        }
        for (String word : new String[] {"infinity", "inf", "nan"}) {
            if (s.regionMatches(true, j, word, 0, word.length())) {
                return j + word.length();
            }
        }
        int intEnd = digitsEnd(s, j);
        int k = intEnd;
        int fracDigits = 0;
        if (k < n && s.charAt(k) == '.') {
            int fe = digitsEnd(s, k + 1);
            fracDigits = fe - (k + 1);
            k = fe;
        }
        if (intEnd == j && fracDigits == 0) {
            return i;
        }
        if (k < n && (s.charAt(k) == 'e' || s.charAt(k) == 'E')) {
            int e = k + 1;
            if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                e++;
            }
            int ee = digitsEnd(s, e);
            if (ee > e) {
                k = ee;
            }
        }
        return k;
    }

    /** The end of a run of ASCII digits with single underscores between digits. */
    private static int digitsEnd(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') {
                j++;
            } else if (c == '_' && j > i && j + 1 < n && s.charAt(j + 1) >= '0' && s.charAt(j + 1) <= '9') {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** {@code complex(text)}: real and imaginary parts. */
    public static double[] parseComplex(String text) {
        String s = toAscii(text).strip();
        if (s.startsWith("(") && s.endsWith(")") && s.length() >= 2) {
            s = s.substring(1, s.length() - 1).strip();
        }
        double[] r = tryParseComplex(s);
        if (r == null) {
            throw Exceptions.valueError("complex() arg is a malformed string");
        }
        return r;
    }

    private static double[] tryParseComplex(String s) {
        int n = s.length();
        if (n == 0) {
            return null;
        }
        int e1 = floatEnd(s, 0);
        if (e1 == n) {
            return new double[] {parseFloatToken(s), 0};
        }
        if (!isJ(s.charAt(n - 1))) {
            return null;
        }
        String body = s.substring(0, n - 1);
        if (isImaginaryBody(body)) {
            return new double[] {0, imaginaryToken(body)};
        }
        if (e1 > 0) {
            String im = s.substring(e1, n - 1);
            if ((im.startsWith("+") || im.startsWith("-")) && isImaginaryBody(im)) {
                return new double[] {parseFloatToken(s.substring(0, e1)), imaginaryToken(im)};
            }
        }
        return null;
    }

    private static boolean isImaginaryBody(String body) {
        return body.isEmpty() || body.equals("+") || body.equals("-") || floatEnd(body, 0) == body.length();
    }

    private static double imaginaryToken(String tok) {
        if (tok.isEmpty() || tok.equals("+")) {
            return 1;
        }
        if (tok.equals("-")) {
            return -1;
        }
        return parseFloatToken(tok);
    }

    private static boolean isJ(char c) {
        return c == 'j' || c == 'J';
    }

    /** Replaces Unicode decimal digits with ASCII ones and Unicode spaces with ' ', as CPython does before parsing. */
    static String toAscii(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp > 127 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else if (cp > 127 && Character.isWhitespace(cp) || cp == 0x85 || cp == 0xa0) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** CPython's repr of the str or bytes argument shown in parse errors. */
    static String reprOf(Object original) {
        if (original instanceof PyStr s) {
            return ConstantRepr.repr(s.value());
        }
        if (original instanceof PyBytes b) {
            return ConstantRepr.repr(b.bytes);
        }
        if (original instanceof PyByteArray b) {
            return "bytearray(" + ConstantRepr.repr(java.util.Arrays.copyOf(b.bytes, b.size)) + ")";
        }
        return Ops.reprString(original);
    }
}
