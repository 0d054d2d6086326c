package taipan.parser;

import taipan.ast.ConstantValue;

/**
 * How decoded str literal text travels through the string-literal parser so that
 * escaped surrogates stay apart: inside such text U+FFFF is an escape character.
 * U+FFFF followed by a surrogate is a surrogate code point written as an escape
 * ({@code \ud800}); U+FFFF doubled is U+FFFF itself. Marked pieces concatenate
 * safely, and {@link #value} turns the result into the Constant's value.
 */
final class MarkedText {
    static final char MARK = '\uFFFF';

    private MarkedText() {}

    /** Source text taken unchanged (raw or escape-free bodies): its U+FFFF is doubled. */
    static String plain(String s) {
        return s.indexOf(MARK) < 0 ? s : s.replace("\uFFFF", "\uFFFF\uFFFF");
    }

    /** Appends a code point an escape produced. */
    static void appendEscaped(StringBuilder out, int cp) {
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) out.append(MARK).append((char) cp);
        else if (cp == MARK) out.append(MARK).append(MARK);
        else out.appendCodePoint(cp);
    }

    /**
     * The str value of marked text: a String, or {@link ConstantValue.CodePoints}
     * when an escaped high surrogate directly precedes an escaped low one (a
     * String would fuse them into one character).
     */
    static Object value(String marked) {
        if (marked.indexOf(MARK) < 0) return marked;
        int[] cps = new int[marked.length()];
        int n = 0;
        boolean fused = false, escapedHigh = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == MARK) {
                char next = marked.charAt(++i);
                fused |= escapedHigh && Character.isLowSurrogate(next);
                escapedHigh = Character.isHighSurrogate(next);
                cps[n++] = next;
            } else {
                int cp = marked.codePointAt(i);
                i += Character.charCount(cp) - 1;
                escapedHigh = false;
                cps[n++] = cp;
            }
        }
        return fused ? new ConstantValue.CodePoints(java.util.Arrays.copyOf(cps, n)) : new String(cps, 0, n);
    }
}
