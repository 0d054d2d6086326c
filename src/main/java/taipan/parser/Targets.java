package taipan.parser;

import java.util.ArrayList;
import java.util.List;
import taipan.ast.CmpOpKind;
import taipan.ast.ConstantValue;
import taipan.ast.Expr;
import taipan.ast.ExprContext;

/**
 * Turns an expression parsed in Load context into an assignment or deletion
 * target (CPython's {@code _PyPegen_set_expr_context}), and finds the part of
 * an invalid target that CPython names in its error message
 * ({@code _PyPegen_get_invalid_target}, {@code _PyPegen_get_expr_name}).
 */
final class Targets {
    /** Where a target appears; decides which sub-expressions are invalid and the message. */
    enum Kind { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    private Targets() {}

    /** Converts to Store context, or fails (first pass) / raises CPython's message (second pass). */
    static Expr store(ExpressionParser p, Expr e) {
        return store(p, e, Kind.FOR_TARGETS);
    }

    static Expr store(ExpressionParser p, Expr e, Kind kind) {
        Expr bad = invalidTarget(e, kind);
        if (bad != null) {
            if (!p.invalidRules) throw ParserBase.fail();
            String msg = kind == Kind.DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s";
            throw p.errorAt(String.format(msg, exprName(bad)), ParserBase.loc(bad));
        }
        return withContext(e, kind == Kind.DEL_TARGETS ? ExprContext.Del : ExprContext.Store);
    }

    /** The sub-expression that makes e an invalid target, or null when e is valid. */
    static Expr invalidTarget(Expr e, Kind kind) {
        switch (e) {
            case Expr.List l -> {
                return firstInvalid(l.elts(), kind);
            }
            case Expr.Tuple t -> {
                return firstInvalid(t.elts(), kind);
            }
            case Expr.Starred s -> {
                return kind == Kind.DEL_TARGETS ? e : invalidTarget(s.value(), kind);
            }
            case Expr.Compare c -> {
                if (kind == Kind.FOR_TARGETS) {
                    return c.ops().get(0) == CmpOpKind.In ? invalidTarget(c.left(), kind) : null;
                }
                return e;
            }
            case Expr.Name n -> {
                return null;
            }
            case Expr.Subscript s -> {
                return null;
            }
            case Expr.Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    private static Expr firstInvalid(List<Expr> elts, Kind kind) {
        for (Expr elt : elts) {
            Expr bad = invalidTarget(elt, kind);
            if (bad != null) return bad;
        }
        return null;
    }

    /** A copy of a valid target with ctx set throughout (containers and starred included). */
    static Expr withContext(Expr e, ExprContext ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            case Expr.Starred s -> new Expr.Starred(withContext(s.value(), ctx), ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            case Expr.List l -> new Expr.List(all(l.elts(), ctx), ctx, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
            case Expr.Tuple t -> new Expr.Tuple(all(t.elts(), ctx), ctx, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            default -> throw new IllegalStateException("not a target: " + e.typeName());
        };
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) out.add(withContext(e, ctx));
        return out;
    }

    /** CPython's name for an expression kind in error messages ("function call", "literal", ...). */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> constantName(c.value());
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            default -> "expression";
        };
    }

    private static String constantName(Object value) {
        if (value == null) return "None";
        if (value == Boolean.FALSE) return "False";
        if (value == Boolean.TRUE) return "True";
        if (value == ConstantValue.Ellipsis.INSTANCE) return "ellipsis";
        return "literal";
    }
}
