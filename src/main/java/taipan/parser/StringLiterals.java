package taipan.parser;

import java.io.ByteArrayOutputStream;
import java.util.List;
import taipan.ast.Expr;
import taipan.source.Utf8Check;
import taipan.tokenizer.Token;

/**
 * Turns a run of adjacent STRING tokens into the node CPython 3.11 builds for it
 * (its {@code _PyPegen_concatenate_strings}): a Constant holding str or bytes,
 * or a JoinedStr when an f-string takes part.
 *
 * <p>Per token: the prefix (any case and order of r, u, b, f) and the quotes are
 * stripped; str and bytes bodies are escape-decoded ({@link EscapeDecoder})
 * unless raw; bytes must be ASCII; f-strings are scanned by
 * {@link FStringParser}. Across tokens: bytes and non-bytes may not mix; str
 * pieces and f-string literal parts merge into one Constant wherever no
 * replacement field separates them, and empty pieces vanish. Every Constant
 * (and the JoinedStr and FormattedValue nodes) spans the whole group, from the
 * first token's start to the last token's end; a str Constant has kind "u"
 * when the first token's text starts with a lower-case 'u'.
 *
 * <p>A str literal whose source bytes are not UTF-8 (the tokenizer left U+FFFD
 * in its text) gets CPython's "(unicode error) 'utf-8' codec can't decode"
 * error; f-strings are not checked that way.
 *
 * <p>Newlines inside a token are taken as '\n' even if the text still has
 * "\r\n" or "\r", as CPython's tokenizer translates them before this point.
 * Errors are SyntaxErrors made by the host, located as CPython 3.11.7 locates
 * them: at the last token fetched, except non-ASCII bytes, at the offending
 * token. The first invalid escape of each str or bytes token is reported to
 * the host as CPython's DeprecationWarning.
 */
final class StringLiterals {
    private StringLiterals() {}

    /** The node for the adjacent string literals {@code strings} (at least one). */
    static Expr concatenate(List<Token> strings, FStringHost host) {
        Token first = strings.get(0);
        Token last = strings.get(strings.size() - 1);
        boolean bytesMode = false;
        ByteArrayOutputStream bytes = null;
        FStringParser.Part part = new FStringParser.Part();
        for (int i = 0; i < strings.size(); i++) {
            Token t = strings.get(i);
            String text = normalizeNewlines(t.text);
            int quoteAt = 0;
            boolean isBytes = false, raw = false, fmode = false;
            for (char c; (c = text.charAt(quoteAt)) != '\'' && c != '"'; quoteAt++) {
                switch (c) {
                    case 'b', 'B' -> isBytes = true;
                    case 'r', 'R' -> raw = true;
                    case 'f', 'F' -> fmode = true;
                    default -> { } // u, U
                }
            }
            char quote = text.charAt(quoteAt);
            int quoteLen = text.length() - quoteAt >= 6
                    && text.charAt(quoteAt + 1) == quote && text.charAt(quoteAt + 2) == quote ? 3 : 1;
            int bodyStart = quoteAt + quoteLen;
            int bodyEnd = text.length() - quoteLen;

            if (!fmode && !isBytes && text.indexOf('\uFFFD') >= 0) checkUtf8(t, bodyStart, quoteLen, raw, host);
            Object value = fmode ? null : plainValue(t, text.substring(bodyStart, bodyEnd), isBytes, raw, host);
            if (i != 0 && bytesMode != isBytes) throw host.syntaxError("cannot mix bytes and nonbytes literals");
            bytesMode = isBytes;
            if (fmode) {
                FStringParser.parse(host, part, first, last, t, text, bodyStart, bodyEnd, raw);
            } else if (isBytes) {
                if (bytes == null) bytes = new ByteArrayOutputStream();
                bytes.writeBytes((byte[]) value);
            } else {
                part.addLiteral((String) value);
            }
        }
        if (bytesMode) {
            return new Expr.Constant(bytes.toByteArray(), null, first.line, first.col, last.endLine, last.endCol);
        }
        return part.finish(first, last);
    }

    /** The decoded value of a non-f-string body: a String or, for bytes, a byte[]. */
    private static Object plainValue(Token t, String body, boolean isBytes, boolean raw, FStringHost host) {
        boolean noEscapes = raw || body.indexOf('\\') < 0;
        String[] invalid = new String[1];
        Object value;
        try {
            if (!isBytes) {
                value = noEscapes ? MarkedText.plain(body) : EscapeDecoder.decodeStr(body, invalid);
            } else {
                for (int k = 0; k < body.length(); k++) {
                    if (body.charAt(k) >= 0x80) {
                        throw host.syntaxErrorAt(t, "bytes can only contain ASCII literal characters");
                    }
                }
                if (!noEscapes) {
                    value = EscapeDecoder.decodeBytes(body, invalid);
                } else {
                    byte[] b = new byte[body.length()];
                    for (int k = 0; k < b.length; k++) b[k] = (byte) body.charAt(k);
                    value = b;
                }
            }
        } catch (EscapeDecoder.DecodeError e) {
            throw host.syntaxError(e.getMessage());
        }
        if (invalid[0] != null) host.invalidEscape(t, invalid[0]);
        return value;
    }

    /**
     * Raises CPython's error for a str literal whose source bytes are not UTF-8.
     * CPython decodes a literal without escapes as a whole (positions count from
     * the body's start), and one with escapes run by run of non-ASCII bytes
     * (positions count from the run's start). The prefix and quotes are ASCII,
     * so the body starts at the same index in bytes as in the text.
     */
    private static void checkUtf8(Token t, int bodyStart, int quoteLen, boolean raw, FStringHost host) {
        byte[] b = host.uncheckedBytes(t);
        if (b == null) return;
        int bodyEnd = b.length - quoteLen;
        boolean escapes = false;
        for (int k = bodyStart; k < bodyEnd && !raw; k++) escapes |= b[k] == '\\';
        String error = null;
        if (!escapes) {
            error = Utf8Check.firstError(b, bodyStart, bodyEnd - bodyStart, "utf-8");
        } else {
            for (int k = bodyStart; k < bodyEnd && error == null; ) {
                if (b[k] >= 0) {
                    k++;
                    continue;
                }
                int run = k;
                while (k < bodyEnd && b[k] < 0) k++;
                error = Utf8Check.firstError(b, run, k - run, "utf-8");
            }
        }
        if (error != null) throw host.syntaxError("(unicode error) " + error);
    }

    /** A str Constant (from {@link MarkedText}) spanning first..last, with kind "u" if first's text starts with 'u'. */
    static Expr.Constant strConstant(String marked, Token first, Token last) {
        String kind = first.text.charAt(0) == 'u' ? "u" : null;
        return new Expr.Constant(MarkedText.value(marked), kind, first.line, first.col, last.endLine, last.endCol);
    }

    private static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) return s;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
