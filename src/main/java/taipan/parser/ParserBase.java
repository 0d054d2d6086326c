package taipan.parser;

import java.util.ArrayList;
import java.util.List;
import taipan.ast.Located;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;
import taipan.tokenizer.Token;
import taipan.tokenizer.TokenType;
import taipan.tokenizer.Tokenizer;

/**
 * The token buffer under the recursive-descent parser, with the bookkeeping
 * CPython's PEG parser does and its error reporting depends on: tokens are
 * pulled from the tokenizer lazily, {@code pos} can be saved and restored for
 * backtracking, and the furthest token ever fetched ({@code fill}) is where a
 * generic "invalid syntax" is reported. The parser runs in two passes like
 * CPython's: the second ({@link #invalidRules}) re-parses with the extra rules
 * that recognise common mistakes and raise specific messages.
 */
abstract class ParserBase {
    /** Nesting budget of the recursive descent, as CPython's MAXSTACK (its parser then raises MemoryError). */
    static final int MAX_DEPTH = 6000;

    final SourceFile source;
    final Tokenizer tokenizer;
    final List<Token> tokens = new ArrayList<>(1024);
    /** levels[i]: the bracket nesting level after tokens[i]. */
    private int[] levels = new int[1024];
    private int bracketLevel;
    /** Index of the next token to consume. */
    int pos;
    /** Whether this pass runs CPython's invalid_* rules (the second, error-finding pass). */
    boolean invalidRules;
    /** Whether this parser parses the expression of an f-string replacement field. */
    final boolean fstringMode;
    /** For an f-string expression: the column its tokens were shifted by (errors are relative to it). */
    final int startingColOffset;
    int depth;
    /** Set once the tokenizer has reported an error: such an error is final. */
    boolean tokenizerFailed;

    ParserBase(SourceFile source, Tokenizer tokenizer, boolean fstringMode, int startingColOffset) {
        this.source = source;
        this.tokenizer = tokenizer;
        this.fstringMode = fstringMode;
        this.startingColOffset = startingColOffset;
    }

    // ---- token access ------------------------------------------------------------------

    /** The current token, fetching it from the tokenizer if needed. */
    final Token peek() {
        if (pos == tokens.size()) fetch();
        return tokens.get(pos);
    }

    /** The token after the current one. */
    final Token peek2() {
        while (pos + 1 >= tokens.size()) fetch();
        return tokens.get(pos + 1);
    }

    private void fetch() {
        Token t;
        try {
            t = tokenizer.next();
        } catch (PythonSyntaxError e) {
            tokenizerFailed = true;
            throw e;
        }
        if (t.type == TokenType.ERRORTOKEN) {
            tokenizerFailed = true;
            throw tokenizer.deferredError();
        }
        tokens.add(t);
        if (t.type == TokenType.OP) {
            switch (t.text) {
                case "(", "[", "{" -> bracketLevel++;
                case ")", "]", "}" -> bracketLevel--;
                default -> { }
            }
        }
        if (tokens.size() > levels.length) levels = java.util.Arrays.copyOf(levels, levels.length * 2);
        levels[tokens.size() - 1] = bracketLevel;
    }

    /** The bracket nesting level after token i, as CPython records on each token. */
    final int levelAfter(int i) {
        return levels[i];
    }

    /** The last token consumed. */
    final Token last() {
        return tokens.get(pos - 1);
    }

    final Token advance() {
        Token t = peek();
        pos++;
        return t;
    }

    final boolean atOp(String op) {
        Token t = peek();
        return t.type == TokenType.OP && t.text == op;
    }

    final boolean atKeyword(String kw) {
        Token t = peek();
        return t.type == TokenType.NAME && t.text.equals(kw);
    }

    final boolean at(TokenType type) {
        return peek().type == type;
    }

    /** The text of a TYPE_COMMENT token here (consumed), or null. */
    final String acceptTypeComment() {
        return at(TokenType.TYPE_COMMENT) ? advance().text : null;
    }

    final boolean acceptOp(String op) {
        if (atOp(op)) {
            pos++;
            return true;
        }
        return false;
    }

    final boolean acceptKeyword(String kw) {
        if (atKeyword(kw)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes operator {@code op} or fails the current alternative. */
    final Token expectOp(String op) {
        if (!atOp(op)) throw fail();
        return advance();
    }

    final Token expectKeyword(String kw) {
        if (!atKeyword(kw)) throw fail();
        return advance();
    }

    /**
     * Consumes {@code op} or raises "expected 'op'" at the current token, as
     * CPython's forced tokens ({@code &&':'}) do.
     */
    final Token forceOp(String op) {
        if (!atOp(op)) throw errorAt("expected '" + op + "'", peek());
        return advance();
    }

    final boolean isName(Token t) {
        return t.type == TokenType.NAME && !Keywords.isKeyword(t.text);
    }

    final boolean atName() {
        return isName(peek());
    }

    final Token expectName() {
        if (!atName()) throw fail();
        return advance();
    }

    final void enter() {
        if (++depth > MAX_DEPTH) throw new ParserStackOverflow();
    }

    final void leave() {
        depth--;
    }

    /** Parses {@code rule}; when it does not match, restores the position and returns null. */
    final <T> T attempt(java.util.function.Supplier<T> rule) {
        int mark = pos;
        try {
            return rule.get();
        } catch (Backtrack b) {
            pos = mark;
            return null;
        }
    }

    /** Like {@link #attempt} with CPython's invalid rules switched off for the rule's own parse. */
    final <T> T attemptPlain(java.util.function.Supplier<T> rule) {
        boolean saved = invalidRules;
        invalidRules = false;
        try {
            return attempt(rule);
        } finally {
            invalidRules = saved;
        }
    }

    // ---- failure and errors ----------------------------------------------------------

    /** Thrown to abandon the current alternative; caught where the grammar backtracks. */
    static final class Backtrack extends RuntimeException {
        static final Backtrack INSTANCE = new Backtrack();

        private Backtrack() {
            super(null, null, false, false);
        }
    }

    /** Abandons the current alternative (a PEG failure). */
    static Backtrack fail() {
        return Backtrack.INSTANCE;
    }

    /** CPython's RAISE_ERROR_KNOWN_LOCATION at token t (a token without position counts as column 0). */
    final PythonSyntaxError error(PythonSyntaxError.Kind kind, String msg, Token t) {
        return errorRange(kind, msg, t.line, t.col, t.endLine, t.endCol);
    }

    final PythonSyntaxError errorRange(PythonSyntaxError.Kind kind, String msg, int line, int col, int endLine, int endCol) {
        return errorAtOffsets(kind, msg, line, col + 1, endLine, endCol + 1);
    }

    /** Builds the exception from 1-based byte offsets, as _PyPegen_raise_error_known_location. */
    final PythonSyntaxError errorAtOffsets(PythonSyntaxError.Kind kind, String msg, int line, int offset, int endLine, int endOffset) {
        if (fstringMode) {
            msg = "f-string: " + msg;
            offset -= startingColOffset;
            endOffset -= startingColOffset;
        }
        return source.errorAtOffsets(kind, msg, line, offset, endLine, endOffset);
    }

    /**
     * CPython's RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched;
     * for a token without position (INDENT, DEDENT, ENDMARKER) at the tokenizer's
     * current column.
     */
    final PythonSyntaxError raiseAtLastFetched(PythonSyntaxError.Kind kind, String msg) {
        Token t = tokens.get(tokens.size() - 1);
        int offset = t.col == -1 ? tokenizer.currentColForError() : t.col + 1;
        int endOffset = t.endCol == -1 ? -1 : t.endCol + 1;
        return errorAtOffsets(kind, msg, t.line, offset, t.endLine, endOffset);
    }

    /** A SyntaxError spanning from node a to node b (RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
    final PythonSyntaxError errorRange(String msg, Located a, Located b) {
        return errorRange(PythonSyntaxError.Kind.SyntaxError, msg, a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset());
    }

    /** A SyntaxError located at node a (RAISE_SYNTAX_ERROR_KNOWN_LOCATION). */
    final PythonSyntaxError errorAt(String msg, Located a) {
        return errorRange(msg, a, a);
    }

    final PythonSyntaxError errorAt(String msg, Token t) {
        return error(PythonSyntaxError.Kind.SyntaxError, msg, t);
    }

    /** CPython's RAISE_SYNTAX_ERROR: located at the last token fetched. */
    final PythonSyntaxError errorAtLast(String msg) {
        return raiseAtLastFetched(PythonSyntaxError.Kind.SyntaxError, msg);
    }

    final PythonSyntaxError indentationErrorAtLast(String msg) {
        return raiseAtLastFetched(PythonSyntaxError.Kind.IndentationError, msg);
    }

    // ---- positions --------------------------------------------------------------------

    static Located loc(Object node) {
        return (Located) node;
    }
}
