package taipan.modules.ast;

import java.util.List;
import taipan.ast.Arg;
import taipan.ast.Arguments;
import taipan.ast.Comprehension;
import taipan.ast.ConstantValue;
import taipan.ast.ExceptHandler;
import taipan.ast.ExceptHandlerNode;
import taipan.ast.Expr;
import taipan.ast.ExprContext;
import taipan.ast.Keyword;
import taipan.ast.Located;
import taipan.ast.MatchCase;
import taipan.ast.Mod;
import taipan.ast.Pattern;
import taipan.ast.Stmt;
import taipan.ast.UnaryOpKind;
import taipan.ast.Operator;
import taipan.ast.WithItem;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.Py;
import taipan.runtime.PyComplex;
import taipan.runtime.PySet;
import taipan.runtime.PyTuple;

/**
 * The checks CPython 3.11 makes on a tree given to {@code compile()} as AST
 * objects before compiling it (its {@code _PyAST_Validate}): position ranges,
 * expression contexts, non-empty bodies and lists, None only where allowed,
 * constant types, the shape of patterns. Errors are CPython's ValueError or
 * TypeError with its messages. Runs on our tree after {@link PythonToAst}.
 */
final class AstValidator {
    private AstValidator() {}

    static void validate(Mod mod) {
        switch (mod) {
            case Mod.Module m -> stmts(m.body());
            case Mod.Interactive m -> stmts(m.body());
            case Mod.Expression m -> expr(m.body(), ExprContext.Load);
            case Mod.FunctionType m -> {
                exprs(m.argtypes(), ExprContext.Load, false);
                expr(m.returns(), ExprContext.Load);
            }
        }
    }

    private static void positions(Located n) {
        if (n.lineno() > n.endLineno()) {
            throw Exceptions.valueError("AST node line range (" + n.lineno() + ", " + n.endLineno() + ") is not valid");
        }
        if ((n.lineno() < 0 && n.endLineno() != n.lineno()) || (n.colOffset() < 0 && n.colOffset() != n.endColOffset())) {
            throw Exceptions.valueError("AST node column range (" + n.colOffset() + ", " + n.endColOffset()
                + ") for line range (" + n.lineno() + ", " + n.endLineno() + ") is not valid");
        }
        if (n.lineno() == n.endLineno() && n.colOffset() > n.endColOffset()) {
            throw Exceptions.valueError("line " + n.lineno() + ", column " + n.colOffset() + "-" + n.endColOffset()
                + " is not a valid range");
        }
    }

    private static void name(String id) {
        if (id == null) return;
        if (id.equals("None") || id.equals("True") || id.equals("False")) {
            throw Exceptions.valueError("identifier field can't represent '" + id + "' constant");
        }
    }

    private static void nonEmpty(List<?> seq, String what, String owner) {
        if (seq.isEmpty()) throw Exceptions.valueError("empty " + what + " on " + owner);
    }

    private static void body(List<Stmt> body, String owner) {
        nonEmpty(body, "body", owner);
        stmts(body);
    }

    private static void stmts(List<Stmt> seq) {
        for (Stmt s : seq) {
            if (s == null) throw Exceptions.valueError("None disallowed in statement list");
            stmt(s);
        }
    }

    private static void exprs(List<Expr> seq, ExprContext ctx, boolean nullOk) {
        for (Expr e : seq) {
            if (e != null) {
                expr(e, ctx);
            } else if (!nullOk) {
                throw Exceptions.valueError("None disallowed in expression list");
            }
        }
    }

    private static void optional(Expr e) {
        if (e != null) expr(e, ExprContext.Load);
    }

    private static void stmt(Stmt stmt) {
        positions((Located) stmt);
        ExprContext load = ExprContext.Load;
        switch (stmt) {
            case Stmt.FunctionDef s -> function(s.body(), "FunctionDef", s.args(), s.decoratorList(), s.returns());
            case Stmt.AsyncFunctionDef s ->
                function(s.body(), "AsyncFunctionDef", s.args(), s.decoratorList(), s.returns());
            case Stmt.ClassDef s -> {
                body(s.body(), "ClassDef");
                exprs(s.bases(), load, false);
                keywords(s.keywords());
                exprs(s.decoratorList(), load, false);
            }
            case Stmt.Return s -> optional(s.value());
            case Stmt.Delete s -> {
                nonEmpty(s.targets(), "targets", "Delete");
                exprs(s.targets(), ExprContext.Del, false);
            }
            case Stmt.Assign s -> {
                nonEmpty(s.targets(), "targets", "Assign");
                exprs(s.targets(), ExprContext.Store, false);
                expr(s.value(), load);
            }
            case Stmt.AugAssign s -> {
                expr(s.target(), ExprContext.Store);
                expr(s.value(), load);
            }
            case Stmt.AnnAssign s -> {
                if (!(s.target() instanceof Expr.Name) && s.simple() != 0) {
                    throw Exceptions.typeError("AnnAssign with simple non-Name target");
                }
                expr(s.target(), ExprContext.Store);
                optional(s.value());
                expr(s.annotation(), load);
            }
            case Stmt.For s -> loop(s.target(), s.iter(), s.body(), s.orelse(), "For");
            case Stmt.AsyncFor s -> loop(s.target(), s.iter(), s.body(), s.orelse(), "AsyncFor");
            case Stmt.While s -> {
                expr(s.test(), load);
                body(s.body(), "While");
                stmts(s.orelse());
            }
            case Stmt.If s -> {
                expr(s.test(), load);
                body(s.body(), "If");
                stmts(s.orelse());
            }
            case Stmt.With s -> with(s.items(), s.body(), "With");
            case Stmt.AsyncWith s -> with(s.items(), s.body(), "AsyncWith");
            case Stmt.Match s -> {
                expr(s.subject(), load);
                nonEmpty(s.cases(), "cases", "Match");
                for (MatchCase m : s.cases()) {
                    pattern(m.pattern(), false);
                    optional(m.guard());
                    body(m.body(), "match_case");
                }
            }
            case Stmt.Raise s -> {
                if (s.exc() != null) {
                    expr(s.exc(), load);
                    optional(s.cause());
                } else if (s.cause() != null) {
                    throw Exceptions.valueError("Raise with cause but no exception");
                }
            }
            case Stmt.Try s -> tryStmt(s.body(), s.handlers(), s.orelse(), s.finalbody(), "Try");
            case Stmt.TryStar s -> tryStmt(s.body(), s.handlers(), s.orelse(), s.finalbody(), "TryStar");
            case Stmt.Assert s -> {
                expr(s.test(), load);
                optional(s.msg());
            }
            case Stmt.Import s -> nonEmpty(s.names(), "names", "Import");
            case Stmt.ImportFrom s -> {
                if (s.level() != null && s.level() < 0) throw Exceptions.valueError("Negative ImportFrom level");
                nonEmpty(s.names(), "names", "ImportFrom");
            }
            case Stmt.Global s -> nonEmpty(s.names(), "names", "Global");
            case Stmt.Nonlocal s -> nonEmpty(s.names(), "names", "Nonlocal");
            case Stmt.Expr s -> expr(s.value(), load);
            case Stmt.Pass s -> { }
            case Stmt.Break s -> { }
            case Stmt.Continue s -> { }
        }
    }

    private static void function(List<Stmt> body, String owner, Arguments args, List<Expr> decorators, Expr returns) {
        body(body, owner);
        arguments(args);
        exprs(decorators, ExprContext.Load, false);
        optional(returns);
    }

    private static void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String owner) {
        expr(target, ExprContext.Store);
        expr(iter, ExprContext.Load);
        body(body, owner);
        stmts(orelse);
    }

    private static void with(List<WithItem> items, List<Stmt> body, String owner) {
        nonEmpty(items, "items", owner);
        for (WithItem item : items) {
            expr(item.contextExpr(), ExprContext.Load);
            if (item.optionalVars() != null) expr(item.optionalVars(), ExprContext.Store);
        }
        body(body, owner);
    }

    private static void tryStmt(List<Stmt> body, List<ExceptHandlerNode> handlers, List<Stmt> orelse,
                                List<Stmt> finalbody, String owner) {
        body(body, owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw Exceptions.valueError(owner + " has neither except handlers nor finalbody");
        }
        if (handlers.isEmpty() && !orelse.isEmpty()) {
            throw Exceptions.valueError(owner + " has orelse but no except handlers");
        }
        for (ExceptHandlerNode node : handlers) {
            ExceptHandler h = (ExceptHandler) node;
            positions(h);
            optional(h.type());
            body(h.body(), "ExceptHandler");
        }
        stmts(finalbody);
        stmts(orelse);
    }

    private static void keywords(List<Keyword> keywords) {
        for (Keyword k : keywords) expr(k.value(), ExprContext.Load);
    }

    private static void args(List<Arg> args) {
        for (Arg a : args) {
            positions(a);
            optional(a.annotation());
        }
    }

    private static void arguments(Arguments a) {
        args(a.posonlyargs());
        args(a.args());
        if (a.vararg() != null) optional(a.vararg().annotation());
        args(a.kwonlyargs());
        if (a.kwarg() != null) optional(a.kwarg().annotation());
        if (a.defaults().size() > a.posonlyargs().size() + a.args().size()) {
            throw Exceptions.valueError("more positional defaults than args on arguments");
        }
        if (a.kwDefaults().size() != a.kwonlyargs().size()) {
            throw Exceptions.valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        exprs(a.defaults(), ExprContext.Load, false);
        exprs(a.kwDefaults(), ExprContext.Load, true);
    }

    private static void comprehension(List<Comprehension> generators) {
        if (generators.isEmpty()) throw Exceptions.valueError("comprehension with no generators");
        for (Comprehension c : generators) {
            expr(c.target(), ExprContext.Store);
            expr(c.iter(), ExprContext.Load);
            exprs(c.ifs(), ExprContext.Load, false);
        }
    }

    private static void expr(Expr exp, ExprContext ctx) {
        positions((Located) exp);
        ExprContext actual = switch (exp) {
            case Expr.Attribute e -> e.ctx();
            case Expr.Subscript e -> e.ctx();
            case Expr.Starred e -> e.ctx();
            case Expr.Name e -> {
                name(e.id());
                yield e.ctx();
            }
            case Expr.List e -> e.ctx();
            case Expr.Tuple e -> e.ctx();
            default -> {
                if (ctx != ExprContext.Load) {
                    throw Exceptions.valueError("expression which can't be assigned to in " + ctx.name() + " context");
                }
                yield ctx;
            }
        };
        if (actual != ctx) {
            throw Exceptions.valueError("expression must have " + ctx.name() + " context but has " + actual.name()
                + " instead");
        }
        ExprContext load = ExprContext.Load;
        switch (exp) {
            case Expr.BoolOp e -> {
                if (e.values().size() < 2) throw Exceptions.valueError("BoolOp with less than 2 values");
                exprs(e.values(), load, false);
            }
            case Expr.BinOp e -> {
                expr(e.left(), load);
                expr(e.right(), load);
            }
            case Expr.UnaryOp e -> expr(e.operand(), load);
            case Expr.Lambda e -> {
                arguments(e.args());
                expr(e.body(), load);
            }
            case Expr.IfExp e -> {
                expr(e.test(), load);
                expr(e.body(), load);
                expr(e.orelse(), load);
            }
            case Expr.Dict e -> {
                if (e.keys().size() != e.values().size()) {
                    throw Exceptions.valueError("Dict doesn't have the same number of keys as values");
                }
                exprs(e.keys(), load, true);
                exprs(e.values(), load, false);
            }
            case Expr.Set e -> exprs(e.elts(), load, false);
            case Expr.ListComp e -> {
                comprehension(e.generators());
                expr(e.elt(), load);
            }
            case Expr.SetComp e -> {
                comprehension(e.generators());
                expr(e.elt(), load);
            }
            case Expr.GeneratorExp e -> {
                comprehension(e.generators());
                expr(e.elt(), load);
            }
            case Expr.DictComp e -> {
                comprehension(e.generators());
                expr(e.key(), load);
                expr(e.value(), load);
            }
            case Expr.Yield e -> optional(e.value());
            case Expr.YieldFrom e -> expr(e.value(), load);
            case Expr.Await e -> expr(e.value(), load);
            case Expr.Compare e -> {
                if (e.comparators().isEmpty()) throw Exceptions.valueError("Compare with no comparators");
                if (e.comparators().size() != e.ops().size()) {
                    throw Exceptions.valueError("Compare has a different number of comparators and operands");
                }
                exprs(e.comparators(), load, false);
                expr(e.left(), load);
            }
            case Expr.Call e -> {
                expr(e.func(), load);
                exprs(e.args(), load, false);
                keywords(e.keywords());
            }
            case Expr.Constant e -> constant(e.value());
            case Expr.JoinedStr e -> exprs(e.values(), load, false);
            case Expr.FormattedValue e -> {
                expr(e.value(), load);
                optional(e.formatSpec());
            }
            case Expr.Attribute e -> expr(e.value(), load);
            case Expr.Subscript e -> {
                expr(e.slice(), load);
                expr(e.value(), load);
            }
            case Expr.Starred e -> expr(e.value(), ctx);
            case Expr.Slice e -> {
                optional(e.lower());
                optional(e.upper());
                optional(e.step());
            }
            case Expr.List e -> exprs(e.elts(), ctx, false);
            case Expr.Tuple e -> exprs(e.elts(), ctx, false);
            case Expr.NamedExpr e -> {
                if (!(e.target() instanceof Expr.Name)) throw Exceptions.typeError("NamedExpr target must be a Name");
                expr(e.value(), load);
            }
            case Expr.Name e -> { }
        }
    }

    /** Constants of our own forms are valid; Python objects only as exact tuples/frozensets of valid ones or complex. */
    private static void constant(Object value) {
        if (!(value instanceof taipan.runtime.PyObject o) || value == Py.None || value == Py.Ellipsis) return;
        if (o instanceof PyComplex && o.type == BuiltinTypes.COMPLEX) return;
        if (o instanceof PyTuple t && t.type == BuiltinTypes.TUPLE) {
            for (Object item : t.items) constant(PythonToAst.constant(item));
            return;
        }
        if (o instanceof PySet s && s.type == BuiltinTypes.FROZENSET) {
            for (Object item : s.table) {
                if (item != null && item != PySet.DUMMY) constant(PythonToAst.constant(item));
            }
            return;
        }
        throw Exceptions.typeError("got an invalid type in Constant: " + o.type.name());
    }

    private static boolean isNumber(Expr e, boolean real, boolean imaginary) {
        if (!(e instanceof Expr.Constant c)) return false;
        Object v = c.value();
        return (real && (v instanceof Long || v instanceof java.math.BigInteger || v instanceof Double))
            || (imaginary && (v instanceof ConstantValue.Imaginary
                || v instanceof PyComplex pc && pc.type == BuiltinTypes.COMPLEX));
    }

    private static boolean isNegative(Expr e, boolean real, boolean imaginary) {
        return e instanceof Expr.UnaryOp u && u.op() == UnaryOpKind.USub && isNumber(u.operand(), real, imaginary);
    }

    private static boolean isComplexLiteral(Expr.BinOp b) {
        if (b.op() != Operator.Add && b.op() != Operator.Sub) return false;
        boolean left = b.left() instanceof Expr.Constant ? isNumber(b.left(), true, false)
            : b.left() instanceof Expr.UnaryOp && isNegative(b.left(), true, false);
        return left && isNumber(b.right(), false, true);
    }

    private static void matchValue(Expr exp) {
        expr(exp, ExprContext.Load);
        switch (exp) {
            case Expr.Constant c -> {
                Object v = c.value();
                boolean literal = v instanceof Long || v instanceof java.math.BigInteger || v instanceof Double
                    || v instanceof byte[] || v instanceof String || v instanceof ConstantValue.CodePoints
                    || v instanceof ConstantValue.Imaginary || v instanceof PyComplex pc && pc.type == BuiltinTypes.COMPLEX;
                if (literal) return;
                throw Exceptions.valueError("unexpected constant inside of a literal pattern");
            }
            case Expr.Attribute a -> {
                return;
            }
            case Expr.UnaryOp u when isNegative(u, true, true) -> {
                return;
            }
            case Expr.BinOp b when isComplexLiteral(b) -> {
                return;
            }
            case Expr.JoinedStr j -> {
                return;
            }
            default -> { }
        }
        throw Exceptions.valueError("patterns may only match literals and attribute lookups");
    }

    private static void capture(String name) {
        if (name.equals("_")) throw Exceptions.valueError("can't capture name '_' in patterns");
        name(name);
    }

    private static void patterns(List<Pattern> patterns, boolean starOk) {
        for (Pattern p : patterns) pattern(p, starOk);
    }

    private static void pattern(Pattern p, boolean starOk) {
        positions((Located) p);
        switch (p) {
            case Pattern.MatchValue m -> matchValue(m.value());
            case Pattern.MatchSingleton m -> {
                if (m.value() != null && !(m.value() instanceof Boolean)) {
                    throw Exceptions.valueError("MatchSingleton can only contain True, False and None");
                }
            }
            case Pattern.MatchSequence m -> patterns(m.patterns(), true);
            case Pattern.MatchMapping m -> {
                if (m.keys().size() != m.patterns().size()) {
                    throw Exceptions.valueError("MatchMapping doesn't have the same number of keys as patterns");
                }
                if (m.rest() != null) capture(m.rest());
                for (Expr key : m.keys()) {
                    if (key instanceof Expr.Constant c && (c.value() == null || c.value() instanceof Boolean)) continue;
                    matchValue(key);
                }
                patterns(m.patterns(), false);
            }
            case Pattern.MatchClass m -> {
                if (m.kwdAttrs().size() != m.kwdPatterns().size()) {
                    throw Exceptions.valueError(
                        "MatchClass doesn't have the same number of keyword attributes as patterns");
                }
                expr(m.cls(), ExprContext.Load);
                Expr cls = m.cls();
                while (cls instanceof Expr.Attribute a) cls = a.value();
                if (!(cls instanceof Expr.Name)) {
                    throw Exceptions.valueError("MatchClass cls field can only contain Name or Attribute nodes.");
                }
                for (String attr : m.kwdAttrs()) name(attr);
                patterns(m.patterns(), false);
                patterns(m.kwdPatterns(), false);
            }
            case Pattern.MatchStar m -> {
                if (!starOk) throw Exceptions.valueError("can't use MatchStar here");
                if (m.name() != null) capture(m.name());
            }
            case Pattern.MatchAs m -> {
                if (m.name() != null) capture(m.name());
                if (m.pattern() != null) {
                    if (m.name() == null) {
                        throw Exceptions.valueError("MatchAs must specify a target name if a pattern is given");
                    }
                    pattern(m.pattern(), false);
                }
            }
            case Pattern.MatchOr m -> {
                if (m.patterns().size() < 2) throw Exceptions.valueError("MatchOr requires at least 2 patterns");
                patterns(m.patterns(), false);
            }
        }
    }
}
