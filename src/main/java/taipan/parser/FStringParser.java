package taipan.parser;

import java.util.ArrayList;
import java.util.List;
import taipan.ast.Expr;
import taipan.tokenizer.Token;

/**
 * Scans the body of one f-string token into literal parts and replacement
 * fields, as CPython 3.11's pre-PEP-701 string_parser.c does, and accumulates
 * them (together with the other strings of the same implicit concatenation)
 * into a {@link Part}.
 *
 * <p>Behaviour reproduced from CPython 3.11:
 * <ul>
 * <li>"&#123;&#123;" and "&#125;&#125;" are doubled braces only at the top level; inside
 *     a format spec a '{' always starts a nested field and a '}' ends the spec.
 * <li>The end of an expression is found by a character scan that tracks quotes
 *     and brackets but not their meaning; backslashes and '#' are rejected
 *     anywhere in it. Replacement fields nest at most one level (in a spec).
 * <li>The expression text is parsed as "(" + text + ")" by the host, shifted to
 *     the position of its '{' (see {@link #compileExpression}).
 * <li>FormattedValue nodes and the Constant nodes flushed before a field carry
 *     the position of the whole string group; a format spec's JoinedStr and its
 *     trailing Constant carry the position of the token that holds them.
 * <li>With '=', the expression source (up to and including '=' and the
 *     whitespace after it) becomes literal text, and the conversion defaults to
 *     'r' when there is neither a conversion nor a format spec.
 * </ul>
 * Errors are CPython's "f-string: ..." SyntaxErrors (and escape-decoding
 * errors of literal parts) raised through the host.
 */
final class FStringParser {
    /** CPython's MAXLEVEL: bracket nesting allowed inside one replacement field. */
    private static final int MAX_NESTING = 200;

    /** Pending literal text plus the finished nodes of one JoinedStr being built. */
    static final class Part {
        private StringBuilder lastStr;
        private final List<Expr> values = new ArrayList<>();
        private boolean fmode;

        /** Appends literal text; empty text is ignored. */
        void addLiteral(String s) {
            if (s.isEmpty()) return;
            if (lastStr == null) lastStr = new StringBuilder(s);
            else lastStr.append(s);
        }

        private void flushLiteral(Token first, Token last) {
            if (lastStr != null) {
                values.add(StringLiterals.strConstant(lastStr.toString(), first, last));
                lastStr = null;
            }
        }

        /** The Constant (if no f-string took part) or JoinedStr, located from first to last. */
        Expr finish(Token first, Token last) {
            if (!fmode) {
                return StringLiterals.strConstant(lastStr == null ? "" : lastStr.toString(), first, last);
            }
            flushLiteral(first, last);
            return new Expr.JoinedStr(List.copyOf(values), first.line, first.col, last.endLine, last.endCol);
        }
    }

    private final FStringHost host;
    private final Token first;
    private final Token last;
    private final Token t;
    private final String text;
    private final int end;
    private final boolean raw;
    private int pos;

    /**
     * @param text  the token's text with newlines normalized to '\n'
     * @param start index of the body's first character (after prefix and quotes)
     * @param end   index just past the body (before the closing quotes)
     */
    private FStringParser(FStringHost host, Token first, Token last, Token t, String text,
                          int start, int end, boolean raw) {
        this.host = host;
        this.first = first;
        this.last = last;
        this.t = t;
        this.text = text;
        this.pos = start;
        this.end = end;
        this.raw = raw;
    }

    /** Parses the f-string token t (body text[start, end)) into part; first/last delimit the group. */
    static void parse(FStringHost host, Part part, Token first, Token last, Token t, String text,
                      int start, int end, boolean raw) {
        new FStringParser(host, first, last, t, text, start, end, raw).concat(part, 0);
    }

    private void concat(Part part, int level) {
        part.fmode = true;
        while (true) {
            int literalStart = pos;
            boolean doubled = scanLiteral(level);
            int literalEnd = doubled ? pos - 1 : pos;
            String literal = literalEnd > literalStart ? decodeLiteral(literalStart, literalEnd) : null;
            if (doubled) {
                part.addLiteral(literal);
                continue;
            }
            if (pos >= end || text.charAt(pos) == '}') {
                if (literal != null) part.addLiteral(literal);
                break;
            }
            String[] exprText = new String[1];
            Expr field = replacementField(level, exprText);
            if (literal != null) part.addLiteral(literal);
            if (exprText[0] != null) part.addLiteral(MarkedText.plain(exprText[0]));
            part.flushLiteral(first, last);
            part.values.add(field);
        }
        if (level != 0 && pos >= end) throw host.syntaxError("f-string: expecting '}'");
    }

    /**
     * Advances pos over literal text up to an undoubled brace or the end. Returns
     * true for a doubled brace at the top level: the literal then ends after the
     * first brace and pos is past the second.
     */
    private boolean scanLiteral(int level) {
        int s = pos;
        while (s < end) {
            char ch = text.charAt(s++);
            if (!raw && ch == '\\' && s < end) {
                ch = text.charAt(s++);
                if (ch == 'N') {
                    // Skip a \N{...} name, whose braces are not replacement fields.
                    if (s < end && text.charAt(s++) == '{') {
                        while (s < end && text.charAt(s++) != '}') { }
                        continue;
                    }
                    break;
                }
                if (ch == '{') host.invalidEscape(t, "invalid escape sequence '\\{'");
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (s < end && text.charAt(s) == ch) {
                        pos = s + 1;
                        return true;
                    }
                    if (ch == '}') {
                        pos = s - 1;
                        throw host.syntaxError("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        pos = s;
        return false;
    }

    private String decodeLiteral(int from, int to) {
        String body = text.substring(from, to);
        if (raw) return MarkedText.plain(body);
        String[] invalid = new String[1];
        String value;
        try {
            value = EscapeDecoder.decodeStr(body, invalid);
        } catch (EscapeDecoder.DecodeError e) {
            throw host.syntaxError(e.getMessage());
        }
        if (invalid[0] != null) host.invalidEscape(t, invalid[0]);
        return value;
    }

    /** Parses the replacement field at pos (on its '{'); exprText[0] receives the '=' text, if any. */
    private Expr replacementField(int level, String[] exprText) {
        if (level >= 2) throw host.syntaxError("f-string: expressions nested too deeply");
        pos++;
        int exprStart = pos;
        char quote = 0;
        boolean triple = false;
        char[] brackets = new char[MAX_NESTING];
        int depth = 0;
        for (; pos < end; pos++) {
            char ch = text.charAt(pos);
            if (ch == '\\') throw host.syntaxError("f-string expression part cannot include a backslash");
            if (quote != 0) {
                if (ch == quote) {
                    if (!triple) {
                        quote = 0;
                    } else if (pos + 2 < end && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch) {
                        pos += 2;
                        quote = 0;
                        triple = false;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                triple = pos + 2 < end && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch;
                if (triple) pos += 2;
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= MAX_NESTING) throw host.syntaxError("f-string: too many nested parenthesis");
                brackets[depth++] = ch;
            } else if (ch == '#') {
                throw host.syntaxError("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '<' || ch == '>')) {
                if (pos + 1 < end && text.charAt(pos + 1) == '=') pos++; // <= >=
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=')) {
                if ((ch == '!' || ch == '=') && pos + 1 < end && text.charAt(pos + 1) == '=') {
                    pos++; // != ==
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) throw host.syntaxError("f-string: unmatched '" + ch + "'");
                char opening = brackets[--depth];
                if (opening != (ch == ']' ? '[' : ch == '}' ? '{' : '(')) {
                    throw host.syntaxError("f-string: closing parenthesis '" + ch
                            + "' does not match opening parenthesis '" + opening + "'");
                }
            }
        }
        int exprEnd = pos;
        if (quote != 0) throw host.syntaxError("f-string: unterminated string");
        if (depth != 0) throw host.syntaxError("f-string: unmatched '" + brackets[depth - 1] + "'");
        if (pos >= end) throw expectingBrace();

        Expr expression = compileExpression(exprStart, exprEnd);

        if (text.charAt(pos) == '=') {
            pos++;
            while (isPySpace(text.charAt(pos))) pos++;
            exprText[0] = text.substring(exprStart, pos);
        }
        int conversion = -1;
        if (text.charAt(pos) == '!') {
            pos++;
            if (pos >= end) throw expectingBrace();
            conversion = text.charAt(pos++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw host.syntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        if (pos >= end) throw expectingBrace();
        Expr formatSpec = null;
        if (text.charAt(pos) == ':') {
            pos++;
            if (pos >= end) throw expectingBrace();
            Part spec = new Part();
            concat(spec, level + 1);
            formatSpec = spec.finish(t, t);
        }
        if (pos >= end || text.charAt(pos) != '}') throw expectingBrace();
        pos++;
        if (exprText[0] != null && formatSpec == null && conversion == -1) conversion = 'r';
        return new Expr.FormattedValue(expression, conversion, formatSpec,
                first.line, first.col, last.endLine, last.endCol);
    }

    private RuntimeException expectingBrace() {
        return host.syntaxError("f-string: expecting '}'");
    }

    /** CPython's Py_ISSPACE. */
    private static boolean isPySpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }

    /**
     * Parses text[exprStart, exprEnd) with the host. Its nodes are placed as
     * CPython 3.11 places them: the text's first line starts at the column of
     * the '{' (absolute when the '{' is on the token's first line, else counted
     * from its own line), unless only whitespace separates the '{' from a
     * newline, in which case no column shift applies to the first line.
     */
    private Expr compileExpression(int exprStart, int exprEnd) {
        int s = exprStart;
        while (s < exprEnd && " \t\n\f".indexOf(text.charAt(s)) >= 0) s++;
        if (s == exprEnd) {
            char terminator = text.charAt(exprEnd);
            throw host.syntaxError(terminator == '}' ? "f-string: empty expression not allowed"
                    : "f-string: expression required before '" + terminator + "'");
        }

        int brace = exprStart - 1;
        int lines = 0;
        for (int k = 0; k < brace; k++) {
            if (text.charAt(k) == '\n') lines++;
        }
        boolean newlineAfterBrace = true;
        for (int k = brace + 1; k < text.length() && text.charAt(k) != '}' && text.charAt(k) != '\n'; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\t' && c != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int cols = 0;
        if (!newlineAfterBrace) {
            int lineStart = text.lastIndexOf('\n', brace) + 1;
            cols = utf8Length(text, lineStart, brace);
        }
        String source = "(" + text.substring(exprStart, exprEnd) + ")";
        return host.parseFStringExpression(source, t.line + lines, lines != 0 ? cols : t.col + cols);
    }

    /** The number of UTF-8 bytes of s[from, to). */
    static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }
}
