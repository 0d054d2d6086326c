package taipan.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * One unit of Python source prepared for the tokenizer, and the single place
 * where source positions become {@link PythonSyntaxError} positions.
 *
 * <p>Contract:
 * <ul>
 * <li>{@link #fromBytes} behaves like CPython 3.11's string tokenizer on
 *     {@code compile(bytes, ...)}/{@code ast.parse(bytes)}: newlines are
 *     translated ({@code \r\n} and {@code \r} become {@code \n}), a final
 *     {@code \n} is added for exec input, a UTF-8 BOM is removed, a PEP 263
 *     cookie on line 1 or 2 selects the codec and the text is re-encoded as
 *     UTF-8. Without BOM or cookie the bytes are NOT validated here: like
 *     CPython, invalid UTF-8 is only noticed where it is used (identifiers by
 *     the tokenizer, string literals by the parser). Set-up errors are thrown
 *     as CPython's tokenizer-initialisation SyntaxError (line 0, offset -1,
 *     no end, no text).</li>
 * <li>{@link #fromScript} is a script run as {@code python3 script.py}
 *     (CPython's file tokenizer), whose decoding errors and error texts differ.</li>
 * <li>{@link #fromString} is source given as {@code str}: no cookie or BOM
 *     processing; the encoding counts as declared.</li>
 * <li>Lines are 1-based in this source's own numbering (a tokenizer for an
 *     f-string sub-expression reports shifted lines; callers map them back),
 *     columns 0-based UTF-8 byte offsets. {@link #error} and
 *     {@link #errorAtOffsets} convert to CPython's 1-based character offsets
 *     exactly as {@code _PyPegen_raise_error_known_location} does, including
 *     its quirk of leaving byte offsets unconverted when bytes declared no
 *     encoding, and pick the error text as pegen does: the tokenizer's
 *     current buffer (newline included, possibly several lines) for an error
 *     at or after the tokenizer's line, the bare line for earlier lines, the
 *     whole reread line for scripts.</li>
 * <li>NUL bytes are not special here: callers reject them first, as
 *     {@code compile()} does.</li>
 * </ul>
 */
public final class SourceFile {
    private final String filename;
    private final byte[] utf8;
    /** Byte offset where each line starts; lineStarts[n - 1] is line n; one extra entry = length. */
    private final int[] lineStarts;
    private final int lineCount;
    /** CPython's tok->encoding != NULL: error columns are converted to characters. */
    private final boolean encodingDeclared;
    /** Script mode (CPython's file tokenizer): lines are checked for UTF-8 as they are read. */
    private final boolean checkUtf8Lines;
    /** Script mode: error texts are whole lines as CPython rereads them from the file. */
    private final boolean scriptMode;
    /** Script mode: the file starts with a BOM (CPython's reread first line keeps it). */
    private final boolean scriptBom;
    /** Script mode: the file's last line has no newline (so its reread text has none). */
    private final boolean lastLineUnterminated;

    // What the tokenizer last reported about its buffer (CPython's tok->lineno, tok->buf, tok->inp),
    // used to pick the error text the way pegen does. See noteTokenizerBuffer.
    private int tokLine;
    private int tokBuf;
    private int tokInp;

    /** Where the tokenizer, parser and compiler send their warnings; null: warnings are dropped. */
    private WarningSink warnings;

    /**
     * Receives compile-time warnings as CPython's {@code PyErr_WarnExplicitObject(category,
     * message, filename, lineno, NULL, NULL)}. Returns true when the warnings filters turned the
     * warning into an exception of that category: the caller then raises a SyntaxError with the
     * same message at the warning's location instead, as CPython does. Other exceptions raised
     * by the warnings machinery propagate.
     */
    @FunctionalInterface
    public interface WarningSink {
        boolean warn(String category, String message, String filename, int lineno);
    }

    private SourceFile(String filename, byte[] utf8, boolean encodingDeclared) {
        this(filename, utf8, encodingDeclared, false, false, false, false);
    }

    private SourceFile(String filename, byte[] utf8, boolean encodingDeclared, boolean scriptMode,
                       boolean checkUtf8Lines, boolean bom, boolean lastLineUnterminated) {
        this.filename = filename;
        this.utf8 = utf8;
        this.encodingDeclared = encodingDeclared;
        this.scriptMode = scriptMode;
        this.checkUtf8Lines = checkUtf8Lines;
        this.scriptBom = bom;
        this.lastLineUnterminated = lastLineUnterminated;
        int n = 0;
        for (byte b : utf8) if (b == '\n') n++;
        boolean partial = utf8.length > 0 && utf8[utf8.length - 1] != '\n';
        lineCount = n + (partial ? 1 : 0);
        lineStarts = new int[lineCount + 1];
        int line = 1;
        for (int i = 0; i < utf8.length && line < lineCount; i++) {
            if (utf8[i] == '\n') lineStarts[line++] = i + 1;
        }
        lineStarts[lineCount] = utf8.length;
    }

    /** Source given as bytes, exec input (a final newline is added). */
    public static SourceFile fromBytes(byte[] raw, String filename) {
        return fromBytes(raw, filename, true);
    }

    /**
     * Source given as bytes. {@code execInput} is CPython's exec_input: true for
     * 'exec' mode (a missing final newline is added), false for eval/single.
     */
    public static SourceFile fromBytes(byte[] raw, String filename, boolean execInput) {
        return decode(translateNewlines(raw, 0, raw.length, execInput), filename, false, false);
    }

    /**
     * A script file as CPython's file tokenizer reads it ({@code python3 script.py}):
     * like {@link #fromBytes} but without the trailing-CRLF quirk, with
     * "encoding problem: X" for an unusable cookie, with every line checked
     * for UTF-8 when it is read if no encoding is declared ("Non-UTF-8 code
     * starting with ..." raised by the tokenizer when it gets there) and with
     * error texts taken as whole lines, as CPython rereads them from the file.
     */
    public static SourceFile fromScript(byte[] raw, String filename) {
        byte[] text = translateNewlines(raw, 0, raw.length, false);
        boolean unterminated = text.length > 0 && text[text.length - 1] != '\n';
        if (unterminated) {
            text = Arrays.copyOf(text, text.length + 1);
            text[text.length - 1] = '\n';
        }
        return decode(text, filename, true, unterminated);
    }

    private static SourceFile decode(byte[] text, String filename, boolean script, boolean unterminated) {
        int start = 0;
        boolean bom = text.length >= 3 && (text[0] & 0xFF) == 0xEF && (text[1] & 0xFF) == 0xBB
                && (text[2] & 0xFF) == 0xBF;
        if (bom) start = 3;
        String cookie = null;
        int nl1 = indexOf(text, start, (byte) '\n');
        if (nl1 >= 0) {
            cookie = codingSpec(text, start, nl1);
            if (cookie == null && isBlankOrComment(text, start, nl1)) {
                int nl2 = indexOf(text, nl1 + 1, (byte) '\n');
                if (nl2 >= 0) cookie = codingSpec(text, nl1 + 1, nl2);
            }
        }
        if (cookie != null && bom && !cookie.equals("utf-8")) {
            String msg = "encoding problem: " + cookie + " with BOM";
            throw script ? scriptInitError(msg) : initError(msg, filename);
        }
        boolean declared = bom || cookie != null;
        byte[] body;
        if (cookie == null || cookie.equals("utf-8")) {
            body = start == 0 ? text : Arrays.copyOfRange(text, start, text.length);
        } else if (script) {
            try {
                body = recode(text, start, cookie, filename);
            } catch (PythonSyntaxError e) {
                throw scriptInitError("encoding problem: " + cookie);
            }
        } else {
            body = recode(text, start, cookie, filename);
        }
        if (!script) return new SourceFile(filename, body, declared);
        return new SourceFile(filename, body, declared, true, !declared, bom, unterminated);
    }

    /** Source given as a str, exec input. */
    public static SourceFile fromString(String text, String filename) {
        return fromString(text, filename, true);
    }

    /** Source given as a str; see {@link #fromBytes(byte[], String, boolean)} for execInput. */
    public static SourceFile fromString(String text, String filename, boolean execInput) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return new SourceFile(filename, translateNewlines(b, 0, b.length, execInput), true);
    }

    public String filename() {
        return filename;
    }

    /** Sends this source's warnings to {@code sink} (null drops them). */
    public SourceFile withWarnings(WarningSink sink) {
        this.warnings = sink;
        return this;
    }

    /** The sink set by {@link #withWarnings}, or null. */
    public WarningSink warnings() {
        return warnings;
    }

    /**
     * Issues a warning of {@code category} (a built-in warning class name) at {@code lineno};
     * true when it is to become a SyntaxError (see {@link WarningSink}).
     */
    public boolean warn(String category, String message, int lineno) {
        return warnings != null && warnings.warn(category, message, filename, lineno);
    }

    /** The UTF-8 bytes the tokenizer scans (shared, do not modify). */
    public byte[] utf8() {
        return utf8;
    }

    /** Number of lines (a last line without newline counts). */
    public int lineCount() {
        return lineCount;
    }

    /** Byte offset in {@link #utf8()} where 1-based {@code line} starts (line count + 1: the length). */
    public int lineOffset(int line) {
        if (line < 1) return 0;
        return line > lineCount ? utf8.length : lineStarts[line - 1];
    }

    /** The text of 1-based {@code line} without its newline; "" when out of range. */
    public String lineText(int line) {
        if (line < 1 || line > lineCount) return "";
        int s = lineStarts[line - 1];
        int e = lineStarts[line];
        if (e > s && utf8[e - 1] == '\n') e--;
        return decodeReplace(s, e - s);
    }

    /** Whether columns in errors are converted to characters (CPython: tok->encoding is set). */
    public boolean encodingDeclared() {
        return encodingDeclared;
    }

    /**
     * The character offset of byte column {@code byteCol} of {@code line}:
     * the number of characters the first byteCol bytes decode to (a partial
     * character counts as one, as with the "replace" error handler).
     */
    public int charColumn(int line, int byteCol) {
        if (line < 1 || line > lineCount || byteCol <= 0) return Math.max(byteCol, 0);
        int s = lineStarts[line - 1];
        int e = lineStarts[line];
        return charCount(s, Math.min(byteCol, e - s));
    }

    /** Number of characters that utf8[off, off+len) decodes to with errors="replace". */
    public int charCount(int off, int len) {
        int n = 0;
        int i = off;
        int end = off + len;
        while (i < end) {
            if (utf8[i] >= 0) {
                i++;
                n++;
            } else {
                String rest = decodeReplace(i, end - i);
                return n + rest.codePointCount(0, rest.length());
            }
        }
        return n;
    }

    /** utf8[off, off+len) decoded with errors="replace". */
    public String decodeReplace(int off, int len) {
        return new String(utf8, off, len, StandardCharsets.UTF_8);
    }

    /**
     * Script mode without a declared encoding: the error CPython's file
     * tokenizer raises when it reads line {@code line} (bytes [off, end)) and
     * it is not UTF-8, or null. The tokenizer calls this for each line it reads.
     */
    public PythonSyntaxError checkLine(int line, int off, int end) {
        if (!checkUtf8Lines) return null;
        for (int i = off; i < end; i++) {
            if (utf8[i] < 0) {
                if (Utf8Check.firstError(utf8, off, end - off, "utf-8") == null) return null;
                int bad = badByte(off, end);
                return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, String.format(
                        "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                                + "see https://peps.python.org/pep-0263/ for details", bad, filename, line),
                        null, PythonSyntaxError.NONE, PythonSyntaxError.NONE, PythonSyntaxError.NONE,
                        PythonSyntaxError.NONE, null);
            }
        }
        return null;
    }

    /** The first byte where CPython's valid_utf8 scan (lead byte and continuation bytes only) fails. */
    private int badByte(int off, int end) {
        int i = off;
        while (i < end) {
            int c = utf8[i] & 0xFF;
            int n = c < 0x80 ? 1 : c < 0xC0 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF8 ? 4 : 0;
            for (int k = 1; k < n && n > 0; k++) {
                if (i + k >= end || (utf8[i + k] & 0xC0) != 0x80) n = 0;
            }
            if (n == 0) return c;
            i += n;
        }
        return 0;
    }

    /**
     * Records the tokenizer's buffer state (CPython's tok->lineno, tok->buf and
     * tok->inp as byte offsets). Called by the tokenizer; it decides which text
     * an error on a given line gets.
     */
    public void noteTokenizerBuffer(int lineno, int bufStart, int inp) {
        tokLine = lineno;
        tokBuf = bufStart;
        tokInp = inp;
    }

    /**
     * The SyntaxError CPython's RAISE_ERROR_KNOWN_LOCATION builds: byteCol and
     * endByteCol are 0-based byte columns (an endByteCol of -1 gives end offset 0).
     */
    public PythonSyntaxError error(PythonSyntaxError.Kind kind, String msg, int line, int byteCol,
                                   int endLine, int endByteCol) {
        return errorAtOffsets(kind, msg, line, byteCol + 1, endLine, endByteCol + 1);
    }

    /**
     * The SyntaxError {@code _PyPegen_raise_error_known_location} builds from
     * 1-based byte offsets: offsets are converted to characters when the
     * encoding is declared (an end offset &lt;= 0 is kept as is); the text is
     * the tokenizer's current buffer (with its newline) when line is at or
     * after the tokenizer's line, otherwise that line without newline.
     */
    public PythonSyntaxError errorAtOffsets(PythonSyntaxError.Kind kind, String msg, int line, int offset,
                                            int endLine, int endOffset) {
        String text;
        if (scriptMode && line >= 1 && line <= lineCount) {
            text = lineText(line) + (line == lineCount && lastLineUnterminated ? "" : "\n");
            if (line == 1 && scriptBom) text = "\ufeff" + text;
        } else if (tokLine <= line && tokInp > tokBuf) {
            text = decodeReplace(tokBuf, tokInp - tokBuf);
        } else {
            text = scriptMode ? "" : lineText(line);
        }
        int col = offset;
        int endCol = endOffset;
        if (encodingDeclared) {
            byte[] lineBytes = text.getBytes(StandardCharsets.UTF_8);
            col = offsetToChars(lineBytes, offset);
            if (endCol > 0) endCol = offsetToChars(lineBytes, endCol);
        }
        return new PythonSyntaxError(kind, msg, filename, line, col, endLine, endCol, text);
    }

    /**
     * CPython's _PyPegen_byte_offset_to_character_offset: decode the first
     * offset bytes of the error text's UTF-8 form (one past the end counts the
     * C string's NUL) and count the characters.
     */
    private static int offsetToChars(byte[] line, int offset) {
        if (offset <= 0) return 0;
        int n = Math.min(offset, line.length);
        String prefix = new String(line, 0, n, StandardCharsets.UTF_8);
        return prefix.codePointCount(0, prefix.length()) + (offset > line.length ? 1 : 0);
    }

    // ---- decoding -------------------------------------------------------------------------

    private static PythonSyntaxError initError(String msg, String filename) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, filename, 0, -1,
                PythonSyntaxError.NONE, PythonSyntaxError.NONE, null);
    }

    /**
     * CPython's translate_newlines: \r\n and \r become \n; for exec input a
     * \n is added unless the last character examined was one, and (a CPython
     * quirk) input ending in \r\n counts as not ending in a newline.
     */
    /** Script mode's set-up errors carry no location at all. */
    private static PythonSyntaxError scriptInitError(String msg) {
        int none = PythonSyntaxError.NONE;
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, null, none, none, none, none, null);
    }

    private static byte[] translateNewlines(byte[] s, int from, int to, boolean execInput) {
        byte[] out = new byte[to - from + 1];
        int o = 0;
        int last = 0;
        for (int i = from; i < to; i++) {
            byte c = s[i];
            if (c == '\r') {
                out[o++] = '\n';
                last = '\n';
                if (i + 1 < to && s[i + 1] == '\n') {
                    i++;
                    if (i + 1 == to) last = 0;
                }
            } else {
                out[o++] = c;
                last = c;
            }
        }
        if (execInput && last != '\n') out[o++] = '\n';
        return o == out.length ? out : Arrays.copyOf(out, o);
    }

    private static int indexOf(byte[] b, int from, byte c) {
        for (int i = from; i < b.length; i++) if (b[i] == c) return i;
        return -1;
    }

    private static boolean isBlankOrComment(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            byte c = b[i];
            if (c == '#') return true;
            if (c != ' ' && c != '\t' && c != '\f') return false;
        }
        return true;
    }

    /** CPython's get_coding_spec on the line b[s, e) (without its newline); normalized name or null. */
    private static String codingSpec(byte[] b, int s, int e) {
        int size = e - s;
        int i = 0;
        for (; i < size - 6; i++) {
            byte c = b[s + i];
            if (c == '#') break;
            if (c != ' ' && c != '\t' && c != '\f') return null;
        }
        for (; i < size - 6; i++) {
            int t = s + i;
            if (b[t] == 'c' && b[t + 1] == 'o' && b[t + 2] == 'd' && b[t + 3] == 'i' && b[t + 4] == 'n'
                    && b[t + 5] == 'g') {
                t += 6;
                if (b[t] != ':' && b[t] != '=') continue;
                do t++; while (t < e && (b[t] == ' ' || b[t] == '\t'));
                int begin = t;
                while (t < e && (isAlnum(b[t]) || b[t] == '-' || b[t] == '_' || b[t] == '.')) t++;
                if (begin < t) return normalName(new String(b, begin, t - begin, StandardCharsets.ISO_8859_1));
            }
        }
        return null;
    }

    private static boolean isAlnum(byte c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** CPython's get_normal_name: utf-8 and latin-1 spellings (first 12 chars) are normalized. */
    private static String normalName(String s) {
        String head = s.length() > 12 ? s.substring(0, 12) : s;
        String buf = head.replace('_', '-').toLowerCase(Locale.ROOT);
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) return "utf-8";
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    /** Python codec names the JDK does not know under the same spelling. */
    private static final Map<String, String> PY_ALIASES = Map.ofEntries(
            Map.entry("utf8", "UTF-8"), Map.entry("u8", "UTF-8"), Map.entry("utf", "UTF-8"),
            Map.entry("cp65001", "UTF-8"), Map.entry("utf_8", "UTF-8"),
            Map.entry("latin", "ISO-8859-1"), Map.entry("latin1", "ISO-8859-1"), Map.entry("l1", "ISO-8859-1"),
            Map.entry("8859", "ISO-8859-1"), Map.entry("cp819", "ISO-8859-1"),
            Map.entry("ascii", "US-ASCII"), Map.entry("646", "US-ASCII"), Map.entry("us_ascii", "US-ASCII"),
            Map.entry("latin2", "ISO-8859-2"), Map.entry("latin_2", "ISO-8859-2"), Map.entry("l2", "ISO-8859-2"),
            Map.entry("latin3", "ISO-8859-3"), Map.entry("latin4", "ISO-8859-4"), Map.entry("cyrillic", "ISO-8859-5"),
            Map.entry("arabic", "ISO-8859-6"), Map.entry("greek", "ISO-8859-7"), Map.entry("hebrew", "ISO-8859-8"),
            Map.entry("latin5", "ISO-8859-9"), Map.entry("latin9", "ISO-8859-15"), Map.entry("l9", "ISO-8859-15"),
            Map.entry("latin_9", "ISO-8859-15"), Map.entry("sjis", "Shift_JIS"), Map.entry("s_jis", "Shift_JIS"),
            Map.entry("mac_roman", "x-MacRoman"), Map.entry("macroman", "x-MacRoman"),
            Map.entry("mac_cyrillic", "x-MacCyrillic"), Map.entry("mac_greek", "x-MacGreek"),
            Map.entry("mac_latin2", "x-MacCentralEurope"), Map.entry("mac_turkish", "x-MacTurkish"),
            Map.entry("mac_iceland", "x-MacIceland"), Map.entry("utf_16", "UTF-16"), Map.entry("utf16", "UTF-16"),
            Map.entry("utf_32", "UTF-32"), Map.entry("utf32", "UTF-32"), Map.entry("euc_jp", "EUC-JP"),
            Map.entry("euc_kr", "EUC-KR"), Map.entry("koi8_r", "KOI8-R"), Map.entry("koi8_u", "KOI8-U"),
            Map.entry("iso2022_jp", "ISO-2022-JP"), Map.entry("iso2022_kr", "ISO-2022-KR"),
            Map.entry("gb2312", "GB2312"), Map.entry("gbk", "GBK"), Map.entry("gb18030", "GB18030"),
            Map.entry("big5", "Big5"), Map.entry("big5hkscs", "Big5-HKSCS"), Map.entry("cp932", "windows-31j"),
            Map.entry("ms932", "windows-31j"), Map.entry("mskanji", "windows-31j"), Map.entry("ms_kanji", "windows-31j"));

    /** The JDK charset for a Python codec name, or null (CPython: "unknown encoding"). */
    static Charset pythonCharset(String name) {
        String norm = name.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        String alias = PY_ALIASES.get(norm);
        try {
            if (alias != null) return Charset.forName(alias);
            if (norm.startsWith("windows_") || norm.startsWith("iso8859_") || norm.startsWith("iso_8859_")) {
                String digits = norm.substring(norm.lastIndexOf('_') + 1);
                return Charset.forName((norm.startsWith("windows") ? "windows-" : "ISO-8859-") + digits);
            }
            if (Charset.isSupported(name)) return Charset.forName(name);
            if (Charset.isSupported(norm)) return Charset.forName(norm);
            String dashed = norm.replace('_', '-');
            if (Charset.isSupported(dashed)) return Charset.forName(dashed);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static byte[] recode(byte[] text, int start, String cookie, String filename) {
        Charset cs = pythonCharset(cookie);
        if (cs == null) throw initError("unknown encoding: " + cookie, filename);
        int len = text.length - start;
        if (cs.equals(StandardCharsets.UTF_8)) {
            String err = Utf8Check.firstError(text, start, len, "utf-8");
            if (err != null) throw initError(err, filename);
            return start == 0 ? text : Arrays.copyOfRange(text, start, text.length);
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(text, start, len);
        CharBuffer out = CharBuffer.allocate(len * 2 + 16);
        CoderResult r = dec.decode(in, out, true);
        if (r.isUnderflow()) r = dec.flush(out);
        if (r.isError()) {
            int pos = in.position() - start;
            throw initError(decodeErrorMessage(cs, cookie, text, in.position(), pos, r.length()), filename);
        }
        out.flip();
        try {
            ByteBuffer bb = StandardCharsets.UTF_8.newEncoder().encode(out);
            return Arrays.copyOf(bb.array(), bb.limit());
        } catch (CharacterCodingException e) {
            throw initError("'utf-8' codec can't encode characters: surrogates not allowed", filename);
        }
    }

    /** An approximation of the message of Python's UnicodeDecodeError for a non-UTF-8 codec. */
    private static String decodeErrorMessage(Charset cs, String cookie, byte[] b, int at, int pos, int n) {
        String codec;
        String reason;
        String csName = cs.name();
        if (csName.equals("US-ASCII")) {
            codec = "ascii";
            reason = "ordinal not in range(128)";
        } else if (csName.startsWith("windows-") || csName.startsWith("x-Mac") || csName.startsWith("KOI8")
                || csName.startsWith("ISO-8859") || csName.startsWith("IBM")) {
            codec = "charmap";
            reason = "character maps to <undefined>";
        } else {
            codec = cookie.toLowerCase(Locale.ROOT).replace('-', '_');
            reason = "illegal multibyte sequence";
        }
        if (n <= 1) {
            return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, b[at] & 0xFF,
                    pos, reason);
        }
        return String.format("'%s' codec can't decode bytes in position %d-%d: %s", codec, pos, pos + n - 1,
                reason);
    }
}
