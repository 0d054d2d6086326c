package taipan.tokenizer;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import taipan.source.PythonSyntaxError;
import taipan.source.PythonSyntaxError.Kind;
import taipan.source.SourceFile;
import taipan.source.Utf8Check;

/**
 * CPython 3.11's tokenizer (Parser/tokenizer.c, string input) over the UTF-8
 * bytes of a {@link SourceFile}: the same tokens, the same positions, the same
 * errors.
 *
 * <p>Contract:
 * <ul>
 * <li>{@link #next()} is lazy: it scans only as far as the token it returns,
 *     so an error later in the file fires only when the caller gets there.</li>
 * <li>Positions are the C tokenizer's: line 1-based; columns 0-based UTF-8
 *     byte offsets; a STRING starts on its first line; NEWLINE is empty and sits
 *     on its '\n'; INDENT, DEDENT, ENDMARKER and ERRORTOKEN have column -1 (C's
 *     NULL start/end), their line being the tokenizer's current line.</li>
 * <li>Errors CPython's tokenizer raises itself (syntaxerror/indenterror with
 *     an exception set) are thrown from {@link #next()} as
 *     {@link PythonSyntaxError}; errors it leaves to the parser (tok->done set,
 *     no exception: EOF, bad dedent, tabs/spaces, too deep, bad line
 *     continuation, undecodable identifier) are returned as
 *     {@link TokenType#ERRORTOKEN}, and {@link #deferredError()} builds the
 *     exception pegen's tokenizer-error handler would.</li>
 * <li>The second constructor is for f-string sub-expressions: lines are
 *     offset so the first line is {@code startingLineno}, and columns are
 *     shifted by {@code startingColOffset} while the tokenizer is on that line,
 *     exactly as pegen's token filling does.</li>
 * </ul>
 */
public final class Tokenizer {
    private static final int EOF = -1;
    private static final int TABSIZE = 8;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;

    // tok->done codes
    private static final int E_OK = 0;
    private static final int E_EOF = 1;
    private static final int E_DEDENT = 2;
    private static final int E_TABSPACE = 3;
    private static final int E_TOODEEP = 4;
    private static final int E_LINECONT = 5;
    private static final int E_DECODE = 6;
    private static final int E_ERROR = 7;

    private final SourceFile src;
    private final byte[] buf;
    private final int len;
    private final int startingLineno;
    private final int startingColOffset;
    /** Reported line number minus the SourceFile's own line number. */
    private final int lineBase;

    private int cur;        // tok->cur
    private int inp;        // tok->inp: end of the data read so far (after the current line's '\n')
    private int lineStart;  // tok->line_start
    private int bufStart;   // tok->buf: start of the line where the current (multi-line) token began
    private int start = -1; // tok->start, -1 for NULL
    private int lineno;
    private int done = E_OK;
    private boolean atbol = true;
    private int pendin;
    private int indent;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private int level;
    private final byte[] parenstack = new byte[MAXLEVEL];
    private final int[] parenlinenostack = new int[MAXLEVEL];
    private final int[] parencolstack = new int[MAXLEVEL];
    private int firstLineno;
    private int multiLineStart;

    /** CPython's tok->type_comments: "# type: ..." comments become tokens (compile()'s PyCF_TYPE_COMMENTS). */
    private boolean typeComments;
    /** The "# type: ignore..." comments seen, as (line, tag) in source order. */
    private final java.util.List<TypeIgnoreComment> typeIgnores = new java.util.ArrayList<>();

    /** A {@code # type: ignore} comment: its line and the text after "ignore". */
    public record TypeIgnoreComment(int line, String tag) {}

    private PythonSyntaxError thrown;
    private String decodeMessage;
    // Tokenizer state when the last ERRORTOKEN was produced, for deferredError().
    private int errDone;
    private int errLineno;
    private int errCur;
    private int errLineStart;
    private int errBufStart;
    private int errInp;

    public Tokenizer(SourceFile src) {
        this(src, 0, 0, 0);
    }

    /** For an f-string sub-expression whose first line is startingLineno and column startingColOffset. */
    public Tokenizer(SourceFile src, int startingLineno, int startingColOffset) {
        this(src, startingLineno, startingColOffset, startingLineno - 1);
    }

    private Tokenizer(SourceFile src, int startingLineno, int startingColOffset, int initialLineno) {
        this.src = src;
        this.buf = src.utf8();
        this.len = buf.length;
        this.startingLineno = startingLineno;
        this.startingColOffset = startingColOffset;
        this.lineno = initialLineno;
        this.lineBase = initialLineno;
    }

    /**
     * Makes {@code # type: X} comments TYPE_COMMENT tokens and records
     * {@code # type: ignore...} comments (see {@link #typeIgnores()}) instead of
     * skipping them, as CPython's tokenizer does under PyCF_TYPE_COMMENTS.
     */
    public void enableTypeComments() {
        typeComments = true;
    }

    /** The type-ignore comments met so far (only with type comments enabled). */
    public java.util.List<TypeIgnoreComment> typeIgnores() {
        return typeIgnores;
    }

    public SourceFile source() {
        return src;
    }

    /** The next token; throws the tokenizer's immediate errors (again, on every later call). */
    public Token next() {
        if (thrown != null) throw thrown;
        try {
            Token t = get();
            src.noteTokenizerBuffer(lineno - lineBase, bufStart, inp);
            return t;
        } catch (PythonSyntaxError e) {
            thrown = e;
            src.noteTokenizerBuffer(lineno - lineBase, bufStart, inp);
            throw e;
        }
    }

    /** Current bracket nesting depth (tok->level). */
    public int level() {
        return level;
    }

    /** The tokenizer's current line (tok->lineno). */
    public int lineno() {
        return lineno;
    }

    /**
     * The column pegen uses for an error at a token without position
     * ({@code _PyPegen_raise_error} when col_offset is -1): the byte offset of
     * the tokenizer's current position in its line, 0 at the buffer start.
     */
    public int currentColForError() {
        return cur == bufStart ? 0 : cur - lineStart;
    }

    // ---- character level ---------------------------------------------------------------

    private int nextc() {
        for (;;) {
            if (cur != inp) return buf[cur++] & 0xFF;
            if (done != E_OK) return EOF;
            if (inp >= len) {
                done = E_EOF;
                return EOF;
            }
            int end = inp;
            while (end < len && buf[end] != '\n') end++;
            if (end < len) end++;
            if (start < 0) bufStart = cur;
            lineStart = cur;
            lineno++;
            inp = end;
            PythonSyntaxError bad = src.checkLine(lineno - lineBase, lineStart, inp);
            if (bad != null) {
                done = E_ERROR;
                throw bad;
            }
            // Only a script can get here with NUL bytes (compile() rejects them first). As CPython's
            // tok_nextc: the error is at the line's start, its text cut at the NUL as a C string is.
            for (int i = lineStart; i < inp; i++) {
                if (buf[i] == 0) {
                    done = E_ERROR;
                    throw new PythonSyntaxError(Kind.SyntaxError, "source code cannot contain null bytes",
                        src.filename(), lineno, 1, lineno, 1, src.decodeReplace(lineStart, i - lineStart));
                }
            }
        }
    }

    /**
     * Where the text of a type comment starting at {@code hash} begins, or -1:
     * CPython matches "# type: " with each space standing for any run of blanks.
     */
    private int typeCommentText(int hash) {
        String prefix = "# type: ";
        int p = hash;
        int k = 0;
        for (; k < prefix.length() && p < cur; k++) {
            char want = prefix.charAt(k);
            if (want == ' ') {
                while (p < cur && (buf[p] == ' ' || buf[p] == '\t')) p++;
            } else if (buf[p] == want) {
                p++;
            } else {
                break;
            }
        }
        return k == prefix.length() ? p : -1;
    }

    /** "ignore" right after "type:", then the end or a character that is ASCII and not alphanumeric. */
    private boolean isTypeIgnore(int text) {
        int end = text + 6;
        if (cur < end || !ascii(text, end).equals("ignore")) return false;
        if (cur == end) return true;
        int next = buf[end] & 0xFF;
        return next < 128 && !Character.isLetterOrDigit(next);
    }

    private String utf8(int s, int e) {
        return new String(buf, s, e - s, StandardCharsets.UTF_8);
    }

    private void backup(int c) {
        if (c != EOF) cur--;
    }

    private static boolean isIdentStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isIdentChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                || c >= 128;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isXDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    // ---- tokens ----------------------------------------------------------------------------

    private Token token(TokenType type, String text, int s, int e) {
        int ls = type == TokenType.STRING ? multiLineStart : lineStart;
        int line = type == TokenType.STRING ? firstLineno : lineno;
        int col = s >= 0 && s >= ls ? s - ls : -1;
        int endCol = e >= 0 && e >= lineStart ? e - lineStart : -1;
        if (lineno == startingLineno) {
            col += startingColOffset;
            endCol += startingColOffset;
        }
        return new Token(type, text, line, col, lineno, endCol);
    }

    private Token noPosToken(TokenType type) {
        return token(type, "", -1, -1);
    }

    private Token errorToken() {
        errDone = done;
        errLineno = lineno;
        errCur = cur;
        errLineStart = lineStart;
        errBufStart = bufStart;
        errInp = inp;
        return noPosToken(TokenType.ERRORTOKEN);
    }

    private String ascii(int s, int e) {
        return new String(buf, s, e - s, StandardCharsets.ISO_8859_1);
    }

    private Token get() {
        int c;
        nextline:
        for (;;) {
            start = -1;
            boolean blankline = false;
            if (atbol) {
                int col = 0;
                int altcol = 0;
                int contLineCol = 0;
                atbol = false;
                for (;;) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol++;
                    } else if (c == '\f') {
                        col = altcol = 0;
                    } else if (c == '\\') {
                        // indentation continued with backslashes: the first one fixes the level
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        if (continuationLine() == EOF) return errorToken();
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n') blankline = true;
                if (!blankline && level == 0) {
                    if (contLineCol != 0) col = altcol = contLineCol;
                    if (col == indstack[indent]) {
                        if (altcol != altindstack[indent]) return indentError(E_TABSPACE);
                    } else if (col > indstack[indent]) {
                        if (indent + 1 >= MAXINDENT) return indentError(E_TOODEEP);
                        if (altcol <= altindstack[indent]) return indentError(E_TABSPACE);
                        pendin++;
                        indstack[++indent] = col;
                        altindstack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indstack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indstack[indent]) return indentError(E_DEDENT);
                        if (altcol != altindstack[indent]) return indentError(E_TABSPACE);
                    }
                }
            }
            start = cur;
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return noPosToken(TokenType.DEDENT);
                }
                pendin--;
                return noPosToken(TokenType.INDENT);
            }
            for (;;) { // "again": after a line continuation
                start = -1;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                start = cur - 1;
                if (c == '#') {
                    while (cur < inp && buf[cur] != '\n') cur++; // fast path: the comment's line
                    while (c != EOF && c != '\n') c = nextc();
                    if (typeComments) {
                        int text = typeCommentText(start);
                        if (text >= 0) {
                            backup(c); // the newline (or EOF) stays for the next token
                            if (!isTypeIgnore(text)) return token(TokenType.TYPE_COMMENT, utf8(text, cur), text, cur);
                            typeIgnores.add(new TypeIgnoreComment(lineno - lineBase, utf8(text + 6, cur)));
                            if (blankline) {
                                nextc(); // an ignore comment alone on its line takes its newline along
                                atbol = true;
                                continue nextline;
                            }
                            continue;
                        }
                    }
                }
                if (c == EOF) {
                    if (level > 0) return errorToken();
                    return done == E_EOF ? noPosToken(TokenType.ENDMARKER) : errorToken();
                }
                if (isIdentStart(c)) return identifierOrString(c);
                if (c == '\n') {
                    atbol = true;
                    if (blankline || level > 0) continue nextline;
                    return token(TokenType.NEWLINE, "", start, cur - 1);
                }
                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) return number(c, true);
                    if (c == '.') {
                        c = nextc();
                        if (c == '.') return token(TokenType.OP, "...", start, cur);
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return token(TokenType.OP, ".", start, cur);
                }
                if (isDigit(c)) return number(c, false);
                if (c == '\'' || c == '"') return string(c);
                if (c == '\\') {
                    if (continuationLine() == EOF) return errorToken();
                    continue;
                }
                return operator(c);
            }
        }
    }

    private Token indentError(int code) {
        done = code;
        cur = inp;
        return errorToken();
    }

    /** CPython's tok_continuation_line: after a backslash; EOF (-1) when it is an error. */
    private int continuationLine() {
        int c = nextc();
        if (c != '\n') {
            done = E_LINECONT;
            return EOF;
        }
        c = nextc();
        if (c == EOF) {
            done = E_EOF;
            cur = inp;
            return EOF;
        }
        backup(c);
        return c;
    }

    private Token identifierOrString(int c) {
        boolean sawB = false, sawR = false, sawU = false, sawF = false;
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) sawU = true;
            else if (!(sawR || sawU) && (c == 'r' || c == 'R')) sawR = true;
            else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) sawF = true;
            else break;
            c = nextc();
            if (c == '"' || c == '\'') return string(c);
        }
        boolean nonascii = false;
        while (isIdentChar(c)) {
            if (c >= 128) nonascii = true;
            // ASCII fast path: identifiers never span lines, so scan the line directly.
            while (cur < inp) {
                int b = buf[cur];
                if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_') cur++;
                else break;
            }
            c = nextc();
        }
        backup(c);
        if (!nonascii) return token(TokenType.NAME, ascii(start, cur), start, cur);
        String name = verifyIdentifier();
        if (name == null) return errorToken();
        return token(TokenType.NAME, Normalizer.normalize(name, Normalizer.Form.NFKC), start, cur);
    }

    /** CPython's verify_identifier; null (E_DECODE) when the bytes are not UTF-8. */
    private String verifyIdentifier() {
        String err = Utf8Check.firstError(buf, start, cur - start, "utf-8");
        if (err != null) {
            done = E_DECODE;
            decodeMessage = err;
            return null;
        }
        String s = src.decodeReplace(start, cur - start);
        int i = 0;
        int index = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            boolean ok = index == 0 ? cp == '_' || Identifiers.isXidStart(cp) : Identifiers.isXidContinue(cp);
            if (!ok) {
                int next = i + Character.charCount(cp);
                if (next < s.length()) {
                    cur = start + s.substring(0, next).getBytes(StandardCharsets.UTF_8).length;
                }
                String hex = String.format("%04X", cp);
                if (taipan.unicode.Unicode14.isPrintable(cp)) {
                    throw syntaxError("invalid character '" + Character.toString(cp) + "' (U+" + hex + ")");
                }
                throw syntaxError("invalid non-printable character U+" + hex);
            }
            i += Character.charCount(cp);
            index++;
        }
        return s;
    }

    // ---- numbers ------------------------------------------------------------------------------

    private Token number(int c, boolean afterDot) {
        if (afterDot) return numberTail(c, true);
        if (c != '0') {
            c = decimalTail();
            return c == '.' ? numberTail(nextc(), true) : numberTail(c, false);
        }
        c = nextc();
        if (c == 'x' || c == 'X') {
            c = nextc();
            do {
                if (c == '_') c = nextc();
                if (!isXDigit(c)) {
                    backup(c);
                    throw syntaxError("invalid hexadecimal literal");
                }
                do c = nextc(); while (isXDigit(c));
            } while (c == '_');
            verifyEndOfNumber(c, "hexadecimal");
        } else if (c == 'o' || c == 'O') {
            c = nextc();
            do {
                if (c == '_') c = nextc();
                if (c < '0' || c >= '8') {
                    if (isDigit(c)) throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                    backup(c);
                    throw syntaxError("invalid octal literal");
                }
                do c = nextc(); while ('0' <= c && c < '8');
            } while (c == '_');
            if (isDigit(c)) throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
            verifyEndOfNumber(c, "octal");
        } else if (c == 'b' || c == 'B') {
            c = nextc();
            do {
                if (c == '_') c = nextc();
                if (c != '0' && c != '1') {
                    if (isDigit(c)) throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                    backup(c);
                    throw syntaxError("invalid binary literal");
                }
                do c = nextc(); while (c == '0' || c == '1');
            } while (c == '_');
            if (isDigit(c)) throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
            verifyEndOfNumber(c, "binary");
        } else {
            // zeros, maybe followed by other digits (only allowed for floats and imaginaries)
            boolean nonzero = false;
            for (;;) {
                if (c == '_') {
                    c = nextc();
                    if (!isDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid decimal literal");
                    }
                }
                if (c != '0') break;
                c = nextc();
            }
            int zerosEnd = cur;
            if (isDigit(c)) {
                nonzero = true;
                c = decimalTail();
            }
            if (c == '.') return numberTail(nextc(), true);
            if (nonzero && c != 'e' && c != 'E' && c != 'j' && c != 'J') {
                backup(c);
                throw syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", start + 1 - lineStart, zerosEnd - lineStart);
            }
            return numberTail(c, false);
        }
        backup(c);
        return token(TokenType.NUMBER, ascii(start, cur), start, cur);
    }

    /**
     * The rest of a decimal number from CPython's "fraction" label (c is the
     * character after the dot, fractionDigits true) or from the end of the
     * integer part (c is the character after it): fraction digits, exponent,
     * imaginary suffix, end check.
     */
    private Token numberTail(int c, boolean fractionDigits) {
        if (fractionDigits && isDigit(c)) c = decimalTail();
        if (c == 'e' || c == 'E') {
            int e = c;
            c = nextc();
            if (c == '+' || c == '-') {
                c = nextc();
                if (!isDigit(c)) {
                    backup(c);
                    throw syntaxError("invalid decimal literal");
                }
            } else if (!isDigit(c)) {
                // not an exponent: the number ends before the 'e'
                backup(c);
                verifyEndOfNumber(e, "decimal");
                backup(e);
                return token(TokenType.NUMBER, ascii(start, cur), start, cur);
            }
            c = decimalTail();
        }
        if (c == 'j' || c == 'J') {
            c = nextc();
            verifyEndOfNumber(c, "imaginary");
        } else {
            verifyEndOfNumber(c, "decimal");
        }
        backup(c);
        return token(TokenType.NUMBER, ascii(start, cur), start, cur);
    }

    /** CPython's tok_decimal_tail: digits with single underscores; returns the first other character. */
    private int decimalTail() {
        int c;
        for (;;) {
            do c = nextc(); while (isDigit(c));
            if (c != '_') return c;
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        }
    }

    /** CPython's verify_end_of_number: a keyword right after a number warns, other letters are errors. */
    private void verifyEndOfNumber(int c, String kind) {
        boolean r = false;
        switch (c) {
            case 'a' -> r = lookahead("nd");
            case 'e' -> r = lookahead("lse");
            case 'f' -> r = lookahead("or");
            case 'i' -> {
                int c2 = nextc();
                r = c2 == 'f' || c2 == 'n' || c2 == 's';
                backup(c2);
            }
            case 'o' -> r = lookahead("r");
            case 'n' -> r = lookahead("ot");
            default -> { }
        }
        if (r) {
            backup(c);
            String msg = "invalid " + kind + " literal";
            if (src.warn("SyntaxWarning", msg, lineno)) {
                throw syntaxError(msg);
            }
            nextc();
        } else if (c < 128 && isIdentChar(c)) {
            // Non-ASCII ends the number; the tokenizer then judges that character itself.
            backup(c);
            throw syntaxError("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String test) {
        int i = 0;
        for (;;) {
            int c = nextc();
            boolean res = false;
            if (i == test.length()) {
                res = !isIdentChar(c);
            } else if (c == test.charAt(i)) {
                i++;
                continue;
            }
            backup(c);
            cur -= i;
            return res;
        }
    }

    // ---- strings ------------------------------------------------------------------------------

    private Token string(int quote) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        firstLineno = lineno;
        multiLineStart = lineStart;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) quoteSize = 3;
            else endQuoteSize = 1;
        }
        if (c != quote) backup(c);
        while (endQuoteSize != quoteSize) {
            if (endQuoteSize == 0) {
                // fast path: skip ordinary characters of the current line
                while (cur < inp) {
                    byte b = buf[cur];
                    if (b == quote || b == '\\' || b == '\n') break;
                    cur++;
                }
            }
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                cur = start + 1;
                lineStart = multiLineStart;
                int detected = lineno;
                lineno = firstLineno;
                if (quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted string literal (detected at line " + detected + ")");
                }
                throw syntaxError("unterminated string literal (detected at line " + detected + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') nextc();
            }
        }
        String text = src.decodeReplace(start, cur - start);
        return token(TokenType.STRING, text, start, cur);
    }

    // ---- operators ----------------------------------------------------------------------------

    private static final String[] ONE_CHAR = new String[128];

    static {
        for (int i = 0; i < 128; i++) ONE_CHAR[i] = String.valueOf((char) i).intern();
    }

    private static String twoChars(int c1, int c2) {
        return switch (c1) {
            case '!' -> c2 == '=' ? "!=" : null;
            case '%' -> c2 == '=' ? "%=" : null;
            case '&' -> c2 == '=' ? "&=" : null;
            case '*' -> c2 == '*' ? "**" : c2 == '=' ? "*=" : null;
            case '+' -> c2 == '=' ? "+=" : null;
            case '-' -> c2 == '=' ? "-=" : c2 == '>' ? "->" : null;
            case '/' -> c2 == '/' ? "//" : c2 == '=' ? "/=" : null;
            case ':' -> c2 == '=' ? ":=" : null;
            case '<' -> c2 == '<' ? "<<" : c2 == '=' ? "<=" : c2 == '>' ? "<>" : null;
            case '=' -> c2 == '=' ? "==" : null;
            case '>' -> c2 == '=' ? ">=" : c2 == '>' ? ">>" : null;
            case '@' -> c2 == '=' ? "@=" : null;
            case '^' -> c2 == '=' ? "^=" : null;
            case '|' -> c2 == '=' ? "|=" : null;
            default -> null;
        };
    }

    private static String threeChars(String two, int c3) {
        if (c3 != '=') return null;
        return switch (two) {
            case "**" -> "**=";
            case "//" -> "//=";
            case "<<" -> "<<=";
            case ">>" -> ">>=";
            default -> null;
        };
    }

    private Token operator(int c) {
        int c2 = nextc();
        String two = twoChars(c, c2);
        if (two != null) {
            int c3 = nextc();
            String three = threeChars(two, c3);
            if (three != null) return token(TokenType.OP, three, start, cur);
            backup(c3);
            return token(TokenType.OP, two, start, cur);
        }
        backup(c2);
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAXLEVEL) throw syntaxError("too many nested parentheses");
                parenstack[level] = (byte) c;
                parenlinenostack[level] = lineno;
                parencolstack[level] = start - lineStart;
                level++;
            }
            case ')', ']', '}' -> {
                if (level == 0) throw syntaxError("unmatched '" + (char) c + "'");
                level--;
                int opening = parenstack[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                    if (parenlinenostack[level] != lineno) {
                        throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                + (char) opening + "' on line " + parenlinenostack[level]);
                    }
                    throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + (char) opening + "'");
                }
            }
            default -> { }
        }
        if (c < 32 || c == 127) throw syntaxError(String.format("invalid non-printable character U+%04X", c));
        return token(TokenType.OP, ONE_CHAR[c], start, cur);
    }

    // ---- errors -------------------------------------------------------------------------------

    /** CPython's syntaxerror(): offset is the character count of the line up to the current position. */
    private PythonSyntaxError syntaxError(String msg) {
        return syntaxErrorRange(msg, -1, -1);
    }

    private PythonSyntaxError syntaxErrorRange(String msg, int colOffset, int endColOffset) {
        int col = colOffset == -1 ? src.charCount(lineStart, cur - lineStart) : colOffset;
        int endCol = endColOffset == -1 ? col : endColOffset;
        int lineEnd = lineStart;
        while (lineEnd < len && buf[lineEnd] != '\n') lineEnd++;
        String text = src.decodeReplace(lineStart, lineEnd - lineStart);
        done = E_ERROR;
        return new PythonSyntaxError(Kind.SyntaxError, msg, src.filename(), lineno, col, lineno, endCol, text);
    }

    /**
     * The exception for the ERRORTOKEN last returned by {@link #next()}, as
     * pegen's {@code _Pypegen_tokenizer_error} (or its decode-error path) raises it.
     */
    public PythonSyntaxError deferredError() {
        int line = errLineno - lineBase;
        src.noteTokenizerBuffer(line, errBufStart, errInp);
        int fallbackCol = errCur == errBufStart ? 0 : errCur - errLineStart;
        return switch (errDone) {
            case E_EOF -> level > 0 ? unclosedParenError()
                    : src.errorAtOffsets(Kind.SyntaxError, "unexpected EOF while parsing", line, fallbackCol, line, -1);
            case E_DEDENT -> src.errorAtOffsets(Kind.IndentationError,
                    "unindent does not match any outer indentation level", line, fallbackCol, line, -1);
            case E_TABSPACE -> src.error(Kind.TabError, "inconsistent use of tabs and spaces in indentation",
                    line, 0, line, -1);
            case E_TOODEEP -> src.error(Kind.IndentationError, "too many levels of indentation", line, 0, line, -1);
            case E_LINECONT -> src.error(Kind.SyntaxError, "unexpected character after line continuation character",
                    line, errCur - errBufStart - 1, line, -1);
            case E_DECODE -> src.errorAtOffsets(Kind.SyntaxError, "(unicode error) " + decodeMessage, line,
                    fallbackCol, line, -1);
            default -> src.error(Kind.SyntaxError, "unknown parsing error", line, 0, line, -1);
        };
    }

    /** CPython's raise_unclosed_parentheses_error: "'(' was never closed" at the innermost open bracket. */
    public PythonSyntaxError unclosedParenError() {
        int line = parenlinenostack[level - 1];
        int col = parencolstack[level - 1];
        return src.error(Kind.SyntaxError, "'" + (char) parenstack[level - 1] + "' was never closed",
                line - lineBase, col, line - lineBase, -1);
    }

    /**
     * CPython's {@code _PyPegen_tokenize_full_source_to_check_for_errors}: after
     * the parser failed with an error on line currentErrorLine, tokenize to the
     * end and return the error that replaces the parser's, or null to keep it.
     */
    public PythonSyntaxError checkRestForErrors(int currentErrorLine) {
        for (;;) {
            Token t;
            try {
                t = next();
            } catch (PythonSyntaxError e) {
                return e;
            }
            if (t.type == TokenType.ERRORTOKEN) {
                if (errDone == E_DECODE) return deferredError();
                if (level != 0 && currentErrorLine > parenlinenostack[level - 1]) return unclosedParenError();
                return null;
            }
            if (t.type == TokenType.ENDMARKER) return null;
        }
    }
}
