package taipan.parser;

import java.util.ArrayList;
import java.util.List;
import taipan.ast.Alias;
import taipan.ast.Arguments;
import taipan.ast.ExceptHandler;
import taipan.ast.ExceptHandlerNode;
import taipan.ast.Expr;
import taipan.ast.Keyword;
import taipan.ast.Located;
import taipan.ast.MatchCase;
import taipan.ast.Operator;
import taipan.ast.Pattern;
import taipan.ast.Stmt;
import taipan.ast.WithItem;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;
import taipan.tokenizer.Token;
import taipan.tokenizer.TokenType;
import taipan.tokenizer.Tokenizer;

/**
 * The statement half of the grammar: simple statements (assignments in all
 * their forms, imports, raise, del, ...) and compound statements with their
 * blocks, with CPython 3.11's node positions (a compound statement ends at
 * the last token of its body that is not NEWLINE, INDENT or DEDENT).
 */
final class StatementParser extends PatternParser {

    StatementParser(SourceFile source, Tokenizer tokenizer, boolean fstringMode, int startingColOffset) {
        super(source, tokenizer, fstringMode, startingColOffset);
    }

    /** file: [statements] ENDMARKER. */
    List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (!at(TokenType.ENDMARKER)) statement(body);
        return body;
    }

    /** Parses one statement line (one compound statement or several simple ones) into out. */
    void statement(List<Stmt> out) {
        Token t = peek();
        if (t.type == TokenType.NAME) {
            switch (t.text) {
                case "def" -> {
                    out.add(functionDef(List.of(), null));
                    return;
                }
                case "class" -> {
                    out.add(classDef(List.of()));
                    return;
                }
                case "if" -> {
                    out.add(ifStmt());
                    return;
                }
                case "while" -> {
                    out.add(whileStmt());
                    return;
                }
                case "for" -> {
                    out.add(forStmt(null));
                    return;
                }
                case "with" -> {
                    out.add(withStmt(null));
                    return;
                }
                case "try" -> {
                    out.add(tryStmt());
                    return;
                }
                case "async" -> {
                    Token async = advance();
                    Token n = peek();
                    if (n.type == TokenType.NAME) {
                        switch (n.text) {
                            case "def" -> {
                                out.add(functionDef(List.of(), async));
                                return;
                            }
                            case "for" -> {
                                out.add(forStmt(async));
                                return;
                            }
                            case "with" -> {
                                out.add(withStmt(async));
                                return;
                            }
                            default -> { }
                        }
                    }
                    throw fail();
                }
                case "match" -> {
                    Stmt m = matchStmt();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                }
                default -> { }
            }
        } else if (t.type == TokenType.OP && t.text == "@") {
            out.add(decorated());
            return;
        } else if (t.type == TokenType.INDENT) {
            throw fail();
        }
        simpleStatements(out);
    }

    /** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE. */
    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (!acceptOp(";")) break;
            if (at(TokenType.NEWLINE)) break;
        }
        if (!at(TokenType.NEWLINE)) throw fail();
        advance();
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.type == TokenType.NAME) {
            switch (t.text) {
                case "pass" -> {
                    pos++;
                    return new Stmt.Pass(t.line, t.col, t.endLine, t.endCol);
                }
                case "break" -> {
                    pos++;
                    return new Stmt.Break(t.line, t.col, t.endLine, t.endCol);
                }
                case "continue" -> {
                    pos++;
                    return new Stmt.Continue(t.line, t.col, t.endLine, t.endCol);
                }
                case "return" -> {
                    pos++;
                    Expr value = startsExpression(true) ? starExpressions() : null;
                    return new Stmt.Return(value, t.line, t.col, last().endLine, last().endCol);
                }
                case "import" -> {
                    return importName();
                }
                case "from" -> {
                    return importFrom();
                }
                case "raise" -> {
                    pos++;
                    Expr exc = null, cause = null;
                    if (startsExpression(false)) {
                        exc = expression();
                        if (acceptKeyword("from")) cause = expression();
                    }
                    return new Stmt.Raise(exc, cause, t.line, t.col, last().endLine, last().endCol);
                }
                case "global", "nonlocal" -> {
                    pos++;
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(expectName().text);
                    } while (acceptOp(","));
                    return t.text.equals("global")
                        ? new Stmt.Global(names, t.line, t.col, last().endLine, last().endCol)
                        : new Stmt.Nonlocal(names, t.line, t.col, last().endLine, last().endCol);
                }
                case "del" -> {
                    return delStmt();
                }
                case "assert" -> {
                    pos++;
                    Expr test = expression();
                    Expr msg = acceptOp(",") ? expression() : null;
                    return new Stmt.Assert(test, msg, t.line, t.col, last().endLine, last().endCol);
                }
                default -> { }
            }
        }
        return assignmentOrExpression();
    }

    private Stmt delStmt() {
        Token del = advance();
        int start = pos;
        List<Expr> targets = new ArrayList<>();
        boolean parsed = true;
        try {
            while (true) {
                Expr target = primary();
                targets.add(Targets.store(this, target, Targets.Kind.DEL_TARGETS));
                if (!acceptOp(",")) break;
                if (at(TokenType.NEWLINE) || atOp(";")) break;
            }
        } catch (Backtrack b) {
            if (!invalidRules) throw b;
            parsed = false;
        }
        if (!parsed || !at(TokenType.NEWLINE) && !atOp(";")) {
            if (invalidRules) {
                pos = start;
                Expr e = starExpressions();
                Expr bad = Targets.invalidTarget(e, Targets.Kind.DEL_TARGETS);
                if (bad != null) throw errorAt("cannot delete " + Targets.exprName(bad), loc(bad));
            }
            throw fail();
        }
        return new Stmt.Delete(targets, del.line, del.col, last().endLine, last().endCol);
    }

    private Stmt assignmentOrExpression() {
        Token start = peek();
        Expr first = atKeyword("yield") ? yieldExpr() : starExpressions();
        Token t = peek();
        if (t.type != TokenType.OP) return exprStmt(start, first);
        if (t.text == "=") return assignment(start, first);
        if (t.text == ":") return annotatedAssignment(start, first);
        Operator op = augmentedOperator(t.text);
        if (op != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                if (invalidRules) {
                    throw errorAt("'" + Targets.exprName(first) + "' is an illegal expression for augmented assignment", loc(first));
                }
                throw fail();
            }
            pos++;
            Expr value = atKeyword("yield") ? yieldExpr() : starExpressions();
            Expr target = Targets.withContext(first, taipan.ast.ExprContext.Store);
            return new Stmt.AugAssign(target, op, value, start.line, start.col, last().endLine, last().endCol);
        }
        return exprStmt(start, first);
    }

    private Stmt exprStmt(Token start, Expr value) {
        return new Stmt.Expr(value, start.line, start.col, last().endLine, last().endCol);
    }

    private Stmt assignment(Token start, Expr first) {
        List<Expr> chain = new ArrayList<>();
        chain.add(first);
        while (acceptOp("=")) {
            chain.add(atKeyword("yield") ? yieldExpr() : starExpressions());
        }
        if (invalidRules && chain.size() == 2) invalidSingleAssignment(start, chain.get(0), chain.get(1));
        if (invalidRules && chain.size() > 2 && first instanceof Expr.Name && start.type == TokenType.NAME) {
            // invalid_named_expression's NAME '=' bitwise_or not followed by '=' (x = a if b else c = 1)
            Expr b = bitwiseOrPrefix(chain.get(1));
            if (b != null && b != chain.get(1)) {
                throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", loc(first), loc(b));
            }
        }
        String typeComment = acceptTypeComment();
        Expr value = chain.remove(chain.size() - 1);
        List<Expr> targets = new ArrayList<>(chain.size());
        for (Expr target : chain) {
            if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
                if (invalidRules) throw errorAt("assignment to yield expression not possible", loc(target));
                throw fail();
            }
            targets.add(Targets.store(this, target, Targets.Kind.STAR_TARGETS));
        }
        return new Stmt.Assign(targets, value, typeComment, start.line, start.col, last().endLine, last().endCol);
    }

    /**
     * CPython's invalid_named_expression as reached from invalid_assignment: "a = b"
     * where a is an invalid target at the bitwise-or level ("cannot assign to
     * function call here. Maybe you meant '==' instead of '='?").
     */
    private void invalidSingleAssignment(Token start, Expr target, Expr value) {
        Expr a = target;
        if (target instanceof Expr.Tuple t && !t.elts().isEmpty() && loc(t).colOffset() == loc(t.elts().get(0)).colOffset()
                && loc(t).lineno() == loc(t.elts().get(0)).lineno()) {
            a = t.elts().get(t.elts().size() - 1);
        }
        if (Targets.invalidTarget(a, Targets.Kind.STAR_TARGETS) == null) return;
        int first = tokenIndexAt(loc(a).lineno(), loc(a).colOffset());
        Token aStart = tokens.get(first);
        boolean parenthesized = first > 0 && tokens.get(first - 1).type == TokenType.OP && tokens.get(first - 1).text == "(";
        boolean excluded = a instanceof Expr.List || a instanceof Expr.Tuple || a instanceof Expr.GeneratorExp
            || aStart.type == TokenType.NAME && (aStart.text.equals("True") || aStart.text.equals("None") || aStart.text.equals("False"));
        boolean bitwiseOr = parenthesized || !(a instanceof Expr.BoolOp || a instanceof Expr.Compare || a instanceof Expr.IfExp
            || a instanceof Expr.Lambda || a instanceof Expr.Starred || a instanceof Expr.Yield || a instanceof Expr.YieldFrom
            || a instanceof Expr.UnaryOp u && u.op() == taipan.ast.UnaryOpKind.Not);
        Expr b = value instanceof Expr.Tuple t && !t.elts().isEmpty() ? t.elts().get(0) : value;
        boolean valueIsBitwiseOr = !(b instanceof Expr.Lambda || b instanceof Expr.Starred
            || b instanceof Expr.Yield || b instanceof Expr.YieldFrom
            || b instanceof Expr.UnaryOp u && u.op() == taipan.ast.UnaryOpKind.Not);
        if (!excluded && bitwiseOr && valueIsBitwiseOr) {
            throw errorAt("cannot assign to " + Targets.exprName(a) + " here. Maybe you meant '==' instead of '='?", loc(a));
        }
    }

    /** The leading bitwise-or operand of an expression, or null when it does not start with one. */
    private static Expr bitwiseOrPrefix(Expr e) {
        return switch (e) {
            case Expr.IfExp i -> bitwiseOrPrefix(i.body());
            case Expr.BoolOp b -> bitwiseOrPrefix(b.values().get(0));
            case Expr.Compare c -> c.left();
            case Expr.Lambda l -> null;
            case Expr.Starred st -> null;
            case Expr.UnaryOp u when u.op() == taipan.ast.UnaryOpKind.Not -> null;
            default -> e;
        };
    }

    /** The index of the consumed token that starts at line:col (searching back from the current one). */
    private int tokenIndexAt(int line, int col) {
        for (int i = pos - 1; i > 0; i--) {
            Token t = tokens.get(i);
            if (t.line == line && t.col == col) return i;
        }
        return 0;
    }

    private Stmt annotatedAssignment(Token start, Expr target) {
        boolean parenthesized = start.type == TokenType.OP && start.text == "(";
        int simple;
        if (target instanceof Expr.Name && !parenthesized) simple = 1;
        else if (target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript) simple = 0;
        else {
            if (invalidRules && !(target instanceof Expr.Starred) && colonThenExpression()) {
                String msg = target instanceof Expr.Tuple && !parenthesized ? "only single target (not tuple) can be annotated"
                    : target instanceof Expr.List || target instanceof Expr.Tuple
                        ? "only single target (not " + Targets.exprName(target) + ") can be annotated"
                        : "illegal target for annotation";
                throw errorAt(msg, target instanceof Expr.Tuple t && !parenthesized ? loc(t.elts().get(0)) : loc(target));
            }
            throw fail();
        }
        pos++;
        Expr annotation = expression();
        Expr value = null;
        if (acceptOp("=")) value = atKeyword("yield") ? yieldExpr() : starExpressions();
        Expr storeTarget = Targets.withContext(target, taipan.ast.ExprContext.Store);
        return new Stmt.AnnAssign(storeTarget, annotation, value, simple, start.line, start.col, last().endLine, last().endCol);
    }

    /** Whether ':' and an expression follow (CPython's invalid annotation rules need both); consumes nothing. */
    private boolean colonThenExpression() {
        int mark = pos;
        pos++;
        boolean matched = attemptPlain(this::expression) != null;
        pos = mark;
        return matched;
    }

    private static Operator augmentedOperator(String op) {
        return switch (op) {
            case "+=" -> Operator.Add;
            case "-=" -> Operator.Sub;
            case "*=" -> Operator.Mult;
            case "@=" -> Operator.MatMult;
            case "/=" -> Operator.Div;
            case "%=" -> Operator.Mod;
            case "&=" -> Operator.BitAnd;
            case "|=" -> Operator.BitOr;
            case "^=" -> Operator.BitXor;
            case "<<=" -> Operator.LShift;
            case ">>=" -> Operator.RShift;
            case "**=" -> Operator.Pow;
            case "//=" -> Operator.FloorDiv;
            default -> null;
        };
    }

    // ---- imports ------------------------------------------------------------------------

    private Stmt importName() {
        Token imp = advance();
        List<Alias> names = new ArrayList<>();
        do {
            names.add(dottedAsName());
        } while (acceptOp(","));
        return new Stmt.Import(names, imp.line, imp.col, last().endLine, last().endCol);
    }

    private Alias dottedAsName() {
        Token start = peek();
        String name = dottedName();
        String asname = null;
        if (acceptKeyword("as")) asname = expectName().text;
        return new Alias(name, asname, start.line, start.col, last().endLine, last().endCol);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName().text);
        while (atOp(".")) {
            pos++;
            sb.append('.').append(expectName().text);
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        Token from = advance();
        int level = 0;
        while (true) {
            if (acceptOp(".")) level++;
            else if (acceptOp("...")) level += 3;
            else break;
        }
        String module = null;
        if (!atKeyword("import")) module = dottedName();
        else if (level == 0) throw fail();
        expectKeyword("import");
        List<Alias> names = new ArrayList<>();
        if (atOp("*")) {
            Token star = advance();
            names.add(new Alias("*", null, star.line, star.col, star.endLine, star.endCol));
        } else if (acceptOp("(")) {
            do {
                if (atOp(")")) break;
                names.add(importAsName());
            } while (acceptOp(","));
            expectOp(")");
        } else {
            names.add(importAsName());
            while (acceptOp(",")) {
                if (at(TokenType.NEWLINE)) {
                    if (invalidRules) throw errorAtLast("trailing comma not allowed without surrounding parentheses");
                    throw fail();
                }
                names.add(importAsName());
            }
        }
        return new Stmt.ImportFrom(module, names, level, from.line, from.col, last().endLine, last().endCol);
    }

    private Alias importAsName() {
        Token name = expectName();
        String asname = null;
        if (acceptKeyword("as")) asname = expectName().text;
        return new Alias(name.text, asname, name.line, name.col, last().endLine, last().endCol);
    }

    // ---- blocks -------------------------------------------------------------------------

    /**
     * block: NEWLINE INDENT statements DEDENT | simple_stmts. {@code what} names the
     * statement for "expected an indented block after ..." errors.
     */
    private List<Stmt> block(String what, Token header) {
        List<Stmt> body = new ArrayList<>();
        if (at(TokenType.NEWLINE)) {
            advance();
            if (!at(TokenType.INDENT)) {
                if (invalidRules) {
                    throw indentationErrorAtLast("expected an indented block after " + what + " on line " + header.line);
                }
                throw fail();
            }
            advance();
            enter();
            try {
                do {
                    statement(body);
                } while (!at(TokenType.DEDENT));
            } finally {
                leave();
            }
            advance();
        } else {
            simpleStatements(body);
        }
        return body;
    }

    /** Consumes the ':' ending a compound-statement header ("expected ':'" when missing). */
    private void colon() {
        if (acceptOp(":")) return;
        if (invalidRules && at(TokenType.NEWLINE)) throw errorAtLast("expected ':'");
        throw fail();
    }

    /** Like {@link #colon()} for CPython's forced tokens (&&':'): the error comes in the first pass. */
    private void forcedColon() {
        forceOp(":");
    }

    /** The last token consumed that is not NEWLINE, INDENT or DEDENT: where a compound statement ends. */
    private Token lastNonWhitespace() {
        for (int i = pos - 1; ; i--) {
            Token t = tokens.get(i);
            if (t.type != TokenType.NEWLINE && t.type != TokenType.INDENT && t.type != TokenType.DEDENT) return t;
        }
    }

    // ---- compound statements ---------------------------------------------------------------

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (acceptOp("@")) {
            decorators.add(namedExpression());
            if (!at(TokenType.NEWLINE)) throw fail();
            advance();
        }
        if (atKeyword("def")) return functionDef(decorators, null);
        if (atKeyword("class")) return classDef(decorators);
        if (atKeyword("async") && peek2().type == TokenType.NAME && peek2().text.equals("def")) {
            Token async = advance();
            return functionDef(decorators, async);
        }
        throw fail();
    }

    private Stmt functionDef(List<Expr> decorators, Token async) {
        Token def = advance();
        Token start = async != null ? async : def;
        Token name = expectName();
        forceOp("(");
        Arguments args = parameters(")", true);
        expectOp(")");
        Expr returns = null;
        if (atOp("->")) {
            int mark = pos;
            pos++;
            returns = attempt(this::expression);
            if (returns == null) pos = mark;
        }
        forcedColon();
        String typeComment = funcTypeComment();
        List<Stmt> body = block("function definition", def);
        Token e = lastNonWhitespace();
        return async == null
            ? new Stmt.FunctionDef(name.text, args, body, decorators, returns, typeComment, start.line, start.col, e.endLine, e.endCol)
            : new Stmt.AsyncFunctionDef(name.text, args, body, decorators, returns, typeComment, start.line, start.col, e.endLine, e.endCol);
    }

    /**
     * func_type_comment: a type comment on the def line, or alone on the line
     * after it when the indented body follows; two of them is an error.
     */
    private String funcTypeComment() {
        if (at(TokenType.NEWLINE) && peek2().type == TokenType.TYPE_COMMENT) {
            int mark = pos;
            pos++;
            Token comment = advance();
            if (at(TokenType.NEWLINE) && peek2().type == TokenType.INDENT) return comment.text;
            pos = mark;
            return null;
        }
        if (!at(TokenType.TYPE_COMMENT)) return null;
        if (invalidRules) {
            int mark = pos;
            pos++;
            boolean twice = at(TokenType.NEWLINE) && peek2().type == TokenType.TYPE_COMMENT;
            if (twice) {
                pos += 2;
                twice = at(TokenType.NEWLINE) && peek2().type == TokenType.INDENT;
            }
            if (twice) throw raiseAtLastFetched(PythonSyntaxError.Kind.SyntaxError, "Cannot have two type comments on def");
            pos = mark;
        }
        return advance().text;
    }

    private Stmt classDef(List<Expr> decorators) {
        Token cls = advance();
        Token name = expectName();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (atOp("(")) {
            Token open = advance();
            if (!atOp(")") && arguments(open, bases, keywords) != null) throw fail();
            expectOp(")");
        }
        colon();
        List<Stmt> body = block("class definition", cls);
        Token e = lastNonWhitespace();
        return new Stmt.ClassDef(name.text, bases, keywords, body, decorators, cls.line, cls.col, e.endLine, e.endCol);
    }

    private Stmt ifStmt() {
        Token kw = advance();
        Expr test = namedExpression();
        colon();
        List<Stmt> body = block("'" + kw.text + "' statement", kw);
        List<Stmt> orelse = new ArrayList<>();
        if (atKeyword("elif")) {
            orelse.add(ifStmt());
        } else if (atKeyword("else")) {
            orelse = elseBlock();
        }
        Token e = lastNonWhitespace();
        return new Stmt.If(test, body, orelse, kw.line, kw.col, e.endLine, e.endCol);
    }

    private List<Stmt> elseBlock() {
        Token kw = advance();
        forcedColon();
        return block("'else' statement", kw);
    }

    private Stmt whileStmt() {
        Token kw = advance();
        Expr test = namedExpression();
        colon();
        List<Stmt> body = block("'while' statement", kw);
        List<Stmt> orelse = atKeyword("else") ? elseBlock() : List.of();
        Token e = lastNonWhitespace();
        return new Stmt.While(test, body, orelse, kw.line, kw.col, e.endLine, e.endCol);
    }

    private Stmt forStmt(Token async) {
        Token kw = advance();
        Token start = async != null ? async : kw;
        Expr rawTarget = targetList("in");
        Expr target = Targets.store(this, rawTarget, Targets.Kind.FOR_TARGETS);
        if (!atKeyword("in")) throw fail();
        advance();
        Expr iter = starExpressions();
        colon();
        String typeComment = acceptTypeComment();
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orelse = atKeyword("else") ? elseBlock() : List.of();
        Token e = lastNonWhitespace();
        return async == null
            ? new Stmt.For(target, iter, body, orelse, typeComment, start.line, start.col, e.endLine, e.endCol)
            : new Stmt.AsyncFor(target, iter, body, orelse, typeComment, start.line, start.col, e.endLine, e.endCol);
    }

    private Stmt withStmt(Token async) {
        Token kw = advance();
        Token start = async != null ? async : kw;
        List<WithItem> items = null;
        int mark = pos;
        if (atOp("(")) items = attempt(this::parenthesizedWithItems);
        if (items != null && at(TokenType.TYPE_COMMENT)) {
            // only the unparenthesized form takes a type comment: "(a, b)" is then one item
            items = null;
            pos = mark;
        }
        String typeComment = null;
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (acceptOp(","));
            colon();
            typeComment = acceptTypeComment();
        }
        List<Stmt> body = block("'with' statement", kw);
        Token e = lastNonWhitespace();
        return async == null
            ? new Stmt.With(items, body, typeComment, start.line, start.col, e.endLine, e.endCol)
            : new Stmt.AsyncWith(items, body, typeComment, start.line, start.col, e.endLine, e.endCol);
    }

    private List<WithItem> parenthesizedWithItems() {
        expectOp("(");
        List<WithItem> items = new ArrayList<>();
        do {
            if (atOp(")") && !items.isEmpty()) break;
            items.add(withItem());
        } while (acceptOp(","));
        expectOp(")");
        if (invalidRules && at(TokenType.NEWLINE)) throw errorAtLast("expected ':'");
        expectOp(":");
        return items;
    }

    private WithItem withItem() {
        Expr context = expression();
        Expr vars = null;
        if (acceptKeyword("as")) {
            int afterAs = pos;
            Expr target = starTarget();
            if (!(atOp(",") || atOp(")") || atOp(":") || invalidRules && at(TokenType.NEWLINE))) {
                if (invalidRules) {
                    pos = afterAs;
                    Expr e = expression();
                    if (atOp(",") || atOp(")") || atOp(":")) Targets.store(this, e, Targets.Kind.STAR_TARGETS);
                }
                throw fail();
            }
            vars = Targets.store(this, target, Targets.Kind.STAR_TARGETS);
        }
        return new WithItem(context, vars);
    }

    private Stmt tryStmt() {
        Token kw = advance();
        forcedColon();
        List<Stmt> body = block("'try' statement", kw);
        List<ExceptHandlerNode> handlers = new ArrayList<>();
        boolean star = false;
        while (atKeyword("except")) {
            Token ex = advance();
            boolean thisStar = atOp("*");
            if (!handlers.isEmpty() && thisStar != star) {
                if (invalidRules) {
                    Located end = thisStar ? locOf(peek()) : locOf(ex);
                    throw errorRange("cannot have both 'except' and 'except*' on the same 'try'", locOf(ex), end);
                }
                throw fail();
            }
            if (thisStar) pos++;
            star = thisStar;
            Expr type = null;
            String name = null;
            if (!atOp(":") && !at(TokenType.NEWLINE)) {
                type = expression();
                if (atOp(",")) {
                    if (invalidRules) {
                        pos++;
                        expressions();
                        if (acceptKeyword("as")) expectName();
                        if (atOp(":")) throw errorRange("multiple exception types must be parenthesized", loc(type), lastLocated());
                    }
                    throw fail();
                }
                if (acceptKeyword("as")) name = expectName().text;
            } else if (star) {
                if (invalidRules) throw errorAtLast("expected one or more exception types");
                throw fail();
            }
            colon();
            List<Stmt> hbody = block(star ? "'except*' statement" : "'except' statement", ex);
            Token e = lastNonWhitespace();
            handlers.add(new ExceptHandler(type, name, hbody, ex.line, ex.col, e.endLine, e.endCol));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && atKeyword("else")) orelse = elseBlock();
        List<Stmt> finalbody = List.of();
        if (atKeyword("finally")) {
            Token fin = advance();
            forcedColon();
            finalbody = block("'finally' statement", fin);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            if (invalidRules) throw errorAtLast("expected 'except' or 'finally' block");
            throw fail();
        }
        Token e = lastNonWhitespace();
        return star
            ? new Stmt.TryStar(body, handlers, orelse, finalbody, kw.line, kw.col, e.endLine, e.endCol)
            : new Stmt.Try(body, handlers, orelse, finalbody, kw.line, kw.col, e.endLine, e.endCol);
    }

    /** match_stmt, or null (with the position restored) when "match" is not a match statement. */
    private Stmt matchStmt() {
        int mark = pos;
        Token kw = advance();
        Expr subject;
        try {
            Token start = peek();
            Expr first = starNamedExpression();
            if (atOp(",")) {
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (acceptOp(",")) {
                    if (atOp(":")) break;
                    elts.add(starNamedExpression());
                }
                subject = new Expr.Tuple(elts, taipan.ast.ExprContext.Load, start.line, start.col, last().endLine, last().endCol);
            } else {
                if (first instanceof Expr.Starred) throw fail();
                subject = first;
            }
            if (!atOp(":")) {
                if (invalidRules && at(TokenType.NEWLINE)) throw errorAtLast("expected ':'");
                throw fail();
            }
            advance();
        } catch (Backtrack b) {
            pos = mark;
            return null;
        }
        if (!at(TokenType.NEWLINE)) {
            pos = mark;
            return null;
        }
        advance();
        if (!at(TokenType.INDENT)) {
            if (invalidRules) throw indentationErrorAtLast("expected an indented block after 'match' statement on line " + kw.line);
            throw fail();
        }
        advance();
        List<MatchCase> cases = new ArrayList<>();
        do {
            cases.add(caseBlock());
        } while (!at(TokenType.DEDENT));
        advance();
        Token e = lastNonWhitespace();
        return new Stmt.Match(subject, cases, kw.line, kw.col, e.endLine, e.endCol);
    }

    private MatchCase caseBlock() {
        Token kw = peek();
        if (!(kw.type == TokenType.NAME && kw.text.equals("case"))) throw fail();
        advance();
        Pattern pattern = patterns();
        Expr guard = null;
        if (acceptKeyword("if")) guard = namedExpression();
        colon();
        List<Stmt> body = block("'case' statement", kw);
        return new MatchCase(pattern, guard, body);
    }

    /** The generic error after a failed parse: CPython's _PyPegen_set_syntax_error for parser failures. */
    PythonSyntaxError genericError(Token lastToken) {
        if (lastToken.type == TokenType.INDENT) return raiseAtLastFetched(PythonSyntaxError.Kind.IndentationError, "unexpected indent");
        if (lastToken.type == TokenType.DEDENT) return raiseAtLastFetched(PythonSyntaxError.Kind.IndentationError, "unexpected unindent");
        return errorAt("invalid syntax", lastToken);
    }
}
