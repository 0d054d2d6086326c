package taipan.unicode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The character properties, case mappings and names of CPython 3.11's str
 * methods and codecs, as Unicode 14 defines them: full upper/lower/title/casefold
 * mappings ('ß'.upper() == 'SS', final sigma in lower()), Python's whitespace,
 * the decimal/digit/numeric/alpha classes, and unicodedata's character names. The mappings and the digit/numeric
 * tables come from {@code str14.txt} (written by tools/gen_str_unicode.py);
 * the other classes come from the JDK, masked to code points Unicode 14 assigns.
 *
 * <p>Contract: methods taking a code point accept any int in [0, 0x10FFFF],
 * lone surrogates included (they have no case and belong to no class).
 */
public final class Unicode14Text {
    private Unicode14Text() {}

    private static final int UPPER = 0;
    private static final int LOWER = 1;
    private static final int TITLE = 2;
    private static final int FOLD = 3;
    /** For each code point whose mappings are not all the identity: its four mappings (null = itself). */
    private static final Map<Integer, String[]> CASE = new HashMap<>();
    private static final int[] DIGIT_RANGES;
    private static final int[] NUMERIC_RANGES;

    static {
        List<Integer> digits = new ArrayList<>();
        List<Integer> numerics = new ArrayList<>();
        try (InputStream in = Unicode14Text.class.getResourceAsStream("str14.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "c" -> {
                        String[] maps = new String[4];
                        for (int k = 0; k < 4; k++) {
                            maps[k] = f[2 + k].equals("-") ? null : decode(f[2 + k]);
                        }
                        CASE.put(Integer.parseInt(f[1], 16), maps);
                    }
                    case "d" -> {
                        digits.add(Integer.parseInt(f[1], 16));
                        digits.add(Integer.parseInt(f[2], 16));
                    }
                    case "n" -> {
                        numerics.add(Integer.parseInt(f[1], 16));
                        numerics.add(Integer.parseInt(f[2], 16));
                    }
                    default -> throw new IllegalStateException("bad line in str14.txt: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DIGIT_RANGES = digits.stream().mapToInt(Integer::intValue).toArray();
        NUMERIC_RANGES = numerics.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String decode(String dotted) {
        StringBuilder sb = new StringBuilder();
        for (String h : dotted.split("\\.")) {
            sb.appendCodePoint(Integer.parseInt(h, 16));
        }
        return sb.toString();
    }

    private static boolean inRanges(int[] ranges, int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static void map(int cp, int kind, StringBuilder sb) {
        String[] m = CASE.get(cp);
        if (m == null || m[kind] == null) {
            sb.appendCodePoint(cp);
        } else {
            sb.append(m[kind]);
        }
    }

    // ---- classes of one code point ---------------------------------------------

    private static boolean assigned(int cp) {
        return !Unicode14.isUnassigned(cp);
    }

    /** Python's whitespace: str.isspace(), and what split()/strip() remove. */
    public static boolean isSpace(int cp) {
        return cp >= 0x09 && cp <= 0x0D || cp >= 0x1C && cp <= 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
            || cp >= 0x2000 && cp <= 0x200A || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
            || cp == 0x3000;
    }

    /** Letters: general categories Lu, Ll, Lt, Lm, Lo. */
    public static boolean isAlpha(int cp) {
        return Character.isLetter(cp) && assigned(cp);
    }

    /** General category Nd. */
    public static boolean isDecimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER && assigned(cp);
    }

    /** Numeric_Type Decimal or Digit. */
    public static boolean isDigit(int cp) {
        return isDecimal(cp) || inRanges(DIGIT_RANGES, cp);
    }

    /** Numeric_Type Decimal, Digit or Numeric. */
    public static boolean isNumeric(int cp) {
        return isDigit(cp) || inRanges(NUMERIC_RANGES, cp);
    }

    public static boolean isAlnum(int cp) {
        return isAlpha(cp) || isNumeric(cp);
    }

    /** The Lowercase property (five modifier letters only became Other_Lowercase in Unicode 15). */
    public static boolean isLower(int cp) {
        return Character.isLowerCase(cp) && assigned(cp) && cp != 0x10FC && !(cp >= 0xA7F2 && cp <= 0xA7F4)
            && cp != 0xAB69;
    }

    /** The Uppercase property. */
    public static boolean isUpper(int cp) {
        return Character.isUpperCase(cp) && assigned(cp);
    }

    /** General category Lt. */
    public static boolean isTitle(int cp) {
        return Character.isTitleCase(cp) && assigned(cp);
    }

    /** The Cased property. */
    public static boolean isCased(int cp) {
        return isLower(cp) || isUpper(cp) || isTitle(cp);
    }

    /** The Case_Ignorable property (categories Mn Me Cf Lm Sk, and the word-internal punctuation). */
    public static boolean isCaseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                 Character.MODIFIER_SYMBOL:
                return assigned(cp);
            default:
        }
        return switch (cp) {
            case '\'', '.', ':', 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55,
                 0xFF07, 0xFF0E, 0xFF1A -> true;
            default -> false;
        };
    }

    // ---- names ------------------------------------------------------------------

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /**
     * {@code unicodedata.name(chr(cp), None)} of CPython 3.11: the JDK's name, with
     * CPython's forms for CJK unified ideographs and Hangul syllables, and none for
     * controls, private use, surrogates, code points unassigned in Unicode 14, and
     * those the JDK only names by block (Tangut ideographs).
     */
    public static String name(int cp) {
        if (Unicode14.isUnassigned(cp)) {
            return null;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.PRIVATE_USE, Character.SURROGATE:
                return null;
            default:
        }
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            int s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO_L[s / (21 * 28)] + JAMO_V[s % (21 * 28) / 28] + JAMO_T[s % 28];
        }
        String n = Character.getName(cp);
        if (n == null) {
            return null;
        }
        String hex = " " + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
        if (!n.endsWith(hex)) {
            return n;
        }
        return n.startsWith("CJK UNIFIED IDEOGRAPHS") ? "CJK UNIFIED IDEOGRAPH-" + hex.substring(1) : null;
    }

    // ---- case mappings of strings ---------------------------------------------

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    public static String upper(String s) {
        if (isAscii(s)) {
            return s.toUpperCase(java.util.Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> map(cp, UPPER, sb));
        return sb.toString();
    }

    public static String lower(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            lowerAt(s, i, cp, sb);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    public static String casefold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> map(cp, FOLD, sb));
        return sb.toString();
    }

    /** Title case for the first code point, lower case for the rest. */
    public static String capitalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (i == 0) {
                map(cp, TITLE, sb);
            } else {
                lowerAt(s, i, cp, sb);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    public static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isUpper(cp)) {
                lowerAt(s, i, cp, sb);
            } else if (isLower(cp)) {
                map(cp, UPPER, sb);
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Title case after an uncased code point, lower case after a cased one. */
    public static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (previousCased) {
                lowerAt(s, i, cp, sb);
            } else {
                map(cp, TITLE, sb);
            }
            previousCased = isCased(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** The lower case of the code point at char offset {@code i}, with the final-sigma rule. */
    private static void lowerAt(String s, int i, int cp, StringBuilder sb) {
        if (cp == 0x3A3) {
            sb.append(finalSigma(s, i) ? 'ς' : 'σ');
        } else {
            map(cp, LOWER, sb);
        }
    }

    private static boolean finalSigma(String s, int i) {
        int j = i;
        int before = -1;
        while (j > 0) {
            int cp = s.codePointBefore(j);
            j -= Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                before = cp;
                break;
            }
        }
        if (before < 0 || !isCased(before)) {
            return false;
        }
        j = i + 1;
        while (j < s.length()) {
            int cp = s.codePointAt(j);
            j += Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                return !isCased(cp);
            }
        }
        return true;
    }
}
