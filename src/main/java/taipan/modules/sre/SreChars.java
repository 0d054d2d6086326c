package taipan.modules.sre;

import taipan.unicode.Unicode14Text;

/**
 * The character tests and case mappings of the sre engine: the ASCII, locale
 * (the C locale, as CPython has under a UTF-8 LC_CTYPE: only ASCII letters have
 * case) and Unicode 14 variants of lower/upper, the category codes of
 * {@code re._constants.CHCODES} and the word test behind {@code \b}.
 *
 * <p>Contract: the Unicode mappings are one code point to one code point, as
 * CPython's {@code _PyUnicode_ToLowercase}/{@code ToUppercase}: the first code
 * point of the full mapping ('İ' lowers to 'i', 'ß' uppers to 'S').
 */
public final class SreChars {
    private SreChars() {}

    private static volatile int[] bmpLower;
    private static volatile int[] bmpUpper;

    public static int lowerAscii(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    public static int upperAscii(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    public static int lowerUnicode(int c) {
        if (c < 128) {
            return lowerAscii(c);
        }
        if (c < 0x10000) {
            int[] t = bmpLower;
            if (t == null) {
                t = bmpLower = table(false);
            }
            return t[c];
        }
        return mapOne(c, false);
    }

    public static int upperUnicode(int c) {
        if (c < 128) {
            return upperAscii(c);
        }
        if (c < 0x10000) {
            int[] t = bmpUpper;
            if (t == null) {
                t = bmpUpper = table(true);
            }
            return t[c];
        }
        return mapOne(c, true);
    }

    private static int[] table(boolean upper) {
        int[] t = new int[0x10000];
        for (int c = 0; c < t.length; c++) {
            t[c] = c >= 0xD800 && c < 0xE000 ? c : mapOne(c, upper);
        }
        return t;
    }

    private static int mapOne(int c, boolean upper) {
        String s = new String(Character.toChars(c));
        String m = upper ? Unicode14Text.upper(s) : Unicode14Text.lower(s);
        return m.isEmpty() ? c : m.codePointAt(0);
    }

    public static boolean asciiIsCased(int c) {
        return c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
    }

    public static boolean unicodeIsCased(int c) {
        return c != lowerUnicode(c) || c != upperUnicode(c);
    }

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiSpace(int c) {
        return c == ' ' || c >= 9 && c <= 13;
    }

    static boolean isAsciiWord(int c) {
        return c < 128 && (asciiIsCased(c) || isAsciiDigit(c) || c == '_');
    }

    static boolean isUnicodeWord(int c) {
        return c == '_' || (c < 128 ? isAsciiWord(c) : Unicode14Text.isAlnum(c));
    }

    static boolean isUnicodeLinebreak(int c) {
        return c == '\n' || c == 11 || c == 12 || c == '\r' || c >= 0x1C && c <= 0x1E || c == 0x85
            || c == 0x2028 || c == 0x2029;
    }

    /** Whether {@code c} belongs to category {@code cat} (a CHCODES value). */
    static boolean category(int cat, int c) {
        return switch (cat) {
            case 0 -> isAsciiDigit(c);
            case 1 -> !isAsciiDigit(c);
            case 2 -> isAsciiSpace(c);
            case 3 -> !isAsciiSpace(c);
            case 4, 8 -> isAsciiWord(c);
            case 5, 9 -> !isAsciiWord(c);
            case 6 -> c == '\n';
            case 7 -> c != '\n';
            case 10 -> c < 128 ? isAsciiDigit(c) : Unicode14Text.isDecimal(c);
            case 11 -> !(c < 128 ? isAsciiDigit(c) : Unicode14Text.isDecimal(c));
            case 12 -> c < 128 ? isAsciiSpace(c) || c >= 0x1C && c <= 0x1F : Unicode14Text.isSpace(c);
            case 13 -> !(c < 128 ? isAsciiSpace(c) || c >= 0x1C && c <= 0x1F : Unicode14Text.isSpace(c));
            case 14 -> isUnicodeWord(c);
            case 15 -> !isUnicodeWord(c);
            case 16 -> isUnicodeLinebreak(c);
            case 17 -> !isUnicodeLinebreak(c);
            default -> false;
        };
    }
}
