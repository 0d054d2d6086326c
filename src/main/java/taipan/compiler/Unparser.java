package taipan.compiler;

import java.util.List;
import taipan.ast.Arg;
import taipan.ast.Arguments;
import taipan.ast.Comprehension;
import taipan.ast.ConstantRepr;
import taipan.ast.Expr;
import taipan.ast.Keyword;

/**
 * Expression to source text, as CPython 3.11's {@code ast_unparse.c} makes the
 * strings of annotations under {@code from __future__ import annotations}:
 * minimal parentheses by operator precedence, constants by repr.
 */
final class Unparser {
    private static final int TUPLE = 0, TEST = 1, OR = 2, AND = 3, NOT = 4, CMP = 5, EXPR = 6, BOR = 6, BXOR = 7,
        BAND = 8, SHIFT = 9, ARITH = 10, TERM = 11, FACTOR = 12, POWER = 13, AWAIT = 14, ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private Unparser() {}

    static String unparse(Expr e) {
        return unparse(e, TEST);
    }

    private static String unparse(Expr e, int level) {
        Unparser u = new Unparser();
        u.expr(e, level);
        return u.out.toString();
    }

    private void open(boolean paren) {
        if (paren) out.append('(');
    }

    private void close(boolean paren) {
        if (paren) out.append(')');
    }

    private void seq(List<Expr> es, int level) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) out.append(", ");
            expr(es.get(i), level);
        }
    }

    private void expr(Expr e, int level) {
        switch (e) {
            case Expr.BoolOp bo -> {
                int pr = bo.op() == taipan.ast.BoolOpKind.And ? AND : OR;
                open(level > pr);
                for (int i = 0; i < bo.values().size(); i++) {
                    if (i > 0) out.append(pr == AND ? " and " : " or ");
                    expr(bo.values().get(i), pr + 1);
                }
                close(level > pr);
            }
            case Expr.NamedExpr ne -> {
                open(level > TUPLE);
                expr(ne.target(), ATOM);
                out.append(" := ");
                expr(ne.value(), ATOM);
                close(level > TUPLE);
            }
            case Expr.BinOp bin -> binOp(bin, level);
            case Expr.UnaryOp un -> {
                int pr = un.op() == taipan.ast.UnaryOpKind.Not ? NOT : FACTOR;
                open(level > pr);
                out.append(switch (un.op()) {
                    case Not -> "not ";
                    case Invert -> "~";
                    case UAdd -> "+";
                    case USub -> "-";
                });
                expr(un.operand(), pr);
                close(level > pr);
            }
            case Expr.Lambda la -> {
                open(level > TEST);
                out.append("lambda");
                int before = out.length();
                arguments(la.args());
                if (out.length() > before) out.insert(before, ' ');
                out.append(": ");
                expr(la.body(), TEST);
                close(level > TEST);
            }
            case Expr.IfExp ie -> {
                open(level > TEST);
                expr(ie.body(), TEST + 1);
                out.append(" if ");
                expr(ie.test(), TEST + 1);
                out.append(" else ");
                expr(ie.orelse(), TEST);
                close(level > TEST);
            }
            case Expr.Dict d -> {
                out.append('{');
                for (int i = 0; i < d.keys().size(); i++) {
                    if (i > 0) out.append(", ");
                    if (d.keys().get(i) == null) {
                        out.append("**");
                        expr(d.values().get(i), EXPR);
                    } else {
                        expr(d.keys().get(i), TEST);
                        out.append(": ");
                        expr(d.values().get(i), TEST);
                    }
                }
                out.append('}');
            }
            case Expr.Set s -> {
                if (s.elts().isEmpty()) {
                    out.append("{*()}");
                } else {
                    out.append('{');
                    seq(s.elts(), TEST);
                    out.append('}');
                }
            }
            case Expr.ListComp lc -> comp("[", lc.elt(), null, lc.generators(), "]");
            case Expr.SetComp sc -> comp("{", sc.elt(), null, sc.generators(), "}");
            case Expr.DictComp dc -> comp("{", dc.key(), dc.value(), dc.generators(), "}");
            case Expr.GeneratorExp ge -> comp("(", ge.elt(), null, ge.generators(), ")");
            case Expr.Await aw -> {
                open(level > AWAIT);
                out.append("await ");
                expr(aw.value(), ATOM);
                close(level > AWAIT);
            }
            case Expr.Yield y -> {
                out.append(y.value() == null ? "(yield)" : "(yield ");
                if (y.value() != null) {
                    expr(y.value(), TEST);
                    out.append(')');
                }
            }
            case Expr.YieldFrom yf -> {
                out.append("(yield from ");
                expr(yf.value(), TEST);
                out.append(')');
            }
            case Expr.Compare c -> {
                open(level > CMP);
                expr(c.left(), CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    out.append(switch (c.ops().get(i)) {
                        case Eq -> " == ";
                        case NotEq -> " != ";
                        case Lt -> " < ";
                        case LtE -> " <= ";
                        case Gt -> " > ";
                        case GtE -> " >= ";
                        case Is -> " is ";
                        case IsNot -> " is not ";
                        case In -> " in ";
                        case NotIn -> " not in ";
                    });
                    expr(c.comparators().get(i), CMP + 1);
                }
                close(level > CMP);
            }
            case Expr.Call c -> {
                expr(c.func(), ATOM);
                if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
                    expr(g, TEST);
                    return;
                }
                out.append('(');
                boolean first = true;
                for (Expr a : c.args()) {
                    if (!first) out.append(", ");
                    first = false;
                    expr(a, TEST);
                }
                for (Keyword k : c.keywords()) {
                    if (!first) out.append(", ");
                    first = false;
                    if (k.arg() == null) out.append("**"); else out.append(k.arg()).append('=');
                    expr(k.value(), TEST);
                }
                out.append(')');
            }
            case Expr.Constant c -> {
                if (c.value() instanceof taipan.ast.ConstantValue.Ellipsis) out.append("...");
                else if (c.value() instanceof Double d && d.isInfinite() || c.value()
                    instanceof taipan.ast.ConstantValue.Imaginary im && Double.isInfinite(im.imag())) {
                    out.append(ConstantRepr.repr(c.value()).replace("inf", "1e309"));
                } else {
                    if (c.kind() != null) out.append('u');
                    out.append(ConstantRepr.repr(c.value()));
                }
            }
            case Expr.JoinedStr js -> out.append('f').append(ConstantRepr.repr(fstring(js)));
            case Expr.FormattedValue fv -> out.append("f'{").append(unparse(fv.value())).append("}'");
            case Expr.Attribute a -> {
                expr(a.value(), ATOM);
                if (a.value() instanceof Expr.Constant c && (c.value() instanceof Long
                    || c.value() instanceof java.math.BigInteger)) {
                    out.append(' ');
                }
                out.append('.').append(a.attr());
            }
            case Expr.Subscript s -> {
                expr(s.value(), ATOM);
                out.append('[');
                if (s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                    seq(t.elts(), TEST);
                    if (t.elts().size() == 1) out.append(',');
                } else {
                    expr(s.slice(), TUPLE);
                }
                out.append(']');
            }
            case Expr.Starred s -> {
                out.append('*');
                expr(s.value(), EXPR);
            }
            case Expr.Name n -> out.append(n.id());
            case Expr.List l -> {
                out.append('[');
                seq(l.elts(), TEST);
                out.append(']');
            }
            case Expr.Tuple t -> {
                if (t.elts().isEmpty()) {
                    out.append("()");
                    return;
                }
                open(level > TUPLE);
                seq(t.elts(), TEST);
                if (t.elts().size() == 1) out.append(',');
                close(level > TUPLE);
            }
            case Expr.Slice sl -> {
                if (sl.lower() != null) expr(sl.lower(), TEST);
                out.append(':');
                if (sl.upper() != null) expr(sl.upper(), TEST);
                if (sl.step() != null) {
                    out.append(':');
                    expr(sl.step(), TEST);
                }
            }
        }
    }

    /** The body of an f-string (between the quotes), without quoting. */
    private static String fstring(Expr.JoinedStr js) {
        StringBuilder sb = new StringBuilder();
        for (Expr v : js.values()) {
            if (v instanceof Expr.Constant c && c.value() instanceof String s) {
                sb.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (v instanceof Expr.FormattedValue fv) {
                // As CPython: one level above a test, so a lambda or conditional is parenthesized.
                String inner = unparse(fv.value(), TEST + 1);
                sb.append('{');
                if (inner.startsWith("{")) sb.append(' ');
                sb.append(inner);
                if (fv.conversion() > 0) sb.append('!').append((char) fv.conversion());
                if (fv.formatSpec() instanceof Expr.JoinedStr f) sb.append(':').append(fstring(f));
                sb.append('}');
            }
        }
        return sb.toString();
    }

    private void binOp(Expr.BinOp bin, int level) {
        int pr;
        String op;
        switch (bin.op()) {
            case Add -> { pr = ARITH; op = " + "; }
            case Sub -> { pr = ARITH; op = " - "; }
            case Mult -> { pr = TERM; op = " * "; }
            case MatMult -> { pr = TERM; op = " @ "; }
            case Div -> { pr = TERM; op = " / "; }
            case Mod -> { pr = TERM; op = " % "; }
            case FloorDiv -> { pr = TERM; op = " // "; }
            case LShift -> { pr = SHIFT; op = " << "; }
            case RShift -> { pr = SHIFT; op = " >> "; }
            case BitOr -> { pr = BOR; op = " | "; }
            case BitXor -> { pr = BXOR; op = " ^ "; }
            case BitAnd -> { pr = BAND; op = " & "; }
            default -> { pr = POWER; op = " ** "; }
        }
        boolean rightAssoc = pr == POWER;
        open(level > pr);
        expr(bin.left(), rightAssoc ? pr + 1 : pr);
        out.append(op);
        expr(bin.right(), rightAssoc ? pr : pr + 1);
        close(level > pr);
    }

    private void comp(String openS, Expr elt, Expr val, List<Comprehension> gens, String closeS) {
        out.append(openS);
        expr(elt, TEST);
        if (val != null) {
            out.append(": ");
            expr(val, TEST);
        }
        for (Comprehension g : gens) {
            out.append(g.isAsync() != 0 ? " async for " : " for ");
            expr(g.target(), TUPLE);
            out.append(" in ");
            expr(g.iter(), TEST + 1);
            for (Expr cond : g.ifs()) {
                out.append(" if ");
                expr(cond, TEST + 1);
            }
        }
        out.append(closeS);
    }

    private void arguments(Arguments a) {
        boolean first = true;
        int nPos = a.posonlyargs().size() + a.args().size();
        int defaultStart = nPos - a.defaults().size();
        for (int i = 0; i < nPos; i++) {
            if (!first) out.append(", ");
            first = false;
            Arg arg = i < a.posonlyargs().size() ? a.posonlyargs().get(i) : a.args().get(i - a.posonlyargs().size());
            out.append(arg.arg());
            if (i >= defaultStart) {
                out.append('=');
                expr(a.defaults().get(i - defaultStart), TEST);
            }
            if (i + 1 == a.posonlyargs().size()) out.append(", /");
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            if (!first) out.append(", ");
            first = false;
            out.append('*');
            if (a.vararg() != null) out.append(a.vararg().arg());
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            out.append(", ").append(a.kwonlyargs().get(i).arg());
            if (a.kwDefaults().get(i) != null) {
                out.append('=');
                expr(a.kwDefaults().get(i), TEST);
            }
        }
        if (a.kwarg() != null) {
            if (!first) out.append(", ");
            out.append("**").append(a.kwarg().arg());
        }
    }
}
