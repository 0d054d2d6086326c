package taipan.runtime;

import java.io.ByteArrayOutputStream;
import taipan.unicode.Unicode14Text;

/**
 * The text codecs {@code str.encode}, {@code bytes.decode} and {@code str(b, enc)}
 * use: utf-8 (and utf-8-sig), ascii, latin-1, utf-16 (-le, -be), utf-32 (-le, -be),
 * unicode_escape, raw_unicode_escape and the code pages of {@link Charmaps}, with
 * CPython 3.11's encoding-name normalization and aliases, its error handlers
 * (strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace,
 * surrogateescape, surrogatepass) and its error reports.
 *
 * <p>Contract: failures raise UnicodeEncodeError/UnicodeDecodeError made by
 * calling the class with {@code (encoding, object, start, end, reason)} (start/end
 * in code points or bytes), so they carry those fields and CPython's message. Other encodings
 * go through the codec registry ({@code codecs.lookup}), which raises LookupError
 * "unknown encoding: x" for unknown ones; an unknown error handler is only
 * looked up, and rejected, when an error actually occurs, as in CPython.
 */
public final class Codecs {
    private Codecs() {}

    /** The codecs implemented here; {@link #name} is what error messages call them. */
    private enum Codec {
        UTF8("utf-8"), UTF8SIG("utf-8"), ASCII("ascii"), LATIN1("latin-1"), UTF16("utf-16"), UTF16LE("utf-16-le"),
        UTF16BE("utf-16-be"), UTF32("utf-32"), UTF32LE("utf-32-le"), UTF32BE("utf-32-be"),
        UNICODE_ESCAPE("unicodeescape"), RAW_UNICODE_ESCAPE("rawunicodeescape"), CHARMAP("charmap"), UTF7("utf7");

        final String name;

        Codec(String name) {
            this.name = name;
        }
    }

    // ---- names ---------------------------------------------------------------

    /** The codec implemented here for {@code encoding}, or null (the codec registry may know it). */
    private static Codec lookupOrNull(String encoding) {
        String n = normalize(encoding.toLowerCase(java.util.Locale.ROOT));
        Codec c = byName(n);
        if (c == null) {
            c = byName(alias(n));
        }
        if (c == null) {
            c = byName(alias(n.replace('.', '_')));
        }
        return c;
    }

    // ---- the codec registry ------------------------------------------------------

    /**
     * {@code codecs.lookup(encoding)} for an encoding not implemented here, refusing codecs that
     * are not text encodings (rot13, hex, ...) as str.encode and bytes.decode do.
     */
    private static Object registeredTextCodec(String encoding, String use) {
        if (!Pickling.canImport()) {
            // the runtime alone has no codec registry
            throw Exceptions.error(Exceptions.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        Object info = Ops.call(Ops.getAttr(Pickling.importModule("codecs"), "lookup"), PyStr.of(encoding));
        Object text = Ops.getAttrOrNull(info, "_is_text_encoding");
        if (text != null && !Ops.isTrue(text)) {
            throw Exceptions.error(Exceptions.LOOKUP_ERROR, Ops.reprString(PyStr.of(encoding))
                + " is not a text encoding; use " + use + " to handle arbitrary codecs");
        }
        return info;
    }

    /** The first item of what a registered encoder or decoder returned, which must be a 2-tuple. */
    private static Object codecResult(Object r, String what) {
        if (!(r instanceof PyTuple t) || t.items.length != 2) {
            throw Exceptions.typeError(what);
        }
        return t.items[0];
    }

    /** Encodes with a codec found through the codec registry. */
    private static byte[] encodeRegistered(String s, String encoding, String errors) {
        Object encoder = Ops.getItem(registeredTextCodec(encoding, "codecs.encode()"), 0L);
        Object v = codecResult(Ops.call(encoder, PyStr.of(s), PyStr.of(errors)),
            "encoder must return a tuple (object, integer)");
        if (v instanceof PyBytes b) {
            return b.bytes;
        }
        if (v instanceof PyByteArray ba) {
            Ops.call(Ops.getAttr(Pickling.importModule("warnings"), "warn"),
                PyStr.of("encoder " + encoding + " returned bytearray instead of bytes; "
                    + "use codecs.encode() to encode to arbitrary types"), Exceptions.RUNTIME_WARNING, 1L);
            return java.util.Arrays.copyOf(ba.bytes, ba.size);
        }
        throw Exceptions.typeError(Ops.reprString(PyStr.of(encoding)) + " encoder returned '" + Py.typeOf(v).name()
            + "' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
    }

    /** Decodes with a codec found through the codec registry. */
    private static String decodeRegistered(byte[] b, int off, int len, String encoding, String errors) {
        Object decoder = Ops.getItem(registeredTextCodec(encoding, "codecs.decode()"), 1L);
        Object v = codecResult(Ops.call(decoder, new PyBytes(java.util.Arrays.copyOfRange(b, off, off + len)),
            PyStr.of(errors)), "decoder must return a tuple (object,integer)");
        if (!(v instanceof PyStr str)) {
            throw Exceptions.typeError(Ops.reprString(PyStr.of(encoding)) + " decoder returned '"
                + Py.typeOf(v).name() + "' instead of 'str'; use codecs.decode() to decode to arbitrary types");
        }
        return str.value();
    }

    /** Collapses runs of characters other than ASCII letters, digits and '.' into one '_', trimming the ends. */
    static String normalize(String s) {
        StringBuilder sb = new StringBuilder();
        boolean punct = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                if (c < 128) {
                    sb.append(c);
                }
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    private static Codec byName(String n) {
        if (n == null) {
            return null;
        }
        return switch (n) {
            case "utf_8" -> Codec.UTF8;
            case "utf_8_sig" -> Codec.UTF8SIG;
            case "ascii" -> Codec.ASCII;
            case "latin_1" -> Codec.LATIN1;
            case "utf_16" -> Codec.UTF16;
            case "utf_16_le" -> Codec.UTF16LE;
            case "utf_16_be" -> Codec.UTF16BE;
            case "utf_32" -> Codec.UTF32;
            case "utf_32_le" -> Codec.UTF32LE;
            case "utf_32_be" -> Codec.UTF32BE;
            case "unicode_escape" -> Codec.UNICODE_ESCAPE;
            case "raw_unicode_escape" -> Codec.RAW_UNICODE_ESCAPE;
            case "utf_7" -> Codec.UTF7;
            default -> null;
        };
    }

    /** The module name for an alias (encodings.aliases of CPython 3.11, for these codecs). */
    private static String alias(String n) {
        return switch (n) {
            case "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001" -> "utf_8";
            case "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
                 "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii" -> "ascii";
            case "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1", "iso_8859_1_1987",
                 "iso_ir_100", "l1", "latin", "latin1" -> "latin_1";
            case "u16", "utf16" -> "utf_16";
            case "u7", "unicode_1_1_utf_7", "utf7" -> "utf_7";
            case "unicodebigunmarked", "utf_16be" -> "utf_16_be";
            case "unicodelittleunmarked", "utf_16le" -> "utf_16_le";
            case "u32", "utf32" -> "utf_32";
            case "utf_32be" -> "utf_32_be";
            case "utf_32le" -> "utf_32_le";
            default -> null;
        };
    }

    /**
     * Encodes with the codec CPython's {@code _codecs} names {@code codec} ("utf_8", "utf_16_le", "latin_1",
     * "unicode_escape", ...), errors unwrapped; null when there is no such codec here.
     */
    public static byte[] encodeWith(String codec, String s, String errors) {
        Codec c = byName(codec);
        return c == null ? null : encode(c, s, errors, null);
    }

    /** Decodes {@code b[off:off+len]} with the codec {@code _codecs} names {@code codec}; null when there is none. */
    public static String decodeWith(String codec, byte[] b, int off, int len, String errors) {
        Codec c = byName(codec);
        return c == null ? null : decode(c, b, off, len, errors, null);
    }

    // ---- encoding --------------------------------------------------------------

    /** {@code s.encode(encoding, errors)}. */
    public static byte[] encode(String s, String encoding, String errors) {
        Charmaps.Charmap map = Charmaps.find(normalize(encoding.toLowerCase(java.util.Locale.ROOT)));
        Codec c = map != null ? Codec.CHARMAP : lookupOrNull(encoding);
        if (c == null) {
            return encodeRegistered(s, encoding, errors);
        }
        try {
            return encode(c, s, errors, map);
        } catch (PyException e) {
            throw wrapped(e, "encoding", encoding);
        }
    }

    /** The names CPython encodes and decodes directly; errors of the others come wrapped by the codec machinery. */
    private static boolean isFastPath(String encoding) {
        String n = normalize(encoding.toLowerCase(java.util.Locale.ROOT)).replace('_', '-');
        return switch (n) {
            case "utf-8", "utf8", "latin1", "latin-1", "iso-8859-1", "iso8859-1", "ascii", "us-ascii", "utf-16",
                 "utf-32" -> true;
            default -> false;
        };
    }

    private static PyException wrapped(PyException e, String what, String encoding) {
        PyType t = e.value.type;
        if (isFastPath(encoding) || t != Exceptions.TYPE_ERROR && t != Exceptions.LOOKUP_ERROR
            || e.value.args.items.length != 1 || !(e.value.args.items[0] instanceof PyStr msg)) {
            return e;
        }
        return Exceptions.error(t, what + " with '" + encoding + "' codec failed (" + t.name() + ": " + msg.value()
            + ")");
    }

    private static byte[] encode(Codec c, String s, String errors, Charmaps.Charmap map) {
        if (c == Codec.UNICODE_ESCAPE || c == Codec.RAW_UNICODE_ESCAPE) {
            return escapeEncode(s, c == Codec.RAW_UNICODE_ESCAPE);
        }
        if (c == Codec.UTF7) {
            return Utf7.encode(s);
        }
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 4);
        if (c == Codec.UTF8SIG) {
            out.write(0xEF);
            out.write(0xBB);
            out.write(0xBF);
            c = Codec.UTF8;
        } else if (c == Codec.UTF16) {
            out.write(0xFF);
            out.write(0xFE);
        } else if (c == Codec.UTF32) {
            out.write(0xFF);
            out.write(0xFE);
            out.write(0);
            out.write(0);
        }
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (encodable(c, cp, map)) {
                write(c, cp, out, map);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < cps.length && !encodable(c, cps[j], map)) {
                j++;
            }
            i = handleEncodeError(c, s, cps, i, j, errors, out, map);
        }
        return out.toByteArray();
    }

    private static boolean encodable(Codec c, int cp, Charmaps.Charmap map) {
        return switch (c) {
            case CHARMAP -> map.encode(cp) >= 0;
            case ASCII -> cp < 0x80;
            case LATIN1 -> cp < 0x100;
            default -> cp < 0xD800 || cp > 0xDFFF;
        };
    }

    private static String encodeReason(Codec c) {
        return switch (c) {
            case CHARMAP -> "character maps to <undefined>";
            case ASCII -> "ordinal not in range(128)";
            case LATIN1 -> "ordinal not in range(256)";
            default -> "surrogates not allowed";
        };
    }

    private static void write(Codec c, int cp, ByteArrayOutputStream out, Charmaps.Charmap map) {
        switch (c) {
            case CHARMAP -> out.write(map.encode(cp));
            case ASCII, LATIN1 -> out.write(cp);
            case UTF8 -> writeUtf8(cp, out);
            case UTF16, UTF16LE, UTF16BE -> {
                if (cp >= 0x10000) {
                    writeUnit16(c, Character.highSurrogate(cp), out);
                    writeUnit16(c, Character.lowSurrogate(cp), out);
                } else {
                    writeUnit16(c, cp, out);
                }
            }
            default -> {
                if (c == Codec.UTF32BE) {
                    out.write(cp >>> 24);
                    out.write(cp >>> 16 & 0xFF);
                    out.write(cp >>> 8 & 0xFF);
                    out.write(cp & 0xFF);
                } else {
                    out.write(cp & 0xFF);
                    out.write(cp >>> 8 & 0xFF);
                    out.write(cp >>> 16 & 0xFF);
                    out.write(cp >>> 24);
                }
            }
        }
    }

    private static void writeUnit16(Codec c, int unit, ByteArrayOutputStream out) {
        if (c == Codec.UTF16BE) {
            out.write(unit >>> 8);
            out.write(unit & 0xFF);
        } else {
            out.write(unit & 0xFF);
            out.write(unit >>> 8);
        }
    }

    private static void writeUtf8(int cp, ByteArrayOutputStream out) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | cp >> 6);
            out.write(0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out.write(0xE0 | cp >> 12);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        } else {
            out.write(0xF0 | cp >> 18);
            out.write(0x80 | cp >> 12 & 0x3F);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        }
    }

    /** Applies the error handler to code points [start, end); returns where encoding resumes. */
    private static int handleEncodeError(Codec c, String s, int[] cps, int start, int end, String errors,
                                         ByteArrayOutputStream out, Charmaps.Charmap map) {
        switch (errors) {
            case "strict" -> throw encodeError(c.name, s, start, end, encodeReason(c));
            case "ignore" -> { }
            case "replace" -> {
                for (int k = start; k < end; k++) {
                    write(c, '?', out, map);
                }
            }
            case "backslashreplace", "xmlcharrefreplace", "namereplace" -> {
                StringBuilder sb = new StringBuilder();
                for (int k = start; k < end; k++) {
                    String name = errors.equals("namereplace") ? Unicode14Text.name(cps[k]) : null;
                    if (errors.equals("xmlcharrefreplace")) {
                        sb.append("&#").append(cps[k]).append(';');
                    } else if (name != null) {
                        sb.append("\\N{").append(name).append('}');
                    } else {
                        appendBackslashEscape(sb, cps[k]);
                    }
                }
                sb.chars().forEach(ch -> write(c, ch, out, map));
            }
            case "surrogateescape" -> {
                boolean byteCodec = c == Codec.UTF8 || c == Codec.ASCII || c == Codec.LATIN1;
                for (int k = start; k < end; k++) {
                    if (!byteCodec || cps[k] < 0xDC80 || cps[k] > 0xDCFF) {
                        throw encodeError(c.name, s, start, end, encodeReason(c));
                    }
                }
                for (int k = start; k < end; k++) {
                    out.write(cps[k] - 0xDC00);
                }
            }
            case "surrogatepass" -> {
                if (c == Codec.ASCII || c == Codec.LATIN1) {
                    throw encodeError(c.name, s, start, end, encodeReason(c));
                }
                for (int k = start; k < end; k++) {
                    if (c == Codec.UTF8) {
                        writeUtf8(cps[k], out);
                    } else if (c == Codec.UTF16 || c == Codec.UTF16LE || c == Codec.UTF16BE) {
                        writeUnit16(c, cps[k], out);
                    } else {
                        write(c, cps[k], out, map);
                    }
                }
            }
            default -> {
                PyException exc = encodeError(c.name, s, start, end, encodeReason(c));
                Object[] res = callRegistered(errors, exc, cps.length, true);
                if (res[0] instanceof PyBytes b) {
                    out.writeBytes(b.bytes);
                } else {
                    for (int cp : ((PyStr) res[0]).value().codePoints().toArray()) {
                        if (!encodable(c, cp, map)) {
                            throw exc;
                        }
                        write(c, cp, out, map);
                    }
                }
                return (int) res[1];
            }
        }
        return end;
    }

    /**
     * Finds the error handlers registered from Python ({@code codecs.register_error}) by name, null for none;
     * installed by the {@code _codecs} module. The built-in handler names never reach it.
     */
    public static volatile java.util.function.Function<String, Object> registeredHandlers;

    /** Calls the registered handler {@code errors} on {@code exc}: {replacement, resume position}, checked. */
    private static Object[] callRegistered(String errors, PyException exc, int length, boolean encode) {
        java.util.function.Function<String, Object> lookup = registeredHandlers;
        Object handler = lookup == null ? null : lookup.apply(errors);
        if (handler == null) {
            throw unknownHandler(errors);
        }
        return handlerResult(Ops.call(handler, exc.value), length, encode);
    }

    /**
     * An error handler's result checked as CPython does: {replacement (str, or bytes when encoding), resume
     * position as an Integer, a negative one counted from {@code length}}.
     */
    public static Object[] handlerResult(Object res, int length, boolean encode) {
        if (!(res instanceof PyTuple t) || t.items.length != 2
            || !(t.items[0] instanceof PyStr || encode && t.items[0] instanceof PyBytes) || !Ops.isInt(t.items[1])) {
            throw Exceptions.typeError(encode ? "encoding error handler must return (str/bytes, int) tuple"
                : "decoding error handler must return (str, int) tuple");
        }
        long pos = ((Number) Ops.intValue(t.items[1])).longValue();
        if (pos < 0) {
            pos += length;
        }
        if (pos < 0 || pos > length) {
            throw Exceptions.error(Exceptions.INDEX_ERROR, "position " + pos + " from error handler out of bounds");
        }
        return new Object[] {t.items[0], (int) pos};
    }

    /** unicode_escape (escapes all but printable ASCII) or raw_unicode_escape (\\u escapes above latin-1). */
    private static byte[] escapeEncode(String s, boolean raw) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (raw ? cp < 0x100 : cp >= 0x20 && cp < 0x7F && cp != '\\') {
                sb.append((char) cp);
            } else if (cp == '\\') {
                sb.append("\\\\");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else {
                appendBackslashEscape(sb, cp);
            }
        });
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static void appendBackslashEscape(StringBuilder sb, int cp) {
        if (cp < 0x100) {
            sb.append(String.format("\\x%02x", cp));
        } else if (cp < 0x10000) {
            sb.append(String.format("\\u%04x", cp));
        } else {
            sb.append(String.format("\\U%08x", cp));
        }
    }

    private static PyException unknownHandler(String errors) {
        return Exceptions.error(Exceptions.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
    }

    // ---- decoding --------------------------------------------------------------

    /** {@code bytes(b[off:off+len]).decode(encoding, errors)}. */
    public static String decode(byte[] b, int off, int len, String encoding, String errors) {
        Charmaps.Charmap map = Charmaps.find(normalize(encoding.toLowerCase(java.util.Locale.ROOT)));
        Codec c = map != null ? Codec.CHARMAP : lookupOrNull(encoding);
        if (c == null) {
            return decodeRegistered(b, off, len, encoding, errors);
        }
        try {
            return decode(c, b, off, len, errors, map);
        } catch (PyException e) {
            throw wrapped(e, "decoding", encoding);
        }
    }

    private static String decode(Codec c, byte[] b, int off, int len, String errors, Charmaps.Charmap map) {
        if (c == Codec.UTF8SIG) {
            boolean bom = len >= 3 && (b[off] & 0xFF) == 0xEF && (b[off + 1] & 0xFF) == 0xBB
                && (b[off + 2] & 0xFF) == 0xBF;
            int skip = bom ? 3 : 0;
            return decode(Codec.UTF8, b, off + skip, len - skip, errors, null);
        }
        Decoder d = new Decoder(b, off, len, errors);
        switch (c) {
            case UTF8, UTF8SIG -> d.utf8();
            case ASCII -> d.singleByte("ascii", 0x80, "ordinal not in range(128)");
            case LATIN1 -> d.singleByte("latin-1", 0x100, "");
            case UTF16 -> {
                boolean be = len >= 2 && (b[off] & 0xFF) == 0xFE && (b[off + 1] & 0xFF) == 0xFF;
                boolean le = len >= 2 && (b[off] & 0xFF) == 0xFF && (b[off + 1] & 0xFF) == 0xFE;
                d.utf16(be ? Codec.UTF16BE : Codec.UTF16LE, be || le ? 2 : 0);
            }
            case UTF16LE -> d.utf16(Codec.UTF16LE, 0);
            case UTF16BE -> d.utf16(Codec.UTF16BE, 0);
            case UTF32 -> {
                boolean be = len >= 4 && b[off] == 0 && b[off + 1] == 0 && (b[off + 2] & 0xFF) == 0xFE
                    && (b[off + 3] & 0xFF) == 0xFF;
                boolean le = len >= 4 && (b[off] & 0xFF) == 0xFF && (b[off + 1] & 0xFF) == 0xFE && b[off + 2] == 0
                    && b[off + 3] == 0;
                d.utf32(be ? Codec.UTF32BE : Codec.UTF32LE, be || le ? 4 : 0);
            }
            case UTF32LE -> d.utf32(Codec.UTF32LE, 0);
            case UTF32BE -> d.utf32(Codec.UTF32BE, 0);
            case UNICODE_ESCAPE -> d.unicodeEscape();
            case RAW_UNICODE_ESCAPE -> d.rawUnicodeEscape();
            case CHARMAP -> d.charmap(map);
            case UTF7 -> d.utf7(true);
        }
        return d.out.toString();
    }

    /**
     * {@code _codecs.utf_7_decode}: (str, bytes consumed); unless {@code last}, an unterminated
     * shift sequence at the end is left for the next call.
     */
    public static PyTuple decodeUtf7(byte[] b, String errors, boolean last) {
        Decoder d = new Decoder(b, 0, b.length, errors);
        int consumed = d.utf7(last);
        return PyTuple.of(PyStr.of(d.out.toString()), (long) consumed);
    }

    /** One decoding run: positions are relative to {@code off}. */
    private static final class Decoder {
        final byte[] b;
        final int off;
        final int len;
        final String errors;
        final StringBuilder out;
        String name;

        Decoder(byte[] b, int off, int len, String errors) {
            this.b = b;
            this.off = off;
            this.len = len;
            this.errors = errors;
            this.out = new StringBuilder(len);
        }

        int at(int i) {
            return b[off + i] & 0xFF;
        }

        void singleByte(String codec, int limit, String reason) {
            name = codec;
            int i = 0;
            while (i < len) {
                int x = at(i);
                if (x < limit) {
                    out.append((char) x);
                    i++;
                } else {
                    i = error(i, i + 1, reason, 0);
                }
            }
        }

        void utf8() {
            name = "utf-8";
            int i = 0;
            while (i < len) {
                int x = at(i);
                if (x < 0x80) {
                    out.append((char) x);
                    i++;
                    continue;
                }
                int need;
                int lo = 0x80;
                int hi = 0xBF;
                if (x >= 0xC2 && x <= 0xDF) {
                    need = 1;
                } else if (x >= 0xE0 && x <= 0xEF) {
                    need = 2;
                    if (x == 0xE0) {
                        lo = 0xA0;
                    } else if (x == 0xED) {
                        hi = 0x9F;
                    }
                } else if (x >= 0xF0 && x <= 0xF4) {
                    need = 3;
                    if (x == 0xF0) {
                        lo = 0x90;
                    } else if (x == 0xF4) {
                        hi = 0x8F;
                    }
                } else {
                    i = error(i, i + 1, "invalid start byte", 3);
                    continue;
                }
                int k = 1;
                boolean bad = false;
                while (k <= need) {
                    if (i + k >= len) {
                        break;
                    }
                    int y = at(i + k);
                    if (k == 1 ? y < lo || y > hi : y < 0x80 || y > 0xBF) {
                        bad = true;
                        break;
                    }
                    k++;
                }
                if (bad) {
                    i = error(i, i + k, "invalid continuation byte", 3);
                } else if (k <= need) {
                    i = error(i, len, "unexpected end of data", 3);
                } else {
                    int cp = x & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
                    for (int m = 1; m <= need; m++) {
                        cp = cp << 6 | at(i + m) & 0x3F;
                    }
                    out.appendCodePoint(cp);
                    i += need + 1;
                }
            }
        }

        void utf16(Codec c, int skip) {
            name = c.name;
            boolean be = c == Codec.UTF16BE;
            int i = skip;
            while (i < len) {
                if (i + 1 >= len) {
                    i = error(i, len, "truncated data", 2);
                    continue;
                }
                int u = unit16(i, be);
                if (u < 0xD800 || u > 0xDFFF) {
                    out.append((char) u);
                    i += 2;
                } else if (u >= 0xDC00) {
                    i = error(i, i + 2, "illegal encoding", 2);
                } else if (i + 3 >= len) {
                    i = error(i, len, "unexpected end of data", 2);
                } else {
                    int v = unit16(i + 2, be);
                    if (v >= 0xDC00 && v <= 0xDFFF) {
                        out.append((char) u).append((char) v);
                        i += 4;
                    } else {
                        i = error(i, i + 2, "illegal UTF-16 surrogate", 2);
                    }
                }
            }
        }

        int unit16(int i, boolean be) {
            return be ? at(i) << 8 | at(i + 1) : at(i + 1) << 8 | at(i);
        }

        void utf32(Codec c, int skip) {
            name = c.name;
            boolean be = c == Codec.UTF32BE;
            int i = skip;
            while (i < len) {
                if (i + 3 >= len) {
                    i = error(i, len, "truncated data", 4);
                    continue;
                }
                long cp = unit32(i, be);
                if (cp > 0x10FFFF) {
                    i = error(i, i + 4, "code point not in range(0x110000)", 4);
                } else if (cp >= 0xD800 && cp < 0xE000) {
                    i = error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", 4);
                } else {
                    out.appendCodePoint((int) cp);
                    i += 4;
                }
            }
        }

        /** A single-byte code page: each byte through its table. */
        void charmap(Charmaps.Charmap map) {
            name = "charmap";
            int i = 0;
            while (i < len) {
                int cp = map.decode(at(i));
                if (cp < 0) {
                    i = error(i, i + 1, "character maps to <undefined>", 0);
                } else {
                    out.append((char) cp);
                    i++;
                }
            }
        }

        /** The Python escapes: \\n, \\x.., \\u...., \\U........, \\N{...}, octal; bytes above ASCII are latin-1. */
        void unicodeEscape() {
            name = "unicodeescape";
            int i = 0;
            while (i < len) {
                int x = at(i);
                if (x != '\\') {
                    out.append((char) x);
                    i++;
                    continue;
                }
                if (i + 1 >= len) {
                    i = error(i, len, "\\ at end of string", 0);
                    continue;
                }
                int e = at(i + 1);
                switch (e) {
                    case '\n' -> i += 2;
                    case '\\', '\'', '"' -> {
                        out.append((char) e);
                        i += 2;
                    }
                    case 'a', 'b', 'f', 'n', 'r', 't', 'v' -> {
                        out.append("\u0007\b\f\n\r\t\u000b".charAt("abfnrtv".indexOf(e)));
                        i += 2;
                    }
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        int v = 0;
                        int k = i + 1;
                        while (k < len && k < i + 4 && at(k) >= '0' && at(k) <= '7') {
                            v = v * 8 + at(k) - '0';
                            k++;
                        }
                        out.append((char) v);
                        i = k;
                    }
                    case 'x' -> i = hexEscape(i, 2, "truncated \\xXX escape", "illegal Unicode character");
                    case 'u' -> i = hexEscape(i, 4, "truncated \\uXXXX escape", "illegal Unicode character");
                    case 'U' -> i = hexEscape(i, 8, "truncated \\UXXXXXXXX escape", "illegal Unicode character");
                    case 'N' -> i = namedEscape(i);
                    default -> {
                        out.append('\\').append((char) e);
                        i += 2;
                    }
                }
            }
        }

        /** Only \\u and \\U escapes, and only after an odd number of backslashes; bytes are latin-1. */
        void rawUnicodeEscape() {
            name = "rawunicodeescape";
            int i = 0;
            int backslashes = 0;
            while (i < len) {
                int x = at(i);
                if (x == '\\' && backslashes % 2 == 0 && i + 1 < len && (at(i + 1) == 'u' || at(i + 1) == 'U')) {
                    boolean big = at(i + 1) == 'U';
                    i = hexEscape(i, big ? 8 : 4, big ? "truncated \\UXXXXXXXX escape" : "truncated \\uXXXX escape",
                        "\\Uxxxxxxxx out of range");
                    backslashes = 0;
                    continue;
                }
                backslashes = x == '\\' ? backslashes + 1 : 0;
                out.append((char) x);
                i++;
            }
        }

        /** The escape of {@code digits} hex digits whose backslash is at {@code i}; returns where decoding resumes. */
        private int hexEscape(int i, int digits, String truncated, String outOfRange) {
            int v = 0;
            int k = i + 2;
            while (k < len && k < i + 2 + digits && Character.digit(at(k), 16) >= 0) {
                v = v << 4 | Character.digit(at(k), 16);
                k++;
            }
            if (k < i + 2 + digits) {
                return error(i, k, truncated, 0);
            }
            if (Integer.compareUnsigned(v, 0x10FFFF) > 0) {
                return error(i, k, outOfRange, 0);
            }
            out.appendCodePoint(v);
            return k;
        }

        /** {@code \\N{name}} with its backslash at {@code i}. */
        private int namedEscape(int i) {
            if (i + 2 >= len || at(i + 2) != '{') {
                return error(i, Math.min(i + 2, len), "malformed \\N character escape", 0);
            }
            int close = i + 3;
            while (close < len && at(close) != '}') {
                close++;
            }
            if (close >= len || close == i + 3) {
                return error(i, close >= len ? len : i + 3, "malformed \\N character escape", 0);
            }
            String n = new String(b, off + i + 3, close - i - 3, java.nio.charset.StandardCharsets.ISO_8859_1);
            int cp = taipan.parser.UnicodeNames.lookup(n);
            if (cp < 0) {
                return error(i, close + 1, "unknown Unicode character name", 0);
            }
            out.appendCodePoint(cp);
            return close + 1;
        }

        long unit32(int i, boolean be) {
            return be ? (long) at(i) << 24 | at(i + 1) << 16 | at(i + 2) << 8 | at(i + 3)
                : (long) at(i + 3) << 24 | at(i + 2) << 16 | at(i + 1) << 8 | at(i);
        }

        /**
         * UTF-7 (RFC 2152) as CPython decodes it; returns the bytes consumed: all, unless not
         * {@code last} and the input ends inside a shift sequence (then its output is dropped too).
         */
        int utf7(boolean last) {
            name = "utf7";
            boolean inShift = false;
            int bits = 0;
            long buffer = 0;
            int surrogate = 0;
            int shiftStart = 0;
            int shiftOutStart = 0;
            int i = 0;
            while (true) {
                while (i < len) {
                    int ch = at(i);
                    if (inShift) {
                        if (Utf7.isBase64(ch)) {
                            buffer = buffer << 6 | Utf7.fromBase64(ch);
                            bits += 6;
                            i++;
                            if (bits >= 16) {
                                char unit = (char) (buffer >> (bits - 16));
                                bits -= 16;
                                buffer &= (1L << bits) - 1;
                                if (surrogate != 0) {
                                    if (Character.isLowSurrogate(unit)) {
                                        out.appendCodePoint(Character.toCodePoint((char) surrogate, unit));
                                        surrogate = 0;
                                        continue;
                                    }
                                    out.append((char) surrogate);
                                    surrogate = 0;
                                }
                                if (Character.isHighSurrogate(unit)) {
                                    surrogate = unit;
                                } else {
                                    out.append(unit);
                                }
                            }
                            continue;
                        }
                        inShift = false;
                        if (bits >= 6) {
                            i = error(shiftStart, i + 1, "partial character in shift sequence", 0);
                            continue;
                        }
                        if (buffer != 0) {
                            i = error(shiftStart, i + 1, "non-zero padding bits in shift sequence", 0);
                            continue;
                        }
                        if (surrogate != 0 && ch != '+' && ch < 0x80) {
                            out.append((char) surrogate);
                        }
                        surrogate = 0;
                        if (ch == '-') {
                            i++; // the '-' ending a shift sequence is absorbed
                        }
                    } else if (ch == '+') {
                        shiftStart = i++;
                        if (i < len && at(i) == '-') {
                            i++;
                            out.append('+');
                        } else if (i < len && !Utf7.isBase64(at(i))) {
                            i = error(shiftStart, i + 1, "ill-formed sequence", 0);
                        } else {
                            inShift = true;
                            surrogate = 0;
                            shiftOutStart = out.length();
                            bits = 0;
                            buffer = 0;
                        }
                    } else if (ch < 0x80) {
                        out.append((char) ch);
                        i++;
                    } else {
                        i = error(i, i + 1, "unexpected special character", 0);
                    }
                }
                if (inShift && last) {
                    inShift = false;
                    if (surrogate != 0 || bits >= 6 || bits > 0 && buffer != 0) {
                        i = error(shiftStart, len, "unterminated shift sequence", 0);
                        if (i < len) {
                            continue;
                        }
                    }
                }
                break;
            }
            if (inShift) {
                out.setLength(shiftOutStart);
                return shiftStart;
            }
            return i;
        }

        /** Applies the error handler to bytes [start, end); returns where decoding resumes. */
        int error(int start, int end, String reason, int unit) {
            switch (errors) {
                case "strict" -> throw decodeFailure(start, end, reason);
                case "ignore" -> {
                    return end;
                }
                case "replace" -> {
                    out.append('\uFFFD');
                    return end;
                }
                case "backslashreplace" -> {
                    for (int k = start; k < end; k++) {
                        out.append(String.format("\\x%02x", at(k)));
                    }
                    return end;
                }
                case "surrogateescape" -> {
                    for (int k = start; k < end; k++) {
                        if (at(k) < 0x80) {
                            throw decodeFailure(start, end, reason);
                        }
                    }
                    for (int k = start; k < end; k++) {
                        out.append((char) (0xDC00 + at(k)));
                    }
                    return end;
                }
                case "surrogatepass" -> {
                    int s = surrogateAt(start, unit);
                    if (s < 0) {
                        throw decodeFailure(start, end, reason);
                    }
                    out.append((char) s);
                    return start + unit;
                }
                case "xmlcharrefreplace", "namereplace" ->
                    throw Exceptions.typeError("don't know how to handle UnicodeDecodeError in error callback");
                default -> {
                    Object[] res = callRegistered(errors, decodeFailure(start, end, reason), len, false);
                    out.append(((PyStr) res[0]).value());
                    return (int) res[1];
                }
            }
        }

        /** The surrogate encoded at {@code i} in this codec, or -1. */
        private int surrogateAt(int i, int unit) {
            if (i + unit > len) {
                return -1;
            }
            int v;
            if (unit == 3) {
                if (at(i) != 0xED || at(i + 1) < 0xA0 || at(i + 1) > 0xBF || at(i + 2) < 0x80 || at(i + 2) > 0xBF) {
                    return -1;
                }
                v = 0xD000 | (at(i + 1) & 0x3F) << 6 | at(i + 2) & 0x3F;
            } else if (unit == 2) {
                v = unit16(i, name.endsWith("be"));
            } else if (unit == 4) {
                long w = unit32(i, name.endsWith("be"));
                v = w > 0xFFFF ? -1 : (int) w;
            } else {
                return -1;
            }
            return v >= 0xD800 && v <= 0xDFFF ? v : -1;
        }

        PyException decodeFailure(int start, int end, String reason) {
            byte[] whole = java.util.Arrays.copyOfRange(b, off, off + len);
            return decodeError(name, whole, start, end, reason);
        }
    }

    // ---- the exceptions ------------------------------------------------------

    /** A UnicodeEncodeError for code points [start, end) of {@code s}. */
    public static PyException encodeError(String encoding, String s, int start, int end, String reason) {
        return unicodeError(Exceptions.UNICODE_ENCODE_ERROR, encoding, PyStr.of(s), start, end, reason);
    }

    /** A UnicodeDecodeError for bytes [start, end) of {@code b}. */
    public static PyException decodeError(String encoding, byte[] b, int start, int end, String reason) {
        return unicodeError(Exceptions.UNICODE_DECODE_ERROR, encoding, new PyBytes(b), start, end, reason);
    }

    private static PyException unicodeError(PyType type, String encoding, Object object, int start, int end,
                                            String reason) {
        return ExceptionMethods.create(type, PyStr.of(encoding), object, (long) start, (long) end, PyStr.of(reason));
    }
}
