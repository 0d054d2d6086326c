package taipan.parser;

import taipan.ast.Expr;
import taipan.source.PythonSyntaxError;
import taipan.tokenizer.Token;

/**
 * What {@link StringLiterals} needs from the parser that owns the STRING tokens:
 * errors located the way CPython's RAISE_SYNTAX_ERROR locates them
 * (at the last token the parser fetched), and a sub-parser for the expressions
 * inside f-string replacement fields.
 */
interface FStringHost {
    /** A SyntaxError at the last token fetched, as CPython's RAISE_SYNTAX_ERROR. */
    PythonSyntaxError syntaxError(String msg);

    /**
     * CPython's warn_invalid_escape_sequence for an escape in token t: a DeprecationWarning
     * with {@code message} at t's line, or, when the warnings filters make it an error, the
     * SyntaxError spanning t. Reported once per token and not in the error pass.
     */
    void invalidEscape(Token t, String message);

    /** A SyntaxError spanning token t, as CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION. */
    PythonSyntaxError syntaxErrorAt(Token t, String msg);

    /**
     * Parses {@code text} (the expression wrapped in parentheses, as CPython 3.11's
     * fstring_compile_expr does) with CPython's fstring start rule (star_expressions),
     * its tokens placed as CPython 3.11's sub-tokenizer places them: the text's first
     * line is line {@code startingLineno}, and while the tokenizer is on that line
     * (for a token, the line it ends on) columns are shifted by
     * {@code startingColOffset}.
     */
    Expr parseFStringExpression(String text, int startingLineno, int startingColOffset);

    /**
     * The source bytes of STRING token t if the source's bytes were never checked
     * to be UTF-8 (given as bytes, without BOM or coding cookie), else null. The
     * token's text has U+FFFD where those bytes are not UTF-8; CPython reports
     * such a literal as a "(unicode error) 'utf-8' codec can't decode ..." error.
     */
    byte[] uncheckedBytes(Token t);
}
