package taipan.parser;

import java.util.ArrayList;
import java.util.List;
import taipan.ast.Arg;
import taipan.ast.Arguments;
import taipan.ast.BoolOpKind;
import taipan.ast.CmpOpKind;
import taipan.ast.Comprehension;
import taipan.ast.ConstantValue;
import taipan.ast.Expr;
import taipan.ast.ExprContext;
import taipan.ast.Keyword;
import taipan.ast.Located;
import taipan.ast.Operator;
import taipan.ast.UnaryOpKind;
import taipan.source.SourceFile;
import taipan.tokenizer.Token;
import taipan.tokenizer.TokenType;
import taipan.tokenizer.Tokenizer;

/**
 * The expression half of the grammar (CPython 3.11's {@code expressions}
 * through {@code atom}, calls, slices, comprehensions and lambdas). Each method
 * parses one grammar rule at the current token and returns its node with
 * CPython's positions, or throws {@link ParserBase.Backtrack} when the rule does not
 * match. Targets are parsed as expressions and converted by {@link Targets}.
 */
abstract class ExpressionParser extends ParserBase implements FStringHost {

    ExpressionParser(SourceFile source, Tokenizer tokenizer, boolean fstringMode, int startingColOffset) {
        super(source, tokenizer, fstringMode, startingColOffset);
    }

    // ---- comma-separated forms -----------------------------------------------------------

    /** star_expressions: a tuple when there is a comma. */
    final Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!atOp(",")) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression(true)) break;
            elts.add(starExpression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, start.line, start.col, last().endLine, last().endCol);
    }

    /** expressions: a tuple when there is a comma (no starred elements). */
    final Expr expressions() {
        Token start = peek();
        Expr first = expression();
        if (!atOp(",")) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression(false)) break;
            elts.add(expression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, start.line, start.col, last().endLine, last().endCol);
    }

    /** star_named_expressions inside brackets; stops before the closing token. */
    final List<Expr> starNamedExpressions(String close) {
        List<Expr> elts = new ArrayList<>();
        while (!atOp(close)) {
            elts.add(starNamedExpression());
            if (!acceptOp(",")) break;
        }
        return elts;
    }

    /** Whether the current token can begin an expression (with '*' when starred is allowed). */
    final boolean startsExpression(boolean starred) {
        Token t = peek();
        switch (t.type) {
            case NAME -> {
                return switch (t.text) {
                    case "not", "lambda", "await", "None", "True", "False" -> true;
                    default -> !Keywords.isKeyword(t.text);
                };
            }
            case NUMBER, STRING -> {
                return true;
            }
            case OP -> {
                return switch (t.text) {
                    case "(", "[", "{", "-", "+", "~", "..." -> true;
                    case "*" -> starred;
                    default -> false;
                };
            }
            default -> {
                return false;
            }
        }
    }

    // ---- single expressions ---------------------------------------------------------------

    /** star_expression: '*' bitwise_or | expression. */
    final Expr starExpression() {
        if (atOp("*")) {
            Token star = advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, ExprContext.Load, star.line, star.col, last().endLine, last().endCol);
        }
        return expression();
    }

    /** star_named_expression: '*' bitwise_or | named_expression. */
    final Expr starNamedExpression() {
        if (atOp("*")) {
            Token star = advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, ExprContext.Load, star.line, star.col, last().endLine, last().endCol);
        }
        return namedExpression();
    }

    /** named_expression: NAME ':=' expression | expression !':='. */
    final Expr namedExpression() {
        if (atName() && peek2().type == TokenType.OP && peek2().text == ":=") {
            Token name = advance();
            advance();
            Expr value = expression();
            Expr target = new Expr.Name(name.text, ExprContext.Store, name.line, name.col, name.endLine, name.endCol);
            return new Expr.NamedExpr(target, value, name.line, name.col, last().endLine, last().endCol);
        }
        Token start = peek();
        Expr e = expression();
        if (invalidRules && atOp("=")) invalidNamedExpression(start, e);
        if (atOp(":=")) {
            if (invalidRules) throw errorAt("cannot use assignment expressions with " + Targets.exprName(e), loc(e));
            throw fail();
        }
        return e;
    }

    /** CPython's invalid_named_expression: "x = 1" where a condition or element is expected. */
    private void invalidNamedExpression(Token start, Expr e) {
        int mark = pos;
        pos++;
        Expr b = attemptPlain(this::bitwiseOr);
        boolean followedByAssign = b == null || atOp("=") || atOp(":=");
        pos = mark;
        if (followedByAssign) return;
        if (e instanceof Expr.Name && start.type == TokenType.NAME) {
            throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", loc(e), loc(b));
        }
        boolean excluded = start.type == TokenType.OP && (start.text == "(" || start.text == "[")
            || start.type == TokenType.NAME && (start.text.equals("True") || start.text.equals("None") || start.text.equals("False"));
        boolean bitwiseOrLevel = !(e instanceof Expr.BoolOp || e instanceof Expr.Compare || e instanceof Expr.IfExp
            || e instanceof Expr.Lambda || (e instanceof Expr.UnaryOp u && u.op() == UnaryOpKind.Not));
        if (!excluded && bitwiseOrLevel) {
            throw errorAt("cannot assign to " + Targets.exprName(e) + " here. Maybe you meant '==' instead of '='?", loc(e));
        }
    }

    /** expression: disjunction ['if' disjunction 'else' expression] | lambdef. */
    final Expr expression() {
        if (atKeyword("lambda")) return lambdef();
        enter();
        try {
            int startIndex = pos;
            Token start = peek();
            Expr body = disjunction();
            if (invalidRules && !atKeyword("if")) invalidExpression(startIndex, body);
            if (!atKeyword("if")) return body;
            advance();
            Expr test = disjunction();
            if (!atKeyword("else")) {
                if (invalidRules && !atOp(":")) throw errorRange("expected 'else' after 'if' expression", loc(body), loc(test));
                throw fail();
            }
            advance();
            Expr orelse = expression();
            return new Expr.IfExp(test, body, orelse, start.line, start.col, last().endLine, last().endCol);
        } finally {
            leave();
        }
    }

    /**
     * CPython's invalid_expression and invalid_legacy_expression: two expressions in
     * a row inside brackets ("Perhaps you forgot a comma?"), or print/exec used as
     * statements ("Missing parentheses in call to 'print'").
     */
    private void invalidExpression(int startIndex, Expr a) {
        if (!startsExpression(false)) return;
        Token start = tokens.get(startIndex);
        boolean legacy = a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
        Token next = tokens.get(startIndex + 1);
        boolean guard = start.type == TokenType.NAME && (next.type == TokenType.STRING
            || start.text.equals("match") || start.text.equals("case") || start.text.equals("_"));
        int mark = pos;
        if (!guard && !legacy) {
            Expr b = attempt(this::expressionWithoutInvalid);
            if (b != null && levelAfter(pos - 1) != 0) throw errorRange("invalid syntax. Perhaps you forgot a comma?", loc(a), loc(b));
        } else if (legacy && !atOp("(")) {
            Expr b = attempt(this::starExpressions);
            if (b != null) {
                String name = ((Expr.Name) a).id();
                throw errorRange("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?", loc(a), loc(b));
            }
        }
        pos = mark;
    }

    /**
     * CPython's expression_without_invalid: an expression whose own top level skips
     * the invalid_expression check (nested expressions still make it).
     */
    private Expr expressionWithoutInvalid() {
        if (atKeyword("lambda")) return lambdef();
        Token start = peek();
        Expr body = disjunction();
        if (!atKeyword("if")) return body;
        advance();
        Expr test = disjunction();
        expectKeyword("else");
        Expr orelse = expression();
        return new Expr.IfExp(test, body, orelse, start.line, start.col, last().endLine, last().endCol);
    }

    final Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!atKeyword("or")) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("or")) values.add(conjunction());
        return new Expr.BoolOp(BoolOpKind.Or, values, start.line, start.col, last().endLine, last().endCol);
    }

    final Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!atKeyword("and")) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("and")) values.add(inversion());
        return new Expr.BoolOp(BoolOpKind.And, values, start.line, start.col, last().endLine, last().endCol);
    }

    final Expr inversion() {
        if (atKeyword("not")) {
            Token not = advance();
            enter();
            try {
                Expr operand = inversion();
                return new Expr.UnaryOp(UnaryOpKind.Not, operand, not.line, not.col, last().endLine, last().endCol);
            } finally {
                leave();
            }
        }
        return comparison();
    }

    final Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        CmpOpKind op = compareOp();
        if (op == null) return left;
        List<CmpOpKind> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
            op = compareOp();
        }
        return new Expr.Compare(left, ops, comparators, start.line, start.col, last().endLine, last().endCol);
    }

    /** Consumes a comparison operator, or returns null when there is none. */
    private CmpOpKind compareOp() {
        Token t = peek();
        if (t.type == TokenType.OP) {
            CmpOpKind op = switch (t.text) {
                case "==" -> CmpOpKind.Eq;
                case "!=" -> CmpOpKind.NotEq;
                case "<" -> CmpOpKind.Lt;
                case "<=" -> CmpOpKind.LtE;
                case ">" -> CmpOpKind.Gt;
                case ">=" -> CmpOpKind.GtE;
                default -> null;
            };
            if (op != null) pos++;
            return op;
        }
        if (t.type != TokenType.NAME) return null;
        switch (t.text) {
            case "in" -> {
                pos++;
                return CmpOpKind.In;
            }
            case "not" -> {
                Token n = peek2();
                if (n.type == TokenType.NAME && n.text.equals("in")) {
                    pos += 2;
                    return CmpOpKind.NotIn;
                }
                return null;
            }
            case "is" -> {
                pos++;
                return acceptKeyword("not") ? CmpOpKind.IsNot : CmpOpKind.Is;
            }
            default -> {
                return null;
            }
        }
    }

    final Expr bitwiseOr() {
        Token start = peek();
        Expr left = bitwiseXor();
        while (atOp("|")) {
            pos++;
            left = binOp(start, left, Operator.BitOr, bitwiseXor());
        }
        return left;
    }

    private Expr bitwiseXor() {
        Token start = peek();
        Expr left = bitwiseAnd();
        while (atOp("^")) {
            pos++;
            left = binOp(start, left, Operator.BitXor, bitwiseAnd());
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Token start = peek();
        Expr left = shiftExpr();
        while (atOp("&")) {
            pos++;
            left = binOp(start, left, Operator.BitAnd, shiftExpr());
        }
        return left;
    }

    private Expr shiftExpr() {
        Token start = peek();
        Expr left = sum();
        while (true) {
            Operator op = atOp("<<") ? Operator.LShift : atOp(">>") ? Operator.RShift : null;
            if (op == null) return left;
            pos++;
            left = binOp(start, left, op, sum());
        }
    }

    private Expr sum() {
        Token start = peek();
        Expr left = term();
        while (true) {
            Operator op = atOp("+") ? Operator.Add : atOp("-") ? Operator.Sub : null;
            if (op == null) return left;
            pos++;
            left = binOp(start, left, op, term());
        }
    }

    private Expr term() {
        Token start = peek();
        Expr left = factor();
        while (true) {
            Token t = peek();
            if (t.type != TokenType.OP) return left;
            Operator op = switch (t.text) {
                case "*" -> Operator.Mult;
                case "/" -> Operator.Div;
                case "//" -> Operator.FloorDiv;
                case "%" -> Operator.Mod;
                case "@" -> Operator.MatMult;
                default -> null;
            };
            if (op == null) return left;
            pos++;
            left = binOp(start, left, op, factor());
        }
    }

    private Expr binOp(Token start, Expr left, Operator op, Expr right) {
        return new Expr.BinOp(left, op, right, start.line, start.col, last().endLine, last().endCol);
    }

    private Expr factor() {
        Token t = peek();
        if (t.type == TokenType.OP) {
            UnaryOpKind op = switch (t.text) {
                case "+" -> UnaryOpKind.UAdd;
                case "-" -> UnaryOpKind.USub;
                case "~" -> UnaryOpKind.Invert;
                default -> null;
            };
            if (op != null) {
                pos++;
                enter();
                try {
                    Expr operand = factor();
                    return new Expr.UnaryOp(op, operand, t.line, t.col, last().endLine, last().endCol);
                } finally {
                    leave();
                }
            }
        }
        return power();
    }

    private Expr power() {
        Token start = peek();
        Expr base = awaitPrimary();
        if (!atOp("**")) return base;
        pos++;
        enter();
        try {
            return binOp(start, base, Operator.Pow, factor());
        } finally {
            leave();
        }
    }

    private Expr awaitPrimary() {
        if (atKeyword("await")) {
            Token t = advance();
            Expr value = primary();
            return new Expr.Await(value, t.line, t.col, last().endLine, last().endCol);
        }
        return primary();
    }

    /** primary: atom followed by attribute, call and subscript trailers. */
    final Expr primary() {
        Token start = peek();
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.type != TokenType.OP) return e;
            switch (t.text) {
                case "." -> {
                    pos++;
                    Token name = expectName();
                    e = new Expr.Attribute(e, name.text, ExprContext.Load, start.line, start.col, name.endLine, name.endCol);
                }
                case "(" -> e = call(start, e);
                case "[" -> {
                    pos++;
                    enter();
                    try {
                        Expr slice = slices();
                        Token close = expectOp("]");
                        e = new Expr.Subscript(e, slice, ExprContext.Load, start.line, start.col, close.endLine, close.endCol);
                    } finally {
                        leave();
                    }
                }
                default -> {
                    return e;
                }
            }
        }
    }

    /** The argument list of a call, starting at '('. */
    private Expr call(Token start, Expr func) {
        Token open = advance();
        enter();
        try {
            List<Expr> args = new ArrayList<>();
            List<Keyword> keywords = new ArrayList<>();
            if (!atOp(")")) {
                Expr genexp = arguments(open, args, keywords);
                if (genexp != null) args.add(genexp);
            }
            Token close = expectOp(")");
            return new Expr.Call(func, args, keywords, start.line, start.col, close.endLine, close.endCol);
        } finally {
            leave();
        }
    }

    /**
     * Parses call arguments into args/keywords. Returns a generator expression when
     * the only argument is an unparenthesized one, as in {@code f(x for x in y)}.
     */
    final Expr arguments(Token open, List<Expr> args, List<Keyword> keywords) {
        boolean sawKeyword = false, sawDoubleStar = false;
        String misplaced = null;
        while (!atOp(")")) {
            Token t = peek();
            if (t.type == TokenType.OP && t.text == "*") {
                pos++;
                Expr value = expression();
                Expr starred = new Expr.Starred(value, ExprContext.Load, t.line, t.col, last().endLine, last().endCol);
                if (sawDoubleStar) {
                    if (invalidRules) throw errorAt("iterable argument unpacking follows keyword argument unpacking", t);
                    throw fail();
                }
                args.add(starred);
            } else if (t.type == TokenType.OP && t.text == "**") {
                pos++;
                Expr value = expression();
                keywords.add(new Keyword(null, value, t.line, t.col, last().endLine, last().endCol));
                sawDoubleStar = true;
            } else if (isName(t) && peek2().type == TokenType.OP && peek2().text == "=") {
                Token eq = peek2();
                pos += 2;
                Expr value = expression();
                if (invalidRules && (atKeyword("for") || atKeyword("async"))) {
                    throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", locOf(t), locOf(eq));
                }
                keywords.add(new Keyword(t.text, value, t.line, t.col, last().endLine, last().endCol));
                sawKeyword = true;
            } else {
                Expr value = atName() && peek2().type == TokenType.OP && peek2().text == ":=" ? namedExpression() : expression();
                if (args.isEmpty() && keywords.isEmpty() && (atKeyword("for") || atKeyword("async"))) {
                    List<Comprehension> gens = forIfClauses();
                    Token close = peek();
                    if (!atOp(")")) {
                        if (invalidRules) throw errorRange("Generator expression must be parenthesized", loc(value), lastLocated());
                        throw fail();
                    }
                    return new Expr.GeneratorExp(value, gens, open.line, open.col, close.endLine, close.endCol);
                }
                if (atKeyword("for") || atKeyword("async")) {
                    if (invalidRules) {
                        forIfClauses();
                        throw errorRange("Generator expression must be parenthesized", loc(value), lastLocated());
                    }
                    throw fail();
                }
                if (atOp("=") && invalidRules) throw invalidKeywordArgument(value);
                if (sawDoubleStar || sawKeyword) {
                    if (!invalidRules) throw fail();
                    if (misplaced == null) {
                        misplaced = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument";
                    }
                }
                args.add(value);
            }
            if (!acceptOp(",")) break;
        }
        if (misplaced != null) {
            // CPython reports it after parsing the rest of the arguments, at the last token fetched.
            peek();
            throw errorAtLast(misplaced);
        }
        return null;
    }

    /** CPython's invalid_kwarg: an expression followed by '=' in an argument list. */
    private RuntimeException invalidKeywordArgument(Expr value) {
        Token eq = peek();
        Token first = tokens.get(pos - 1);
        if (value instanceof Expr.Constant c && (c.value() instanceof Boolean || c.value() == null)
                && first.type == TokenType.NAME && first.col == loc(c).colOffset()) {
            return errorRange("cannot assign to " + first.text, loc(value), locOf(eq));
        }
        return errorRange("expression cannot contain assignment, perhaps you meant \"==\"?", loc(value), locOf(eq));
    }

    /** A Located view of the last token consumed. */
    final Located lastLocated() {
        return locOf(last());
    }

    static Located locOf(Token t) {
        return new Located() {
            @Override public int lineno() { return t.line; }
            @Override public int colOffset() { return t.col; }
            @Override public int endLineno() { return t.endLine; }
            @Override public int endColOffset() { return t.endCol; }
        };
    }

    /** slices: one slice, or a tuple of slices and starred expressions. */
    private Expr slices() {
        Token start = peek();
        Expr first = sliceItem();
        if (!atOp(",")) {
            if (first instanceof Expr.Starred) {
                return new Expr.Tuple(List.of(first), ExprContext.Load, start.line, start.col, last().endLine, last().endCol);
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("]")) break;
            elts.add(sliceItem());
        }
        return new Expr.Tuple(elts, ExprContext.Load, start.line, start.col, last().endLine, last().endCol);
    }

    private Expr sliceItem() {
        Token start = peek();
        if (atOp("*")) {
            pos++;
            Expr value = bitwiseOr();
            return new Expr.Starred(value, ExprContext.Load, start.line, start.col, last().endLine, last().endCol);
        }
        Expr lower = null;
        if (!atOp(":")) {
            lower = namedExpression();
            if (!atOp(":")) return lower;
            if (lower instanceof Expr.NamedExpr) throw fail();
        }
        pos++;
        Expr upper = atOp(":") || atOp(",") || atOp("]") ? null : expression();
        Expr step = null;
        if (acceptOp(":")) {
            if (!atOp(",") && !atOp("]")) step = expression();
        }
        return new Expr.Slice(lower, upper, step, start.line, start.col, last().endLine, last().endCol);
    }

    // ---- atoms ----------------------------------------------------------------------------

    final Expr atom() {
        Token t = peek();
        switch (t.type) {
            case NAME -> {
                switch (t.text) {
                    case "True", "False", "None" -> {
                        pos++;
                        Object value = t.text.equals("None") ? null : Boolean.valueOf(t.text.equals("True"));
                        return new Expr.Constant(value, null, t.line, t.col, t.endLine, t.endCol);
                    }
                    default -> {
                        if (Keywords.isKeyword(t.text)) throw fail();
                        pos++;
                        return new Expr.Name(t.text, ExprContext.Load, t.line, t.col, t.endLine, t.endCol);
                    }
                }
            }
            case NUMBER -> {
                pos++;
                String tooLong = NumberLiterals.decimalLimitError(t.text);
                if (tooLong != null) {
                    // CPython gives no columns here, to spare a wall of carets under a huge literal
                    throw errorAtOffsets(taipan.source.PythonSyntaxError.Kind.SyntaxError, tooLong, t.line, 0, t.endLine, 0);
                }
                return new Expr.Constant(NumberLiterals.value(t.text), null, t.line, t.col, t.endLine, t.endCol);
            }
            case STRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return braceDisplay();
                    }
                    case "..." -> {
                        pos++;
                        return new Expr.Constant(ConstantValue.Ellipsis.INSTANCE, null, t.line, t.col, t.endLine, t.endCol);
                    }
                    default -> throw fail();
                }
            }
            default -> throw fail();
        }
    }

    private Expr strings() {
        List<Token> parts = new ArrayList<>(2);
        while (at(TokenType.STRING)) parts.add(advance());
        return StringLiterals.concatenate(parts, this);
    }

    /** '(' starts a tuple, a group, a generator expression or a parenthesized yield. */
    private Expr parenthesized() {
        Token open = advance();
        enter();
        try {
            if (atOp(")")) {
                Token close = advance();
                return new Expr.Tuple(List.of(), ExprContext.Load, open.line, open.col, close.endLine, close.endCol);
            }
            if (atKeyword("yield")) {
                Expr y = yieldExpr();
                expectOp(")");
                return y;
            }
            if (invalidRules && atOp("**")) invalidDoubleStarredGroup();
            Expr first = starNamedExpression();
            if (atOp(")")) {
                pos++;
                if (first instanceof Expr.Starred) {
                    if (invalidRules) throw errorAt("cannot use starred expression here", loc(first));
                    throw fail();
                }
                return first;
            }
            if (atKeyword("for") || atKeyword("async")) {
                if (first instanceof Expr.Starred) throw unpackingInComprehension(first);
                List<Comprehension> gens = forIfClauses();
                Token close = expectOp(")");
                return new Expr.GeneratorExp(first, gens, open.line, open.col, close.endLine, close.endCol);
            }
            if (!atOp(",")) throw fail();
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (acceptOp(",")) {
                if (atOp(")")) break;
                elts.add(starNamedExpression());
            }
            Token close = expectOp(")");
            return new Expr.Tuple(elts, ExprContext.Load, open.line, open.col, close.endLine, close.endCol);
        } finally {
            leave();
        }
    }

    private Expr listDisplay() {
        Token open = advance();
        enter();
        try {
            if (atOp("]")) {
                Token close = advance();
                return new Expr.List(List.of(), ExprContext.Load, open.line, open.col, close.endLine, close.endCol);
            }
            Expr first = starNamedExpression();
            if (atKeyword("for") || atKeyword("async")) {
                if (first instanceof Expr.Starred) throw unpackingInComprehension(first);
                List<Comprehension> gens = forIfClauses();
                Token close = expectOp("]");
                return new Expr.ListComp(first, gens, open.line, open.col, close.endLine, close.endCol);
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (acceptOp(",")) {
                if (atOp("]")) break;
                if (invalidRules && atKeyword("for")) throw unparenthesizedTarget(elts, last());
                elts.add(starNamedExpression());
            }
            if (invalidRules && atKeyword("for") && elts.size() > 1) throw unparenthesizedTarget(elts, null);
            Token close = expectOp("]");
            return new Expr.List(elts, ExprContext.Load, open.line, open.col, close.endLine, close.endCol);
        } finally {
            leave();
        }
    }

    private Expr braceDisplay() {
        Token open = advance();
        enter();
        try {
            if (atOp("}")) {
                Token close = advance();
                return new Expr.Dict(List.of(), List.of(), open.line, open.col, close.endLine, close.endCol);
            }
            if (atOp("**")) {
                if (invalidRules) invalidDictUnpackingComprehension();
                return dictDisplay(open, null, null);
            }
            boolean parenthesized = atOp("(");
            Expr first = starNamedExpression();
            if (atOp(":") && !(first instanceof Expr.Starred) && (parenthesized || !(first instanceof Expr.NamedExpr))) {
                pos++;
                if (invalidRules) invalidDictValue();
                Expr value = expression();
                if (atKeyword("for") || atKeyword("async")) {
                    List<Comprehension> gens = forIfClauses();
                    Token close = expectOp("}");
                    return new Expr.DictComp(first, value, gens, open.line, open.col, close.endLine, close.endCol);
                }
                return dictDisplay(open, first, value);
            }
            if (atKeyword("for") || atKeyword("async")) {
                if (first instanceof Expr.Starred) throw unpackingInComprehension(first);
                List<Comprehension> gens = forIfClauses();
                Token close = expectOp("}");
                return new Expr.SetComp(first, gens, open.line, open.col, close.endLine, close.endCol);
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (acceptOp(",")) {
                if (atOp("}")) break;
                if (invalidRules && atKeyword("for")) throw unparenthesizedTarget(elts, last());
                elts.add(starNamedExpression());
            }
            if (invalidRules && atKeyword("for") && elts.size() > 1) throw unparenthesizedTarget(elts, null);
            Token close = expectOp("}");
            return new Expr.Set(elts, open.line, open.col, close.endLine, close.endCol);
        } finally {
            leave();
        }
    }

    /** The rest of a dict display; key/value are the first pair when already parsed. */
    private Expr dictDisplay(Token open, Expr key, Expr value) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (key != null) {
            keys.add(key);
            values.add(value);
            if (!acceptOp(",")) {
                Token close = expectOp("}");
                return new Expr.Dict(keys, values, open.line, open.col, close.endLine, close.endCol);
            }
        }
        while (!atOp("}")) {
            if (acceptOp("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr k2 = expression();
                if (!atOp(":")) {
                    if (invalidRules) {
                        Located k = loc(k2);
                        throw errorRange(taipan.source.PythonSyntaxError.Kind.SyntaxError, "':' expected after dictionary key",
                            k.lineno(), k.endColOffset() - 1, k.endLineno(), -1);
                    }
                    throw fail();
                }
                pos++;
                if (invalidRules) invalidDictValue();
                keys.add(k2);
                values.add(expression());
            }
            if (!acceptOp(",")) break;
        }
        Token close = expectOp("}");
        return new Expr.Dict(keys, values, open.line, open.col, close.endLine, close.endCol);
    }

    /** CPython's invalid_group: "(**a)". */
    private void invalidDoubleStarredGroup() {
        int mark = pos;
        Token stars = advance();
        if (attemptPlain(this::expression) != null && atOp(")")) throw errorAt("cannot use double starred expression here", stars);
        pos = mark;
    }

    /** "{**a for ...}": dict unpacking in a dict comprehension. */
    private void invalidDictUnpackingComprehension() {
        int mark = pos;
        Token stars = advance();
        if (attemptPlain(this::bitwiseOr) != null && (atKeyword("for") || atKeyword("async"))) {
            throw errorAt("dict unpacking cannot be used in dict comprehension", stars);
        }
        pos = mark;
    }

    private RuntimeException unpackingInComprehension(Expr starred) {
        if (!invalidRules) return fail();
        return errorAt("iterable unpacking cannot be used in comprehension", loc(starred));
    }

    /** "[x, y for ...]": CPython's hint, from the first element to the last (or to the trailing comma). */
    private RuntimeException unparenthesizedTarget(List<Expr> elts, Token trailingComma) {
        Located end = trailingComma != null ? locOf(trailingComma) : loc(elts.get(elts.size() - 1));
        return errorRange("did you forget parentheses around the comprehension target?", loc(elts.get(0)), end);
    }

    /** CPython's invalid_kvpair after "key:": a starred value or no value at all. */
    private void invalidDictValue() {
        Token t = peek();
        if (atOp("*")) {
            // RAISE_SYNTAX_ERROR_STARTING_FROM: the range ends where the tokenizer stands after the value.
            pos++;
            bitwiseOr();
            peek();
            throw errorAtOffsets(taipan.source.PythonSyntaxError.Kind.SyntaxError, "cannot use a starred expression in a dictionary value",
                t.line, t.col + 1, tokenizer.lineno(), tokenizer.currentColForError());
        }
        if (atOp("}") || atOp(",")) throw errorAt("expression expected after dictionary key and ':'", last());
    }

    /** for_if_clauses: one or more [async] for ... in ... [if ...]. */
    final List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atKeyword("for") || (atKeyword("async") && peek2().type == TokenType.NAME && peek2().text.equals("for"))) {
            int isAsync = acceptKeyword("async") ? 1 : 0;
            advance();
            Expr target = Targets.store(this, targetList("in"));
            if (!atKeyword("in")) {
                if (invalidRules) throw errorAtLast("invalid syntax");
                throw fail();
            }
            advance();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (atKeyword("if")) {
                pos++;
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    /**
     * star_targets as an expression, to be converted by {@link Targets}: a comma
     * list of optionally starred primaries, a tuple when there is a comma.
     */
    final Expr targetList(String terminator) {
        Token start = peek();
        Expr first = starTarget();
        if (!atOp(",")) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atKeyword(terminator) || !startsExpression(true)) break;
            elts.add(starTarget());
        }
        return new Expr.Tuple(elts, ExprContext.Load, start.line, start.col, last().endLine, last().endCol);
    }

    /** star_target: ['*'] target (a primary, to be converted by {@link Targets}). */
    final Expr starTarget() {
        if (atOp("*")) {
            Token star = advance();
            Expr value = starTarget();
            return new Expr.Starred(value, ExprContext.Load, star.line, star.col, last().endLine, last().endCol);
        }
        return primary();
    }

    // ---- yield and lambda --------------------------------------------------------------

    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]. */
    final Expr yieldExpr() {
        Token y = expectKeyword("yield");
        if (acceptKeyword("from")) {
            Expr value = expression();
            return new Expr.YieldFrom(value, y.line, y.col, last().endLine, last().endCol);
        }
        Expr value = startsExpression(true) ? starExpressions() : null;
        return new Expr.Yield(value, y.line, y.col, last().endLine, last().endCol);
    }

    private Expr lambdef() {
        Token lambda = advance();
        enter();
        try {
            Arguments args = parameters(":", false);
            expectOp(":");
            Expr body = expression();
            return new Expr.Lambda(args, body, lambda.line, lambda.col, last().endLine, last().endCol);
        } finally {
            leave();
        }
    }

    /**
     * A parameter list (def or lambda) up to, not including, {@code close}.
     * Annotations are parsed only when {@code annotations} is set.
     */
    final Arguments parameters(String close, boolean annotations) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null, kwarg = null;
        boolean star = false, slash = false;
        while (!atOp(close)) {
            Token t = peek();
            List<Arg> typedList = null; // where the parameter parsed in this round went, for a type comment
            boolean typedVararg = false;
            if (t.type == TokenType.OP && t.text == "/") {
                if (star || slash || args.isEmpty()) throw paramError(t, star, args.isEmpty());
                pos++;
                slash = true;
                if (invalidRules && atOp("*")) throw errorAt("expected comma between / and *", peek());
                posonly.addAll(args);
                args.clear();
            } else if (t.type == TokenType.OP && t.text == "*") {
                if (star) {
                    if (invalidRules) throw errorAt("* argument may appear only once", t);
                    throw fail();
                }
                pos++;
                star = true;
                if (!atOp(",")) {
                    if (atOp(close)) {
                        if (invalidRules) throw bareStarError(t, close);
                        throw fail();
                    }
                    vararg = param(annotations, true);
                    typedVararg = true;
                    if (invalidRules && atOp("=")) throw errorAt("var-positional argument cannot have default value", peek());
                } else if (peek2().type == TokenType.OP && (peek2().text == close || peek2().text == "**")) {
                    if (invalidRules) throw bareStarError(t, close);
                    throw fail();
                }
            } else if (t.type == TokenType.OP && t.text == "**") {
                pos++;
                kwarg = param(annotations, false);
                if (invalidRules && atOp("=")) throw errorAt("var-keyword argument cannot have default value", peek());
                acceptOp(",");
                if (annotations && at(TokenType.TYPE_COMMENT)) kwarg = withTypeComment(kwarg, advance().text);
                if (!atOp(close)) {
                    Token next = peek();
                    if (invalidRules && (isName(next) || next.type == TokenType.OP
                            && (next.text == "*" || next.text == "**" || next.text == "/"))) {
                        throw errorAt("arguments cannot follow var-keyword argument", next);
                    }
                    throw fail();
                }
                break;
            } else if (t.type == TokenType.OP && t.text == "(" && invalidRules) {
                throw parenthesizedParameters(t, close);
            } else {
                Arg a = param(annotations, false);
                Expr dflt = null;
                if (atOp("=")) {
                    Token eq = advance();
                    if (invalidRules && (atOp(")") || atOp(","))) throw errorAt("expected default value expression", eq);
                    dflt = expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                    typedList = kwonly;
                } else {
                    if (dflt != null) defaults.add(dflt);
                    else if (!defaults.isEmpty()) {
                        if (invalidRules) throw errorAt("non-default argument follows default argument", loc(a));
                        throw fail();
                    }
                    args.add(a);
                    typedList = args;
                }
            }
            boolean comma = acceptOp(",");
            if (annotations && at(TokenType.TYPE_COMMENT) && (typedVararg || typedList != null)) {
                // param ',' TYPE_COMMENT, or param TYPE_COMMENT before the closing parenthesis
                String comment = advance().text;
                if (typedVararg) {
                    vararg = withTypeComment(vararg, comment);
                } else {
                    typedList.set(typedList.size() - 1, withTypeComment(typedList.get(typedList.size() - 1), comment));
                }
            }
            if (!comma) break;
        }
        if (star && vararg == null && kwonly.isEmpty()) {
            if (invalidRules) throw errorAtLast("named arguments must follow bare *");
            throw fail();
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** "named arguments must follow bare *": at the star for def, at the last token fetched for lambda. */
    private RuntimeException bareStarError(Token star, String close) {
        return close == ")" ? errorAt("named arguments must follow bare *", star) : errorAtLast("named arguments must follow bare *");
    }

    /** CPython's "parameters cannot be parenthesized": '(' names [','] ')' in a parameter list. */
    private RuntimeException parenthesizedParameters(Token open, String close) {
        int mark = pos;
        pos++;
        boolean names = false;
        while (atName()) {
            names = true;
            pos++;
            if (close == ")" && acceptOp(":") && attempt(this::expression) == null) break;
            if (!acceptOp(",")) break;
        }
        if (names && atOp(")")) {
            String what = close == ")" ? "Function" : "Lambda expression";
            return errorRange(what + " parameters cannot be parenthesized", locOf(open), locOf(peek()));
        }
        pos = mark;
        return fail();
    }

    private RuntimeException paramError(Token slash, boolean afterStar, boolean nothingBefore) {
        if (!invalidRules) return fail();
        if (afterStar) return errorAt("/ must be ahead of *", slash);
        if (nothingBefore) return errorAt("at least one argument must precede /", slash);
        return errorAt("/ may appear only once", slash);
    }

    private static Arg withTypeComment(Arg a, String comment) {
        return new Arg(a.arg(), a.annotation(), comment, a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
    }

    private Arg param(boolean annotations, boolean starAnnotation) {
        Token name = expectName();
        Expr annotation = null;
        if (annotations && acceptOp(":")) {
            annotation = starAnnotation ? starExpression() : expression();
        }
        return new Arg(name.text, annotation, null, name.line, name.col, last().endLine, last().endCol);
    }

    // ---- f-string sub-expressions --------------------------------------------------------

    @Override
    public taipan.source.PythonSyntaxError syntaxError(String msg) {
        return errorAtLast(msg);
    }

    /** STRING tokens whose invalid escape was reported (backtracking may decode a token again). */
    private final java.util.Set<Token> escapeWarned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    @Override
    public void invalidEscape(Token t, String message) {
        if (invalidRules || !escapeWarned.add(t)) return;
        if (source.warn("DeprecationWarning", message, t.line)) throw errorAt(message, t);
    }

    @Override
    public taipan.source.PythonSyntaxError syntaxErrorAt(Token t, String msg) {
        return errorAt(msg, t);
    }

    @Override
    public byte[] uncheckedBytes(Token t) {
        if (source.encodingDeclared()) return null;
        int start = source.lineOffset(t.line) + t.col;
        return java.util.Arrays.copyOfRange(source.utf8(), start, source.lineOffset(t.endLine) + t.endCol);
    }

    @Override
    public Expr parseFStringExpression(String text, int startingLineno, int startingColOffset) {
        // As bytes: CPython's sub-tokenizer has no encoding set, so its error offsets stay in bytes.
        SourceFile sub = SourceFile.fromBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), source.filename())
            .withWarnings(source.warnings());
        Tokenizer t = new Tokenizer(sub, startingLineno, startingColOffset);
        return Parser.parseFStringExpression(sub, t, startingColOffset);
    }
}
