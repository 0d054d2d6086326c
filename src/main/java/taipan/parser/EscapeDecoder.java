package taipan.parser;

/**
 * Decodes the backslash escapes in the body of a str or bytes literal (the text
 * between the quotes, prefix removed) exactly as CPython 3.11 does.
 *
 * <p>str bodies go through CPython's two steps, so that the error positions
 * match: first every non-ASCII character is rewritten as a {@code \UXXXXXXXX}
 * escape (and a backslash before a non-ASCII character, or at the very end,
 * becomes {@code \u005c}), then the resulting ASCII text is decoded with the
 * "unicodeescape" rules. A bad escape throws {@link DecodeError} carrying the
 * SyntaxError message CPython reports, e.g. "(unicode error) 'unicodeescape'
 * codec can't decode bytes in position 0-1: truncated \xXX escape", with the
 * positions counted in that rewritten text. Unknown escapes such as {@code \d}
 * are kept verbatim; the first of those or of an octal escape above 0o377
 * (whose value is kept, truncated to a byte in bytes) is described in {@code invalid[0]}
 * with the message of CPython's DeprecationWarning, e.g. "invalid escape
 * sequence '\d'" or "invalid octal escape sequence '\777'".
 *
 * <p>str results are {@link MarkedText}: a code point outside the BMP becomes a
 * surrogate pair, and an escaped surrogate such as {@code \ud800} is marked so
 * that two escapes forming a valid pair stay two code points.
 */
final class EscapeDecoder {
    /** A bad escape; the message is the full SyntaxError message CPython gives. */
    static final class DecodeError extends Exception {
        DecodeError(String msg) {
            super(msg, null, false, false);
        }
    }

    private EscapeDecoder() {}

    /** Decodes a str literal body (not raw). */
    static String decodeStr(String body, String[] invalid) throws DecodeError {
        if (body.indexOf('\\') < 0) return MarkedText.plain(body);
        return decodeAsciiEscapes(escapeNonAscii(body), invalid);
    }

    /** Records the first invalid escape: the octal digits at s[at..] or the character after a backslash at s[at]. */
    private static void noteInvalid(String[] invalid, String s, int at, boolean octal) {
        if (invalid[0] != null) return;
        invalid[0] = octal ? "invalid octal escape sequence '\\" + s.substring(at, Math.min(at + 3, s.length())) + "'"
            : "invalid escape sequence '\\" + s.charAt(at) + "'";
    }

    /** CPython's first step: non-ASCII text rewritten as \U escapes, giving pure ASCII. */
    private static String escapeNonAscii(String s) {
        StringBuilder buf = new StringBuilder(s.length() + 16);
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                buf.append('\\');
                i++;
                if (i >= n || s.charAt(i) >= 0x80) {
                    buf.append("u005c");
                    if (i >= n) break;
                }
                c = s.charAt(i);
            }
            if (c >= 0x80) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                buf.append("\\U");
                String hex = Integer.toHexString(cp);
                buf.append("0".repeat(8 - hex.length())).append(hex);
            } else {
                buf.append(c);
                i++;
            }
        }
        return buf.toString();
    }

    /** CPython's "unicodeescape" decoding of an ASCII buffer. */
    private static String decodeAsciiEscapes(String s, String[] invalid) throws DecodeError {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            // A trailing backslash was rewritten to \u005c, so a character always follows.
            c = s.charAt(i++);
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append(c);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append('\u000b');
                case 'a' -> out.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = (v << 3) + s.charAt(i++) - '0';
                    }
                    if (v > 0377) noteInvalid(invalid, s, i - 3, true);
                    out.append((char) v);
                }
                case 'x', 'u', 'U' -> {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    String message = c == 'x' ? "truncated \\xXX escape"
                            : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long v = 0;
                    for (; count > 0; count--, i++) {
                        int d = i < n ? Character.digit(s.charAt(i), 16) : -1;
                        if (d < 0) throw unicodeError(start, i, message);
                        v = (v << 4) + d;
                    }
                    if (v > Character.MAX_CODE_POINT) throw unicodeError(start, i, "illegal Unicode character");
                    MarkedText.appendEscaped(out, (int) v);
                }
                case 'N' -> {
                    String message = "malformed \\N character escape";
                    if (i >= n || s.charAt(i) != '{') throw unicodeError(start, i, message);
                    int nameStart = ++i;
                    while (i < n && s.charAt(i) != '}') i++;
                    if (i >= n || i == nameStart) throw unicodeError(start, i, message);
                    int cp = UnicodeNames.lookup(s.substring(nameStart, i));
                    i++;
                    if (cp < 0) throw unicodeError(start, i, "unknown Unicode character name");
                    MarkedText.appendEscaped(out, cp);
                }
                default -> {
                    noteInvalid(invalid, s, i - 1, false);
                    out.append('\\').append(c);
                }
            }
        }
        return out.toString();
    }

    private static DecodeError unicodeError(int start, int end, String reason) {
        return new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + start + "-" + (end - 1) + ": " + reason);
    }

    /** Decodes a bytes literal body (not raw), which the caller has checked is ASCII. */
    static byte[] decodeBytes(String s, String[] invalid) throws DecodeError {
        byte[] out = new byte[s.length()];
        int len = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i++);
            if (c != '\\') {
                out[len++] = (byte) c;
                continue;
            }
            // A literal's body never ends with a lone backslash (it would escape the quote).
            c = s.charAt(i++);
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out[len++] = (byte) c;
                case 'b' -> out[len++] = '\b';
                case 'f' -> out[len++] = '\f';
                case 't' -> out[len++] = '\t';
                case 'n' -> out[len++] = '\n';
                case 'r' -> out[len++] = '\r';
                case 'v' -> out[len++] = 0x0b;
                case 'a' -> out[len++] = 0x07;
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = (v << 3) + s.charAt(i++) - '0';
                    }
                    if (v > 0377) noteInvalid(invalid, s, i - 3, true);
                    out[len++] = (byte) v;
                }
                case 'x' -> {
                    int d1 = i + 1 < n ? Character.digit(s.charAt(i), 16) : -1;
                    int d2 = i + 1 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new DecodeError("(value error) invalid \\x escape at position " + (i - 2));
                    }
                    out[len++] = (byte) ((d1 << 4) + d2);
                    i += 2;
                }
                default -> {
                    noteInvalid(invalid, s, i - 1, false);
                    out[len++] = '\\';
                    out[len++] = (byte) c;
                }
            }
        }
        return java.util.Arrays.copyOf(out, len);
    }
}
