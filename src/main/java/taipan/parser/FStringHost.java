package taipan.parser;

import taipan.ast.Expr;
import taipan.source.PythonSyntaxError;

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
     * Parses {@code text} (the expression wrapped in parentheses, as CPython 3.11's
     * fstring_compile_expr does) with CPython's fstring start rule (star_expressions),
     * its tokens shifted by startingLineno/startingColOffset as CPython 3.11's pegen
     * shifts them: a token the sub-tokenizer reports at line L, column C (L counted
     * from 1 within text) gets line {@code startingLineno + L}, and column
     * {@code startingColOffset + C} if the sub-tokenizer's current line (the token's
     * end line) is 1, else C; the same for the end position.
     */
    Expr parseFStringExpression(String text, int startingLineno, int startingColOffset);
}
