package taipan.parser;

import java.util.List;
import taipan.ast.Expr;
import taipan.ast.Mod;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;
import taipan.tokenizer.Token;
import taipan.tokenizer.Tokenizer;

/**
 * Entry points of the parser. Parsing follows CPython 3.11's two passes: a fast
 * first pass; when it fails, a second pass with the rules that recognise common
 * mistakes and raise specific messages; when none applies, "invalid syntax" at
 * the furthest token the first pass fetched. A tokenizer error found while
 * parsing is final; after a parser error the rest of the file is tokenized and
 * a tokenizer error there takes precedence, as in CPython.
 */
public final class Parser {
    private Parser() {}

    /** Parses a module the way CPython's {@code ast.parse(source_bytes, filename)} does. */
    public static Mod.Module parseModule(byte[] source, String filename) {
        for (byte b : source) {
            if (b == 0) {
                // compile() rejects this before tokenizing, with no file or position.
                int none = PythonSyntaxError.NONE;
                throw new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError,
                    "source code string cannot contain null bytes", null, none, none, none, none, null);
            }
        }
        return parseModule(SourceFile.fromBytes(source, filename));
    }

    public static Mod.Module parseModule(SourceFile source) {
        return parseModule(source, false);
    }

    /**
     * Parses a module; with {@code typeComments} (compile()'s PyCF_TYPE_COMMENTS)
     * "# type:" comments are part of the grammar, as in CPython: they fill the
     * type_comment fields and "# type: ignore" comments become the type_ignores.
     */
    public static Mod.Module parseModule(SourceFile source, boolean typeComments) {
        Tokenizer tokenizer = tokenizer(source, typeComments);
        StatementParser p = new StatementParser(source, tokenizer, false, 0);
        List<taipan.ast.Stmt> body = run(p, p::file);
        List<taipan.ast.TypeIgnoreNode> ignores = new java.util.ArrayList<>();
        for (Tokenizer.TypeIgnoreComment c : tokenizer.typeIgnores()) {
            ignores.add(new taipan.ast.TypeIgnore(c.line(), c.tag()));
        }
        return new Mod.Module(body, ignores);
    }

    private static Tokenizer tokenizer(SourceFile source, boolean typeComments) {
        Tokenizer tokenizer = new Tokenizer(source);
        if (typeComments) tokenizer.enableTypeComments();
        return tokenizer;
    }

    /** Parses eval input (CPython's eval rule: expressions NEWLINE* ENDMARKER), as compile(..., 'eval'). */
    public static Mod.Expression parseExpression(SourceFile source) {
        return parseExpression(source, false);
    }

    /** Eval input; {@code typeComments} as for {@link #parseModule(SourceFile, boolean)}. */
    public static Mod.Expression parseExpression(SourceFile source, boolean typeComments) {
        StatementParser p = new StatementParser(source, tokenizer(source, typeComments), false, 0);
        return new Mod.Expression(run(p, () -> {
            Expr e = p.expressions();
            while (p.at(taipan.tokenizer.TokenType.NEWLINE)) p.advance();
            if (!p.at(taipan.tokenizer.TokenType.ENDMARKER)) throw ParserBase.fail();
            return e;
        }));
    }

    /**
     * Parses single-statement input as compile(..., 'single'): the statements of one line or one
     * compound statement; more than one statement is CPython's "multiple statements" error.
     */
    public static Mod.Interactive parseInteractive(SourceFile source) {
        return parseInteractive(source, false);
    }

    /** Single-statement input; {@code typeComments} as for {@link #parseModule(SourceFile, boolean)}. */
    public static Mod.Interactive parseInteractive(SourceFile source, boolean typeComments) {
        StatementParser p = new StatementParser(source, tokenizer(source, typeComments), false, 0);
        List<taipan.ast.Stmt> body = run(p, () -> {
            List<taipan.ast.Stmt> out = new java.util.ArrayList<>();
            if (!p.at(taipan.tokenizer.TokenType.ENDMARKER)) p.statement(out);
            return out;
        });
        if (!p.at(taipan.tokenizer.TokenType.ENDMARKER)) {
            taipan.tokenizer.Token t = p.peek();
            throw source.error(PythonSyntaxError.Kind.SyntaxError,
                "multiple statements found while compiling a single statement", t.line, t.col, t.line, t.col);
        }
        return new Mod.Interactive(body);
    }

    /**
     * Parses a function signature type comment as compile(..., 'func_type')
     * (CPython's func_type rule): {@code (argtypes) -> returns}, where the
     * argument types may end with {@code *expr} and/or {@code **expr}.
     */
    public static Mod.FunctionType parseFunctionType(SourceFile source) {
        StatementParser p = new StatementParser(source, new Tokenizer(source), false, 0);
        return run(p, () -> {
            p.expectOp("(");
            List<Expr> argtypes = new java.util.ArrayList<>();
            if (!p.atOp(")")) {
                while (true) {
                    if (p.acceptOp("*")) {
                        argtypes.add(p.expression());
                        if (p.acceptOp(",")) {
                            p.expectOp("**");
                            argtypes.add(p.expression());
                        }
                        break;
                    }
                    if (p.acceptOp("**")) {
                        argtypes.add(p.expression());
                        break;
                    }
                    argtypes.add(p.expression());
                    if (!p.acceptOp(",")) break;
                }
            }
            p.expectOp(")");
            p.expectOp("->");
            Expr returns = p.expression();
            while (p.at(taipan.tokenizer.TokenType.NEWLINE)) p.advance();
            if (!p.at(taipan.tokenizer.TokenType.ENDMARKER)) throw ParserBase.fail();
            return new Mod.FunctionType(argtypes, returns);
        });
    }

    /** Parses the expression of an f-string replacement field (CPython's fstring rule). */
    static Expr parseFStringExpression(SourceFile source, Tokenizer tokenizer, int startingColOffset) {
        StatementParser p = new StatementParser(source, tokenizer, true, startingColOffset);
        return run(p, p::starExpressions);
    }

    private interface Rule<T> {
        T parse();
    }

    private static <T> T run(StatementParser p, Rule<T> rule) {
        try {
            return rule.parse();
        } catch (ParserBase.Backtrack firstPassFailed) {
            // fall through to the error pass
        } catch (PythonSyntaxError e) {
            if (p.tokenizerFailed) throw e;
            throw preferTokenizerError(p, e);
        }
        Token lastToken = p.tokens.get(p.tokens.size() - 1);
        p.pos = 0;
        p.depth = 0;
        p.invalidRules = true;
        PythonSyntaxError error;
        try {
            rule.parse();
            error = p.genericError(lastToken);
        } catch (ParserBase.Backtrack noSpecificError) {
            error = p.genericError(lastToken);
        } catch (PythonSyntaxError e) {
            if (p.tokenizerFailed) throw e;
            error = e;
        }
        throw preferTokenizerError(p, error);
    }

    /** CPython's _PyPegen_tokenize_full_source_to_check_for_errors. */
    private static PythonSyntaxError preferTokenizerError(StatementParser p, PythonSyntaxError parserError) {
        if (p.fstringMode) return parserError;
        PythonSyntaxError later = p.tokenizer.checkRestForErrors(parserError.lineno);
        return later != null ? later : parserError;
    }
}
