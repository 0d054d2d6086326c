package taipan.runtime;

import java.io.ByteArrayOutputStream;

/**
 * The UTF-7 encoder (RFC 2152) as CPython writes it: printable ASCII but '+', '\\' and '~',
 * and tab, newline and carriage return, stand for themselves; '+' is written "+-"; any other
 * run of UTF-16 code units goes base64-encoded between '+' and an optional '-' (written only
 * when the next character is a base64 character or '-', and at the end). The decoder is
 * {@code Codecs.Decoder.utf7}, which shares the base64 alphabet here.
 */
final class Utf7 {
    private Utf7() {}

    private static final byte[] BASE64 =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static boolean isBase64(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
    }

    static int fromBase64(int c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : 63;
    }

    /** Whether the encoder writes {@code c} as itself. */
    private static boolean direct(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= ' ' && c < 0x7F && c != '+' && c != '\\' && c != '~';
    }

    static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (inShift) {
                if (direct(ch)) {
                    if (bits > 0) {
                        out.write(BASE64[(int) (buffer << (6 - bits)) & 0x3F]);
                        buffer = 0;
                        bits = 0;
                    }
                    inShift = false;
                    if (isBase64(ch) || ch == '-') {
                        out.write('-');
                    }
                    out.write(ch);
                    continue;
                }
            } else if (ch == '+') {
                out.write('+');
                out.write('-');
                continue;
            } else if (direct(ch)) {
                out.write(ch);
                continue;
            } else {
                out.write('+');
                inShift = true;
            }
            buffer = buffer << 16 | ch;
            bits += 16;
            while (bits >= 6) {
                out.write(BASE64[(int) (buffer >> (bits - 6)) & 0x3F]);
                bits -= 6;
            }
            buffer &= (1L << bits) - 1;
        }
        if (bits > 0) {
            out.write(BASE64[(int) (buffer << (6 - bits)) & 0x3F]);
        }
        if (inShift) {
            out.write('-');
        }
        return out.toByteArray();
    }
}
