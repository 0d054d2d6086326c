package taipan.parser;

import java.util.ArrayList;
import java.util.List;
import taipan.ast.Expr;
import taipan.ast.ExprContext;
import taipan.ast.Located;
import taipan.ast.Operator;
import taipan.ast.Pattern;
import taipan.ast.UnaryOpKind;
import taipan.source.SourceFile;
import taipan.tokenizer.Token;
import taipan.tokenizer.TokenType;
import taipan.tokenizer.Tokenizer;

/**
 * The patterns of {@code match} statements (CPython 3.11's {@code patterns}
 * rule and below): literals, captures, wildcards, values, groups, sequences,
 * mappings, class patterns, or-patterns and as-patterns, with CPython's positions.
 */
abstract class PatternParser extends ExpressionParser {

    PatternParser(SourceFile source, Tokenizer tokenizer, boolean fstringMode, int startingColOffset) {
        super(source, tokenizer, fstringMode, startingColOffset);
    }

    /** patterns: an open sequence pattern (a MatchSequence without brackets) or a pattern. */
    final Pattern patterns() {
        Token start = peek();
        Pattern first = maybeStarPattern();
        if (!atOp(",")) {
            if (first instanceof Pattern.MatchStar) throw fail();
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (acceptOp(",")) {
            if (atOp(":") || atKeyword("if")) break;
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(items, start.line, start.col, last().endLine, last().endCol);
    }

    /** pattern: or_pattern ['as' capture target]. */
    final Pattern pattern() {
        enter();
        try {
            Token start = peek();
            Pattern p = orPattern();
            if (!atKeyword("as")) return p;
            pos++;
            Token name = peek();
            if (!isCaptureName(name)) {
                if (invalidRules) {
                    if (name.type == TokenType.NAME && name.text.equals("_")) throw errorAt("cannot use '_' as a target", name);
                    if (name.type != TokenType.NAME && startsExpression(false)) {
                        Expr e = expression();
                        throw errorAt("invalid pattern target", loc(e));
                    }
                }
                throw fail();
            }
            pos++;
            return new Pattern.MatchAs(p, name.text, start.line, start.col, name.endLine, name.endCol);
        } finally {
            leave();
        }
    }

    private boolean isCaptureName(Token t) {
        if (!isName(t) || t.text.equals("_")) return false;
        Token n = peek2();
        return !(n.type == TokenType.OP && (n.text == "." || n.text == "(" || n.text == "="));
    }

    private Pattern orPattern() {
        Token start = peek();
        Pattern first = closedPattern();
        if (!atOp("|")) return first;
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (acceptOp("|")) alts.add(closedPattern());
        return new Pattern.MatchOr(alts, start.line, start.col, last().endLine, last().endCol);
    }

    private Pattern maybeStarPattern() {
        if (atOp("*")) {
            Token star = advance();
            Token name = peek();
            if (name.type == TokenType.NAME && name.text.equals("_")) {
                pos++;
                return new Pattern.MatchStar(null, star.line, star.col, name.endLine, name.endCol);
            }
            if (!isCaptureName(name)) throw fail();
            pos++;
            return new Pattern.MatchStar(name.text, star.line, star.col, name.endLine, name.endCol);
        }
        return pattern();
    }

    private Pattern closedPattern() {
        Token t = peek();
        switch (t.type) {
            case NUMBER, STRING -> {
                Expr value = literalExpr();
                Located l = loc(value);
                return new Pattern.MatchValue(value, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
            }
            case OP -> {
                switch (t.text) {
                    case "-" -> {
                        Expr value = literalExpr();
                        Located l = loc(value);
                        return new Pattern.MatchValue(value, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
                    }
                    case "(" -> {
                        return groupOrSequence();
                    }
                    case "[" -> {
                        Token open = advance();
                        List<Pattern> items = sequenceItems("]");
                        Token close = expectOp("]");
                        return new Pattern.MatchSequence(items, open.line, open.col, close.endLine, close.endCol);
                    }
                    case "{" -> {
                        return mappingPattern();
                    }
                    default -> throw fail();
                }
            }
            case NAME -> {
                switch (t.text) {
                    case "None", "True", "False" -> {
                        pos++;
                        Object v = t.text.equals("None") ? null : Boolean.valueOf(t.text.equals("True"));
                        return new Pattern.MatchSingleton(v, t.line, t.col, t.endLine, t.endCol);
                    }
                    default -> {
                        if (Keywords.isKeyword(t.text)) throw fail();
                        return nameBasedPattern();
                    }
                }
            }
            default -> throw fail();
        }
    }

    /** A capture, wildcard, value (dotted name) or class pattern. */
    private Pattern nameBasedPattern() {
        Token first = advance();
        Expr nameOrAttr = new Expr.Name(first.text, ExprContext.Load, first.line, first.col, first.endLine, first.endCol);
        while (atOp(".")) {
            pos++;
            Token attr = expectName();
            nameOrAttr = new Expr.Attribute(nameOrAttr, attr.text, ExprContext.Load, first.line, first.col, attr.endLine, attr.endCol);
        }
        if (atOp("(")) return classPattern(nameOrAttr);
        if (nameOrAttr instanceof Expr.Name) {
            if (atOp("=")) throw fail();
            String name = first.text.equals("_") ? null : first.text;
            return new Pattern.MatchAs(null, name, first.line, first.col, first.endLine, first.endCol);
        }
        if (atOp("=")) throw fail();
        Located l = loc(nameOrAttr);
        return new Pattern.MatchValue(nameOrAttr, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
    }

    private Pattern classPattern(Expr cls) {
        advance();
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!atOp(")")) {
            Token t = peek();
            if (isName(t) && peek2().type == TokenType.OP && peek2().text == "=") {
                pos += 2;
                kwdAttrs.add(t.text);
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwdAttrs.isEmpty()) {
                    if (invalidRules) throw errorAt("positional patterns follow keyword patterns", loc(p));
                    throw fail();
                }
                positional.add(p);
            }
            if (!acceptOp(",")) break;
        }
        Token close = expectOp(")");
        Located l = loc(cls);
        return new Pattern.MatchClass(cls, positional, kwdAttrs, kwdPatterns, l.lineno(), l.colOffset(), close.endLine, close.endCol);
    }

    private Pattern groupOrSequence() {
        Token open = advance();
        if (atOp(")")) {
            Token close = advance();
            return new Pattern.MatchSequence(List.of(), open.line, open.col, close.endLine, close.endCol);
        }
        Pattern first = maybeStarPattern();
        if (atOp(")") && !(first instanceof Pattern.MatchStar)) {
            pos++;
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        if (!atOp(",")) throw fail();
        while (acceptOp(",")) {
            if (atOp(")")) break;
            items.add(maybeStarPattern());
        }
        Token close = expectOp(")");
        return new Pattern.MatchSequence(items, open.line, open.col, close.endLine, close.endCol);
    }

    private List<Pattern> sequenceItems(String close) {
        List<Pattern> items = new ArrayList<>();
        while (!atOp(close)) {
            items.add(maybeStarPattern());
            if (!acceptOp(",")) break;
        }
        return items;
    }

    private Pattern mappingPattern() {
        Token open = advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!atOp("}")) {
            if (atOp("**")) {
                pos++;
                Token name = peek();
                if (!isCaptureName(name)) throw fail();
                pos++;
                rest = name.text;
                acceptOp(",");
                if (!atOp("}")) throw fail();
                break;
            }
            Expr key;
            Token t = peek();
            if (t.type == TokenType.NAME && !t.text.equals("None") && !t.text.equals("True") && !t.text.equals("False")) {
                key = dottedName();
                if (key instanceof Expr.Name) throw fail();
            } else {
                key = literalExpr();
            }
            expectOp(":");
            keys.add(key);
            values.add(pattern());
            if (!acceptOp(",")) break;
        }
        Token close = expectOp("}");
        return new Pattern.MatchMapping(keys, values, rest, open.line, open.col, close.endLine, close.endCol);
    }

    private Expr dottedName() {
        Token first = expectName();
        Expr e = new Expr.Name(first.text, ExprContext.Load, first.line, first.col, first.endLine, first.endCol);
        while (acceptOp(".")) {
            Token attr = expectName();
            e = new Expr.Attribute(e, attr.text, ExprContext.Load, first.line, first.col, attr.endLine, attr.endCol);
        }
        return e;
    }

    /** literal_expr: a signed number, a complex number, strings, None, True or False. */
    private Expr literalExpr() {
        Token t = peek();
        if (t.type == TokenType.STRING) {
            Expr s = atom();
            if (s instanceof Expr.JoinedStr) {
                if (invalidRules) throw errorAt("patterns may only match literals and attribute lookups", loc(s));
                throw fail();
            }
            return s;
        }
        if (t.type == TokenType.NAME) {
            Expr c = atom();
            if (!(c instanceof Expr.Constant)) throw fail();
            return c;
        }
        Expr real = signedNumber();
        if (atOp("+") || atOp("-")) {
            Operator op = atOp("+") ? Operator.Add : Operator.Sub;
            pos++;
            Token im = peek();
            if (im.type != TokenType.NUMBER) throw fail();
            Expr imag = atom();
            if (!(((Expr.Constant) imag).value() instanceof taipan.ast.ConstantValue.Imaginary)) {
                if (invalidRules) throw errorAt("imaginary number required in complex literal", loc(imag));
                throw fail();
            }
            if (((Expr.Constant) realPart(real)).value() instanceof taipan.ast.ConstantValue.Imaginary) {
                if (invalidRules) throw errorAt("real number required in complex literal", loc(real));
                throw fail();
            }
            Located l = loc(real);
            return new Expr.BinOp(real, op, imag, l.lineno(), l.colOffset(), last().endLine, last().endCol);
        }
        return real;
    }

    private static Expr realPart(Expr signed) {
        return signed instanceof Expr.UnaryOp u ? u.operand() : signed;
    }

    private Expr signedNumber() {
        if (atOp("-")) {
            Token minus = advance();
            if (peek().type != TokenType.NUMBER) throw fail();
            Expr n = atom();
            return new Expr.UnaryOp(UnaryOpKind.USub, n, minus.line, minus.col, last().endLine, last().endCol);
        }
        if (peek().type != TokenType.NUMBER) throw fail();
        return atom();
    }
}
