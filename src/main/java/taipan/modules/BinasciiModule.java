package taipan.modules;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyException;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;

/**
 * The {@code binascii} module of Python 3.11: hex (with sep/bytes_per_sep), base64
 * (newline, strict_mode), uuencode, quoted-printable, crc32 and crc_hqx, and the
 * exceptions Error (a ValueError) and Incomplete. The a2b_* functions take ASCII str
 * as well as bytes-like objects, as CPython's do; the b2a_* ones take bytes-like objects.
 * Decoding follows CPython's rules for what is skipped, what ends the data and what is an
 * error, with its messages.
 */
public final class BinasciiModule {
    private BinasciiModule() {}

    public static final PyType ERROR = BuiltinTypes.builtin("Error", Exceptions.VALUE_ERROR, null);
    public static final PyType INCOMPLETE = BuiltinTypes.builtin("Incomplete", Exceptions.EXCEPTION, null);
    private static final byte[] BASE64 =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private static final int[] BASE64_VALUE = new int[256];
    private static final int[] CRC32_TABLE = new int[256];
    private static final int[] CRC_HQX_TABLE = new int[256];
    /** Quoted-printable's maximum encoded line length. */
    private static final int QP_LINE = 76;

    static {
        for (PyType t : new PyType[] {ERROR, INCOMPLETE}) {
            t.instancesHaveDict = true;
            t.define("__module__", PyStr.of("binascii"));
        }
        java.util.Arrays.fill(BASE64_VALUE, -1);
        for (int i = 0; i < 64; i++) {
            BASE64_VALUE[BASE64[i]] = i;
        }
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32_TABLE[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) {
                h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            }
            CRC_HQX_TABLE[n] = h & 0xFFFF;
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("binascii");
        put(m, "Error", ERROR);
        put(m, "Incomplete", INCOMPLETE);
        for (String name : new String[] {"hexlify", "b2a_hex"}) {
            fn(m, name, "data, sep=?, bytes_per_sep=1", a -> hexlify(Buffers.read(a[0]), a[1], a[2]));
        }
        for (String name : new String[] {"unhexlify", "a2b_hex"}) {
            fn(m, name, "hexstr, /", a -> unhexlify(ascii(a[0])));
        }
        fn(m, "b2a_base64", "data, /, *, newline=True", a -> b2aBase64(Buffers.read(a[0]), Ops.isTrue(a[1])));
        fn(m, "a2b_base64", "data, /, *, strict_mode=False", a -> a2bBase64(ascii(a[0]), Ops.isTrue(a[1])));
        fn(m, "b2a_uu", "data, /, *, backtick=False", a -> b2aUu(Buffers.read(a[0]), Ops.isTrue(a[1])));
        fn(m, "a2b_uu", "data, /", a -> a2bUu(ascii(a[0])));
        fn(m, "b2a_qp", "data, quotetabs=False, istext=True, header=False", a ->
            b2aQp(Buffers.read(a[0]), Ops.isTrue(a[1]), Ops.isTrue(a[2]), Ops.isTrue(a[3])));
        fn(m, "a2b_qp", "data, header=False", a -> a2bQp(ascii(a[0]), Ops.isTrue(a[1])));
        fn(m, "crc32", "data, crc=0, /", a -> crc32(Buffers.read(a[0]), (int) unsignedMask(a[1])) & 0xFFFFFFFFL);
        fn(m, "crc_hqx", "data, crc, /", a -> (long) crcHqx(Buffers.read(a[0]), (int) unsignedMask(a[1]) & 0xFFFF));
        return m;
    }

    static PyException error(String message) {
        return Exceptions.error(ERROR, message);
    }

    /** An int argument reduced modulo 2**32, as C's unsigned int conversion does. */
    private static long unsignedMask(Object o) {
        Object v = Ops.index(o);
        return v instanceof Long l ? l & 0xFFFFFFFFL : ((BigInteger) v).longValue() & 0xFFFFFFFFL;
    }

    /** The a2b_* argument: a bytes-like object, or a str of ASCII characters. */
    static byte[] ascii(Object o) {
        if (o instanceof PyStr s) {
            String v = s.value();
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) > 127) {
                    throw Exceptions.valueError("string argument should contain only ASCII characters");
                }
            }
            return v.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        byte[] b = Buffers.readOrNull(o);
        if (b == null) {
            throw Exceptions.typeError("argument should be bytes, buffer or ASCII string, not '" + Py.typeOf(o).name() + "'");
        }
        return b;
    }

    // ---- hex ----------------------------------------------------------------------------

    /** hexlify with an optional one-character separator every {@code bytes_per_sep} bytes (from the right when positive). */
    static PyBytes hexlify(byte[] data, Object sepArg, Object perSepArg) {
        int sep = -1;
        int perSep = 0;
        if (sepArg != null) {
            if (Ops.len(sepArg) != 1) {
                throw Exceptions.valueError("sep must be length 1.");
            }
            if (sepArg instanceof PyStr s) {
                sep = s.value().codePointAt(0);
                if (sep > 255) {
                    throw Exceptions.valueError("sep must be ASCII.");
                }
            } else if (sepArg instanceof PyBytes b) {
                sep = b.bytes[0] & 0xFF;
            } else {
                throw Exceptions.typeError("sep must be str or bytes.");
            }
            Object n = Ops.index(perSepArg);
            if (!(n instanceof Long l) || l != (int) (long) l) {
                throw Exceptions.overflowError("Python int too large to convert to C int");
            }
            perSep = (int) (long) (Long) n;
        }
        int group = Math.abs(perSep);
        boolean separate = sep >= 0 && group > 0 && data.length > group;
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 3);
        for (int i = 0; i < data.length; i++) {
            if (separate && i > 0) {
                int position = perSep > 0 ? data.length - i : i;
                if (position % group == 0) {
                    out.write(sep);
                }
            }
            out.write(Character.forDigit((data[i] >> 4) & 0xF, 16));
            out.write(Character.forDigit(data[i] & 0xF, 16));
        }
        return new PyBytes(out.toByteArray());
    }

    private static PyBytes unhexlify(byte[] text) {
        if (text.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[text.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(text[2 * i] & 0xFF, 16);
            int lo = Character.digit(text[2 * i + 1] & 0xFF, 16);
            if (hi < 0 || lo < 0 || (text[2 * i] & 0xFF) > 127 || (text[2 * i + 1] & 0xFF) > 127) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return new PyBytes(out);
    }

    // ---- base64 -------------------------------------------------------------------------

    private static PyBytes b2aBase64(byte[] data, boolean newline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((data.length + 2) / 3 * 4 + 1);
        int i = 0;
        for (; i + 2 < data.length; i += 3) {
            int v = (data[i] & 0xFF) << 16 | (data[i + 1] & 0xFF) << 8 | (data[i + 2] & 0xFF);
            out.write(BASE64[v >> 18]);
            out.write(BASE64[(v >> 12) & 63]);
            out.write(BASE64[(v >> 6) & 63]);
            out.write(BASE64[v & 63]);
        }
        int rest = data.length - i;
        if (rest > 0) {
            int v = (data[i] & 0xFF) << 16 | (rest == 2 ? (data[i + 1] & 0xFF) << 8 : 0);
            out.write(BASE64[v >> 18]);
            out.write(BASE64[(v >> 12) & 63]);
            out.write(rest == 2 ? BASE64[(v >> 6) & 63] : '=');
            out.write('=');
        }
        if (newline) {
            out.write('\n');
        }
        return new PyBytes(out.toByteArray());
    }

    /**
     * base64 decoding: characters outside the alphabet are skipped (an error in strict mode);
     * a complete pad sequence ends the data; what is left must make whole bytes.
     */
    private static PyBytes a2bBase64(byte[] text, boolean strict) {
        if (strict && text.length > 0 && text[0] == '=') {
            throw error("Leading padding not allowed");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 4 * 3 + 3);
        int quadPos = 0;
        int left = 0;
        int pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < text.length; i++) {
            int c = text[i] & 0xFF;
            if (c == '=') {
                paddingStarted = true;
                pads++;
                if (quadPos >= 2 && quadPos + pads >= 4) {
                    if (strict && i + 1 < text.length) {
                        throw error("Excess data after padding");
                    }
                    return new PyBytes(out.toByteArray());
                }
                continue;
            }
            int v = BASE64_VALUE[c];
            if (v < 0) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> left = v;
                case 1 -> {
                    out.write(left << 2 | v >> 4);
                    left = v & 0x0F;
                }
                case 2 -> {
                    out.write(left << 4 | v >> 2);
                    left = v & 0x03;
                }
                default -> out.write(left << 6 | v);
            }
            quadPos = (quadPos + 1) % 4;
        }
        if (quadPos == 1) {
            throw error("Invalid base64-encoded string: number of data characters ("
                + (out.size() / 3 * 4 + 1) + ") cannot be 1 more than a multiple of 4");
        }
        if (quadPos != 0) {
            throw error("Incorrect padding");
        }
        return new PyBytes(out.toByteArray());
    }

    // ---- uuencode -----------------------------------------------------------------------

    private static PyBytes b2aUu(byte[] data, boolean backtick) {
        if (data.length > 45) {
            throw error("At most 45 bytes at once");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 + (data.length + 2) / 3 * 4);
        out.write(uuChar(data.length, backtick));
        for (int i = 0; i < data.length; i += 3) {
            int v = (data[i] & 0xFF) << 16 | (i + 1 < data.length ? (data[i + 1] & 0xFF) << 8 : 0)
                | (i + 2 < data.length ? data[i + 2] & 0xFF : 0);
            for (int shift = 18; shift >= 0; shift -= 6) {
                out.write(uuChar((v >> shift) & 63, backtick));
            }
        }
        out.write('\n');
        return new PyBytes(out.toByteArray());
    }

    private static int uuChar(int sixBits, boolean backtick) {
        return backtick && sixBits == 0 ? '`' : ' ' + sixBits;
    }

    /** Decodes one uuencoded line; a short line is padded with zero bits, trailing spaces and newlines are allowed. */
    private static PyBytes a2bUu(byte[] text) {
        int i = 0;
        int length = ((text.length == 0 ? 0 : text[i++] & 0xFF) - ' ') & 63;
        byte[] out = new byte[length];
        int produced = 0;
        int bits = 0;
        int acc = 0;
        while (produced < length) {
            int c = i < text.length ? text[i] & 0xFF : '\n';
            i++;
            int v;
            if (c == '\n' || c == '\r') {
                v = 0;
            } else {
                if (c < ' ' || c > ' ' + 64) {
                    throw error("Illegal char");
                }
                v = (c - ' ') & 63;
            }
            acc = acc << 6 | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[produced++] = (byte) (acc >> bits);
                acc &= (1 << bits) - 1;
            }
        }
        for (; i < text.length; i++) {
            int c = text[i] & 0xFF;
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') {
                throw error("Trailing garbage");
            }
        }
        return new PyBytes(out);
    }

    // ---- quoted-printable ---------------------------------------------------------------

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static PyBytes a2bQp(byte[] text, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length);
        int n = text.length;
        int i = 0;
        while (i < n) {
            int c = text[i] & 0xFF;
            if (c == '=') {
                i++;
                if (i >= n) {
                    break;
                }
                int d = text[i] & 0xFF;
                if (d == '\n' || d == '\r') {
                    while (i < n && text[i] != '\n') {
                        i++;
                    }
                    if (i < n) {
                        i++;
                    }
                } else if (d == '=') {
                    out.write('=');
                    i++;
                } else if (i + 1 < n && isHexDigit(d) && isHexDigit(text[i + 1] & 0xFF)) {
                    out.write(Character.digit(d, 16) << 4 | Character.digit(text[i + 1] & 0xFF, 16));
                    i += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                i++;
            } else {
                out.write(c);
                i++;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    /** Quoted-printable encoding; line ends follow the data's first line end (CRLF or LF). */
    private static PyBytes b2aQp(byte[] data, boolean quoteTabs, boolean isText, boolean header) {
        int n = data.length;
        int firstNewline = -1;
        for (int k = 0; k < n; k++) {
            if (data[k] == '\n') {
                firstNewline = k;
                break;
            }
        }
        boolean crlf = firstNewline > 0 && data[firstNewline - 1] == '\r';
        QpOutput out = new QpOutput(crlf);
        int i = 0;
        while (i < n) {
            int c = data[i] & 0xFF;
            boolean last = i + 1 == n;
            int next = last ? -1 : data[i + 1] & 0xFF;
            boolean encode = c > 126 || c == '='
                || (header && c == '_')
                || (c == '.' && out.lineLength == 0 && (last || next == '\n' || next == '\r' || next == 0))
                || (!isText && (c == '\r' || c == '\n'))
                || ((c == '\t' || c == ' ') && last)
                || (c < 33 && c != '\r' && c != '\n' && (quoteTabs || (c != '\t' && c != ' ')));
            if (encode) {
                if (out.lineLength + 3 >= QP_LINE) {
                    out.softBreak();
                }
                out.escape(c);
                out.lineLength += 3;
                i++;
            } else if (isText && (c == '\n' || (c == '\r' && next == '\n'))) {
                out.lineLength = 0;
                out.escapeTrailingWhitespace();
                out.newline();
                i += c == '\r' ? 2 : 1;
            } else {
                if (!last && next != '\n' && out.lineLength + 1 >= QP_LINE) {
                    out.softBreak();
                }
                out.lineLength++;
                out.write(header && c == ' ' ? '_' : c);
                i++;
            }
        }
        return out.result();
    }

    /** The quoted-printable output being built, with the current line's length. */
    private static final class QpOutput {
        byte[] buf = new byte[64];
        int size;
        final boolean crlf;
        int lineLength;

        QpOutput(boolean crlf) {
            this.crlf = crlf;
        }

        void write(int c) {
            if (size == buf.length) {
                buf = java.util.Arrays.copyOf(buf, size * 2);
            }
            buf[size++] = (byte) c;
        }

        void newline() {
            if (crlf) {
                write('\r');
            }
            write('\n');
        }

        void softBreak() {
            write('=');
            newline();
            lineLength = 0;
        }

        void escape(int c) {
            write('=');
            write(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
            write(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
        }

        /** A space or tab just before a line end is written as =20 / =09. */
        void escapeTrailingWhitespace() {
            int lastByte = size == 0 ? -1 : buf[size - 1];
            if (lastByte == ' ' || lastByte == '\t') {
                size--;
                escape(lastByte);
            }
        }

        PyBytes result() {
            return new PyBytes(java.util.Arrays.copyOf(buf, size));
        }
    }

    // ---- checksums ----------------------------------------------------------------------

    /** CRC-32 (the zlib one) of {@code data} continuing from {@code crc}. */
    static int crc32(byte[] data, int crc) {
        int c = ~crc;
        for (byte b : data) {
            c = CRC32_TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
        }
        return ~c;
    }

    private static int crcHqx(byte[] data, int crc) {
        int c = crc;
        for (byte b : data) {
            c = ((c << 8) & 0xFF00) ^ CRC_HQX_TABLE[((c >> 8) ^ b) & 0xFF];
        }
        return c;
    }

    private static void put(PyModule m, String name, Object value) {
        m.dict.put(PyStr.of(name), value);
    }

    private static void fn(PyModule m, String name, String spec, java.util.function.Function<Object[], Object> body) {
        put(m, name, BuiltinFunction.of("binascii", name, spec, (s, a) -> body.apply(a)));
    }
}
