package taipan.source;

/**
 * Strict UTF-8 validation with the error messages of CPython's UTF-8 decoder
 * ({@code str(UnicodeDecodeError)}): which byte range is reported and why
 * ("invalid start byte", "invalid continuation byte", "unexpected end of data").
 */
public final class Utf8Check {
    private Utf8Check() {}

    private static boolean cont(int b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * The message of the UnicodeDecodeError that decoding b[off, off+len) as
     * UTF-8 raises (positions relative to off), or null if the bytes are valid.
     * {@code codec} is the codec name shown in the message, e.g. "utf-8".
     */
    public static String firstError(byte[] b, int off, int len, String codec) {
        int end = off + len;
        int s = off;
        while (s < end) {
            int ch = b[s] & 0xFF;
            if (ch < 0x80) {
                s++;
                continue;
            }
            int kind; // 0 end of data, 1 invalid start, n>=2: invalid continuation covering n-1 bytes
            int avail = end - s;
            if (ch < 0xC2 || ch >= 0xF5) {
                kind = 1;
            } else if (ch < 0xE0) {
                if (avail < 2) kind = 0;
                else if (!cont(b[s + 1] & 0xFF)) kind = 2;
                else {
                    s += 2;
                    continue;
                }
            } else if (ch < 0xF0) {
                int ch2 = avail >= 2 ? b[s + 1] & 0xFF : -1;
                boolean bad2 = ch2 >= 0 && (!cont(ch2) || (ch2 < 0xA0 ? ch == 0xE0 : ch == 0xED));
                if (bad2) kind = 2;
                else if (avail < 3) kind = 0;
                else if (!cont(b[s + 2] & 0xFF)) kind = 3;
                else {
                    s += 3;
                    continue;
                }
            } else {
                int ch2 = avail >= 2 ? b[s + 1] & 0xFF : -1;
                boolean bad2 = ch2 >= 0 && (!cont(ch2) || (ch2 < 0x90 ? ch == 0xF0 : ch == 0xF4));
                if (bad2) kind = 2;
                else if (avail >= 3 && !cont(b[s + 2] & 0xFF)) kind = 3;
                else if (avail < 4) kind = 0;
                else if (!cont(b[s + 3] & 0xFF)) kind = 4;
                else {
                    s += 4;
                    continue;
                }
            }
            int start = s - off;
            int stop;
            String why;
            if (kind == 0) {
                why = "unexpected end of data";
                stop = len;
            } else if (kind == 1) {
                why = "invalid start byte";
                stop = start + 1;
            } else {
                why = "invalid continuation byte";
                stop = start + kind - 1;
            }
            if (stop == start + 1) {
                return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, ch, start, why);
            }
            return String.format("'%s' codec can't decode bytes in position %d-%d: %s", codec, start, stop - 1, why);
        }
        return null;
    }
}
