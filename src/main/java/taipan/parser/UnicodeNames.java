package taipan.parser;

/**
 * Looks up the character named in a {@code \N{...}} escape the way CPython 3.11's
 * unicodedata name lookup does: character names case-insensitively (from the
 * JDK's Unicode name database), plus the two algorithmic families, which CPython
 * matches case-sensitively: "HANGUL SYLLABLE " followed by jamo short names, and
 * "CJK UNIFIED IDEOGRAPH-" followed by 4 or 5 upper-case hex digits within the
 * Unicode 14 unified-ideograph ranges.
 *
 * <p>Not matched: Unicode name aliases (e.g. "BYTE ORDER MARK") that the JDK
 * does not know, and the JDK's own names for characters added after Unicode 14
 * are accepted although CPython 3.11 rejects them.
 */
public final class UnicodeNames {
    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final String[] JAMO_L = {
        "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
        "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
        "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    /** Unicode 14's CJK unified ideograph ranges, as inclusive pairs. */
    private static final int[] CJK_RANGES = {
        0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0x20000, 0x2A6DF, 0x2A700, 0x2B738, 0x2B740, 0x2B81D,
        0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0, 0x30000, 0x3134A};

    private UnicodeNames() {}

    /** The code point named {@code name}, or -1. */
    public static int lookup(String name) {
        if (name.startsWith(HANGUL_PREFIX)) return hangul(name.substring(HANGUL_PREFIX.length()));
        if (name.startsWith(CJK_PREFIX)) return cjk(name.substring(CJK_PREFIX.length()));
        if (name.isEmpty() || name.strip().length() != name.length()) return -1;
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        // The JDK also accepts the "BLOCK NAME HEX" form it makes up for unnamed code points.
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block != null) {
            String madeUp = block.toString().replace('_', ' ') + " " + Integer.toHexString(cp).toUpperCase();
            if (name.equalsIgnoreCase(madeUp)) return -1;
        }
        return cp;
    }

    private static int hangul(String rest) {
        int[] pos = {0};
        int l = longestJamo(rest, pos, JAMO_L);
        int v = longestJamo(rest, pos, JAMO_V);
        int t = longestJamo(rest, pos, JAMO_T);
        if (l < 0 || v < 0 || t < 0 || pos[0] != rest.length()) return -1;
        return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
    }

    private static int longestJamo(String s, int[] pos, String[] table) {
        int best = -1, bestLen = -1;
        for (int i = 0; i < table.length; i++) {
            String jamo = table[i];
            if (jamo.length() > bestLen && s.startsWith(jamo, pos[0])) {
                best = i;
                bestLen = jamo.length();
            }
        }
        if (best >= 0) pos[0] += bestLen;
        return best;
    }

    private static int cjk(String hex) {
        if (hex.length() != 4 && hex.length() != 5) return -1;
        int v = 0;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        for (int i = 0; i < CJK_RANGES.length; i += 2) {
            if (v >= CJK_RANGES[i] && v <= CJK_RANGES[i + 1]) return v;
        }
        return -1;
    }
}
