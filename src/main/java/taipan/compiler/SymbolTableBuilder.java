package taipan.compiler;

import static taipan.compiler.Scope.DEF_ANNOT;
import static taipan.compiler.Scope.DEF_COMP_ITER;
import static taipan.compiler.Scope.DEF_GLOBAL;
import static taipan.compiler.Scope.DEF_IMPORT;
import static taipan.compiler.Scope.DEF_LOCAL;
import static taipan.compiler.Scope.DEF_NONLOCAL;
import static taipan.compiler.Scope.DEF_PARAM;
import static taipan.compiler.Scope.USE;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import taipan.ast.Alias;
import taipan.ast.Arg;
import taipan.ast.Arguments;
import taipan.ast.Comprehension;
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
import taipan.ast.WithItem;
import taipan.source.PythonSyntaxError;

/**
 * The first pass of symbol-table construction, CPython 3.11's {@code symtable_visit_*}:
 * walks a module's AST in CPython's visiting order, opens a {@link Scope} per
 * block, and records per name the DEF_* / USE flags of each block, the parameter
 * order, the global/nonlocal directives, and the generator / coroutine /
 * comprehension facts. Raises, as {@link PythonSyntaxError}, the errors CPython
 * raises while visiting (global/nonlocal after use or assignment, duplicate
 * arguments, walrus rules in comprehensions, yield in comprehensions, import *
 * outside the module level, yield/await/walrus in a postponed annotation), with
 * CPython's messages and positions; nesting deeper than
 * {@link CompilerRecursionError#LIMIT} raises {@link CompilerRecursionError}. Resolution of the final scopes is left to
 * {@link ScopeAnalyzer}.
 */
final class SymbolTableBuilder {
    private final SymtableErrors errors;
    private final boolean futureAnnotations;
    private final List<Scope> stack = new ArrayList<>();
    final Map<Object, Scope> blocks = new IdentityHashMap<>();
    private Scope cur;
    private int depth;
    private Map<String, Integer> global;
    private String privateName;

    SymbolTableBuilder(SymtableErrors errors, boolean futureAnnotations) {
        this.errors = errors;
        this.futureAnnotations = futureAnnotations;
    }

    /** The whole table of a module, an interactive statement or an eval expression. */
    Scope build(Mod mod) {
        Scope top = enterBlock("top", Scope.Type.MODULE, mod, 0, 0);
        global = top.symbols;
        switch (mod) {
            case Mod.Module m -> visitStmts(m.body());
            case Mod.Interactive m -> visitStmts(m.body());
            case Mod.Expression m -> visitExpr(m.body());
            case Mod.FunctionType m -> throw new IllegalArgumentException("no symbol table for a FunctionType");
        }
        exitBlock();
        return top;
    }

    // ---- blocks ----

    private Scope enterBlock(String name, Scope.Type type, Object node, int lineno, int col) {
        Scope prev = cur;
        Scope s = new Scope(name, type, node, lineno, col);
        if (prev != null && (prev.nested || prev.type() == Scope.Type.FUNCTION)) s.nested = true;
        stack.add(s);
        if (prev != null) s.compIterExpr = prev.compIterExpr;
        cur = s;
        if (type == Scope.Type.ANNOTATION) return s;
        blocks.put(node, s);
        if (prev != null) prev.children.add(s);
        return s;
    }

    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    // ---- names ----

    static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__")) return name;
        if (name.endsWith("__") || name.indexOf('.') >= 0) return name;
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') i++;
        if (i == privateName.length()) return name;
        return "_" + privateName.substring(i) + name;
    }

    private int lookup(String name) {
        return cur.flags(mangle(privateName, name));
    }

    private void addDef(String name, int flag, Located loc) {
        addDef(name, flag, cur, loc);
    }

    private void addDef(String name, int flag, Scope ste, Located loc) {
        String mangled = mangle(privateName, name);
        Integer old = ste.symbols.get(mangled);
        int val;
        if (old != null) {
            if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", loc);
            }
            val = old | flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '"
                    + name + "'", loc);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            global.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    private void recordDirective(String name, Located loc) {
        cur.directives.add(new Scope.Directive(mangle(privateName, name), loc.lineno(), loc.colOffset(),
            loc.endLineno(), loc.endColOffset()));
    }

    private PythonSyntaxError error(String msg, Located loc) {
        return errors.at(msg, loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset());
    }

    // ---- statements ----

    private void visitStmts(List<Stmt> body) {
        for (Stmt s : body) visitStmt(s);
    }

    private void visitExprs(List<Expr> exprs) {
        for (Expr e : exprs) if (e != null) visitExpr(e);
    }

    private void visitStmt(Stmt stmt) {
        if (++depth > CompilerRecursionError.LIMIT) throw new CompilerRecursionError();
        visitStmtBody(stmt);
        depth--;
    }

    private void visitStmtBody(Stmt stmt) {
        switch (stmt) {
            case Stmt.FunctionDef s -> visitFunction(s, s.name(), s.args(), s.body(), s.decoratorList(),
                s.returns(), false);
            case Stmt.AsyncFunctionDef s -> visitFunction(s, s.name(), s.args(), s.body(), s.decoratorList(),
                s.returns(), true);
            case Stmt.ClassDef s -> {
                addDef(s.name(), DEF_LOCAL, s);
                visitExprs(s.bases());
                for (Keyword k : s.keywords()) visitExpr(k.value());
                visitExprs(s.decoratorList());
                enterBlock(s.name(), Scope.Type.CLASS, s, s.lineno(), s.colOffset());
                String saved = privateName;
                privateName = s.name();
                visitStmts(s.body());
                privateName = saved;
                exitBlock();
            }
            case Stmt.Return s -> {
                if (s.value() != null) {
                    visitExpr(s.value());
                    cur.returnsValue = true;
                }
            }
            case Stmt.Delete s -> visitExprs(s.targets());
            case Stmt.Assign s -> {
                visitExprs(s.targets());
                visitExpr(s.value());
            }
            case Stmt.AnnAssign s -> visitAnnAssign(s);
            case Stmt.AugAssign s -> {
                visitExpr(s.target());
                visitExpr(s.value());
            }
            case Stmt.For s -> {
                visitExpr(s.target());
                visitExpr(s.iter());
                visitStmts(s.body());
                visitStmts(s.orelse());
            }
            case Stmt.AsyncFor s -> {
                visitExpr(s.target());
                visitExpr(s.iter());
                visitStmts(s.body());
                visitStmts(s.orelse());
            }
            case Stmt.While s -> {
                visitExpr(s.test());
                visitStmts(s.body());
                visitStmts(s.orelse());
            }
            case Stmt.If s -> {
                visitExpr(s.test());
                visitStmts(s.body());
                visitStmts(s.orelse());
            }
            case Stmt.Match s -> {
                visitExpr(s.subject());
                for (MatchCase c : s.cases()) {
                    visitPattern(c.pattern());
                    if (c.guard() != null) visitExpr(c.guard());
                    visitStmts(c.body());
                }
            }
            case Stmt.Raise s -> {
                if (s.exc() != null) {
                    visitExpr(s.exc());
                    if (s.cause() != null) visitExpr(s.cause());
                }
            }
            case Stmt.Try s -> visitTry(s.body(), s.orelse(), s.handlers(), s.finalbody());
            case Stmt.TryStar s -> visitTry(s.body(), s.orelse(), s.handlers(), s.finalbody());
            case Stmt.Assert s -> {
                visitExpr(s.test());
                if (s.msg() != null) visitExpr(s.msg());
            }
            case Stmt.Import s -> {
                for (Alias a : s.names()) visitAlias(a);
            }
            case Stmt.ImportFrom s -> {
                for (Alias a : s.names()) visitAlias(a);
            }
            case Stmt.Global s -> visitDeclaration(s, s.names(), true);
            case Stmt.Nonlocal s -> visitDeclaration(s, s.names(), false);
            case Stmt.Expr s -> visitExpr(s.value());
            case Stmt.Pass s -> { }
            case Stmt.Break s -> { }
            case Stmt.Continue s -> { }
            case Stmt.With s -> {
                visitWithItems(s.items());
                visitStmts(s.body());
            }
            case Stmt.AsyncWith s -> {
                visitWithItems(s.items());
                visitStmts(s.body());
            }
        }
    }

    private void visitFunction(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                               Expr returns, boolean async) {
        Located loc = (Located) s;
        addDef(name, DEF_LOCAL, loc);
        visitExprs(args.defaults());
        visitExprs(args.kwDefaults());
        visitAnnotations(s, args, returns);
        visitExprs(decorators);
        Scope f = enterBlock(name, Scope.Type.FUNCTION, s, loc.lineno(), loc.colOffset());
        if (async) f.coroutine = true;
        visitParameters(args);
        visitStmts(body);
        exitBlock();
    }

    private void visitTry(List<Stmt> body, List<Stmt> orelse, List<ExceptHandlerNode> handlers,
                          List<Stmt> finalbody) {
        visitStmts(body);
        visitStmts(orelse);
        for (ExceptHandlerNode h : handlers) {
            ExceptHandler eh = (ExceptHandler) h;
            if (eh.type() != null) visitExpr(eh.type());
            if (eh.name() != null) addDef(eh.name(), DEF_LOCAL, eh);
            visitStmts(eh.body());
        }
        visitStmts(finalbody);
    }

    private void visitWithItems(List<WithItem> items) {
        for (WithItem w : items) {
            visitExpr(w.contextExpr());
            if (w.optionalVars() != null) visitExpr(w.optionalVars());
        }
    }

    private void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.target() instanceof Expr.Name target) {
            int old = lookup(target.id());
            if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur.symbols != global && s.simple() != 0) {
                throw error("annotated name '" + target.id() + "' can't be "
                    + ((old & DEF_GLOBAL) != 0 ? "global" : "nonlocal"), s);
            }
            if (s.simple() != 0) {
                addDef(target.id(), DEF_ANNOT | DEF_LOCAL, target);
            } else if (s.value() != null) {
                addDef(target.id(), DEF_LOCAL, target);
            }
        } else {
            visitExpr(s.target());
        }
        visitAnnotation(s.annotation());
        if (s.value() != null) visitExpr(s.value());
    }

    private void visitDeclaration(Stmt s, List<String> names, boolean isGlobal) {
        Located loc = (Located) s;
        String kind = isGlobal ? "global" : "nonlocal";
        for (String name : names) {
            int old = lookup(name);
            if ((old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((old & DEF_PARAM) != 0) msg = "name '" + name + "' is parameter and " + kind;
                else if ((old & USE) != 0) msg = "name '" + name + "' is used prior to " + kind + " declaration";
                else if ((old & DEF_ANNOT) != 0) msg = "annotated name '" + name + "' can't be " + kind;
                else msg = "name '" + name + "' is assigned to before " + kind + " declaration";
                throw error(msg, loc);
            }
            addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, loc);
            recordDirective(name, loc);
        }
    }

    private void visitAlias(Alias a) {
        String storeName = a.asname() != null ? a.asname() : a.name();
        int dot = storeName.indexOf('.');
        if (dot >= 0) storeName = storeName.substring(0, dot);
        if (storeName.equals("*")) {
            if (cur.type() != Scope.Type.MODULE) throw error("import * only allowed at module level", a);
        } else {
            addDef(storeName, DEF_IMPORT, a);
        }
    }

    // ---- annotations and parameters ----

    private void visitAnnotations(Stmt s, Arguments a, Expr returns) {
        Located loc = (Located) s;
        if (futureAnnotations) enterBlock("_annotation", Scope.Type.ANNOTATION, s, loc.lineno(), loc.colOffset());
        visitArgAnnotations(a.posonlyargs());
        visitArgAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) visitExpr(a.vararg().annotation());
        if (a.kwarg() != null && a.kwarg().annotation() != null) visitExpr(a.kwarg().annotation());
        visitArgAnnotations(a.kwonlyargs());
        if (futureAnnotations) exitBlock();
        if (returns != null) visitAnnotation(returns);
    }

    private void visitArgAnnotations(List<Arg> args) {
        for (Arg arg : args) if (arg.annotation() != null) visitExpr(arg.annotation());
    }

    private void visitAnnotation(Expr annotation) {
        Located loc = (Located) annotation;
        if (futureAnnotations) {
            enterBlock("_annotation", Scope.Type.ANNOTATION, annotation, loc.lineno(), loc.colOffset());
        }
        visitExpr(annotation);
        if (futureAnnotations) exitBlock();
    }

    private void visitParameters(Arguments a) {
        for (Arg arg : a.posonlyargs()) addDef(arg.arg(), DEF_PARAM, arg);
        for (Arg arg : a.args()) addDef(arg.arg(), DEF_PARAM, arg);
        for (Arg arg : a.kwonlyargs()) addDef(arg.arg(), DEF_PARAM, arg);
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg());
            cur.varkeywords = true;
        }
    }

    // ---- expressions ----

    private void visitExpr(Expr expr) {
        if (++depth > CompilerRecursionError.LIMIT) throw new CompilerRecursionError();
        visitExprBody(expr);
        depth--;
    }

    private void visitExprBody(Expr expr) {
        switch (expr) {
            case Expr.NamedExpr e -> {
                raiseIfAnnotationBlock("named expression", e);
                if (cur.compIterExpr > 0) {
                    throw error("assignment expression cannot be used in a comprehension iterable expression", e);
                }
                if (cur.comprehension != Scope.Comprehension.NONE) extendNamedExprScope((Expr.Name) e.target());
                visitExpr(e.value());
                visitExpr(e.target());
            }
            case Expr.BoolOp e -> visitExprs(e.values());
            case Expr.BinOp e -> {
                visitExpr(e.left());
                visitExpr(e.right());
            }
            case Expr.UnaryOp e -> visitExpr(e.operand());
            case Expr.Lambda e -> {
                visitExprs(e.args().defaults());
                visitExprs(e.args().kwDefaults());
                enterBlock("lambda", Scope.Type.FUNCTION, e, e.lineno(), e.colOffset());
                visitParameters(e.args());
                visitExpr(e.body());
                exitBlock();
            }
            case Expr.IfExp e -> {
                visitExpr(e.test());
                visitExpr(e.body());
                visitExpr(e.orelse());
            }
            case Expr.Dict e -> {
                visitExprs(e.keys());
                visitExprs(e.values());
            }
            case Expr.Set e -> visitExprs(e.elts());
            case Expr.GeneratorExp e -> visitComprehension(e, "genexpr", e.generators(), e.elt(), null,
                Scope.Comprehension.GENERATOR);
            case Expr.ListComp e -> visitComprehension(e, "listcomp", e.generators(), e.elt(), null,
                Scope.Comprehension.LIST);
            case Expr.SetComp e -> visitComprehension(e, "setcomp", e.generators(), e.elt(), null,
                Scope.Comprehension.SET);
            case Expr.DictComp e -> visitComprehension(e, "dictcomp", e.generators(), e.key(), e.value(),
                Scope.Comprehension.DICT);
            case Expr.Yield e -> {
                raiseIfAnnotationBlock("yield expression", e);
                if (e.value() != null) visitExpr(e.value());
                cur.generator = true;
                if (cur.comprehension != Scope.Comprehension.NONE) throw yieldInComprehension(e);
            }
            case Expr.YieldFrom e -> {
                raiseIfAnnotationBlock("yield expression", e);
                visitExpr(e.value());
                cur.generator = true;
                if (cur.comprehension != Scope.Comprehension.NONE) throw yieldInComprehension(e);
            }
            case Expr.Await e -> {
                raiseIfAnnotationBlock("await expression", e);
                visitExpr(e.value());
                cur.coroutine = true;
            }
            case Expr.Compare e -> {
                visitExpr(e.left());
                visitExprs(e.comparators());
            }
            case Expr.Call e -> {
                visitExpr(e.func());
                visitExprs(e.args());
                for (Keyword k : e.keywords()) visitExpr(k.value());
            }
            case Expr.FormattedValue e -> {
                visitExpr(e.value());
                if (e.formatSpec() != null) visitExpr(e.formatSpec());
            }
            case Expr.JoinedStr e -> visitExprs(e.values());
            case Expr.Constant e -> { }
            case Expr.Attribute e -> visitExpr(e.value());
            case Expr.Subscript e -> {
                visitExpr(e.value());
                visitExpr(e.slice());
            }
            case Expr.Starred e -> visitExpr(e.value());
            case Expr.Slice e -> {
                if (e.lower() != null) visitExpr(e.lower());
                if (e.upper() != null) visitExpr(e.upper());
                if (e.step() != null) visitExpr(e.step());
            }
            case Expr.Name e -> {
                addDef(e.id(), e.ctx() == ExprContext.Load ? USE : DEF_LOCAL, e);
                if (e.ctx() == ExprContext.Load && cur.type() == Scope.Type.FUNCTION && e.id().equals("super")) {
                    addDef("__class__", USE, e);
                }
            }
            case Expr.List e -> visitExprs(e.elts());
            case Expr.Tuple e -> visitExprs(e.elts());
        }
    }

    private void raiseIfAnnotationBlock(String what, Expr e) {
        if (cur.type() == Scope.Type.ANNOTATION) {
            throw error("'" + what + "' can not be used within an annotation", (Located) e);
        }
    }

    private PythonSyntaxError yieldInComprehension(Expr e) {
        String where = switch (cur.comprehension) {
            case LIST -> "list comprehension";
            case SET -> "set comprehension";
            case DICT -> "dict comprehension";
            default -> "generator expression";
        };
        return error("'yield' inside " + where, (Located) e);
    }

    private void visitComprehension(Expr e, String scopeName, List<Comprehension> generators, Expr elt,
                                    Expr value, Scope.Comprehension kind) {
        Located loc = (Located) e;
        boolean isGenerator = kind == Scope.Comprehension.GENERATOR;
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        Scope comp = enterBlock(scopeName, Scope.Type.FUNCTION, e, loc.lineno(), loc.colOffset());
        comp.comprehension = kind;
        if (outermost.isAsync() != 0) comp.coroutine = true;
        addDef(".0", DEF_PARAM, loc);
        comp.compIterTarget = true;
        visitExpr(outermost.target());
        comp.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            cur.compIterTarget = true;
            visitExpr(g.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            visitExpr(g.iter());
            cur.compIterExpr--;
            visitExprs(g.ifs());
            if (g.isAsync() != 0) cur.coroutine = true;
        }
        if (value != null) visitExpr(value);
        visitExpr(elt);
        comp.generator = isGenerator;
        boolean isAsync = comp.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) cur.coroutine = true;
    }

    /**
     * A walrus inside a comprehension binds in the nearest enclosing function or module block.
     * As in CPython, the conflict and global checks look the target up unmangled (so a private
     * name inside a class never conflicts), while the definitions themselves are mangled.
     */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope ste = stack.get(i);
            if (ste.comprehension != Scope.Comprehension.NONE) {
                if ((ste.flags(name) & DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '"
                        + name + "'", target);
                }
                continue;
            }
            switch (ste.type()) {
                case FUNCTION -> {
                    if ((ste.flags(name) & DEF_GLOBAL) != 0) {
                        addDef(name, DEF_GLOBAL, target);
                    } else {
                        addDef(name, DEF_NONLOCAL, target);
                    }
                    recordDirective(name, target);
                    addDef(name, DEF_LOCAL, ste, target);
                    return;
                }
                case MODULE -> {
                    addDef(name, DEF_GLOBAL, target);
                    recordDirective(name, target);
                    addDef(name, DEF_GLOBAL, ste, target);
                    return;
                }
                case CLASS -> throw error(
                    "assignment expression within a comprehension cannot be used in a class body", target);
                case ANNOTATION -> { }
            }
        }
    }

    // ---- patterns ----

    private void visitPattern(Pattern pattern) {
        if (++depth > CompilerRecursionError.LIMIT) throw new CompilerRecursionError();
        visitPatternBody(pattern);
        depth--;
    }

    private void visitPatternBody(Pattern pattern) {
        switch (pattern) {
            case Pattern.MatchValue p -> visitExpr(p.value());
            case Pattern.MatchSingleton p -> { }
            case Pattern.MatchSequence p -> {
                for (Pattern q : p.patterns()) visitPattern(q);
            }
            case Pattern.MatchStar p -> {
                if (p.name() != null) addDef(p.name(), DEF_LOCAL, p);
            }
            case Pattern.MatchMapping p -> {
                visitExprs(p.keys());
                for (Pattern q : p.patterns()) visitPattern(q);
                if (p.rest() != null) addDef(p.rest(), DEF_LOCAL, p);
            }
            case Pattern.MatchClass p -> {
                visitExpr(p.cls());
                for (Pattern q : p.patterns()) visitPattern(q);
                for (Pattern q : p.kwdPatterns()) visitPattern(q);
            }
            case Pattern.MatchAs p -> {
                if (p.pattern() != null) visitPattern(p.pattern());
                if (p.name() != null) addDef(p.name(), DEF_LOCAL, p);
            }
            case Pattern.MatchOr p -> {
                for (Pattern q : p.patterns()) visitPattern(q);
            }
        }
    }
}
