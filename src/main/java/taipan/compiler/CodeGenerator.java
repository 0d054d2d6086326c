package taipan.compiler;

import java.util.List;
import taipan.ast.Alias;
import taipan.ast.ExceptHandler;
import taipan.ast.ExceptHandlerNode;
import taipan.ast.Expr;
import taipan.ast.Mod;
import taipan.ast.Stmt;
import taipan.ast.WithItem;
import taipan.bytecode.CodeObject;
import taipan.bytecode.Opcode;
import taipan.compiler.CodeBuilder.Label;
import taipan.runtime.Py;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.source.SourceFile;

/**
 * Statement code generation and the module/class/function units, mirroring
 * CPython 3.11's compile.c: loops, try/except/finally/except* and with
 * statements with exception-table handlers pushed and popped where CPython
 * emits SETUP_* and POP_BLOCK, return/break/continue unwinding through the
 * frame blocks, imports, annotations, class bodies and decorators. Statement
 * instructions carry the statement's location unless CPython marks them
 * artificial (then they take the location of the instruction before them).
 */
final class CodeGenerator extends PatternGenerator {
    CodeGenerator(SymbolTable table, SourceFile source, String filename, boolean interactive) {
        super(table, source, filename, interactive);
    }

    @Override
    String unparse(Expr e) {
        return Unparser.unparse(e);
    }

    boolean futureAnnotations() {
        return table.future().annotations();
    }

    // ---- modules ----

    CodeObject compileModule(Mod mod) {
        enterScope("<module>", UnitKind.MODULE, mod, 1);
        switch (mod) {
            case Mod.Module m -> body(m.body());
            case Mod.Interactive i -> {
                if (findAnnotations(i.body())) {
                    if (!i.body().isEmpty()) setLoc((taipan.ast.Located) i.body().get(0));
                    b.emit(Opcode.SETUP_ANNOTATIONS);
                }
                for (Stmt s : i.body()) visit(s);
            }
            case Mod.Expression e -> {
                visit(e.body());
                b.emit(Opcode.RETURN_VALUE);
                return exitScope(false);
            }
            default -> throw new IllegalArgumentException("cannot compile " + mod.getClass().getSimpleName());
        }
        return exitScope(true);
    }

    /** Module and class bodies: SETUP_ANNOTATIONS, the docstring into __doc__, the statements. */
    private void body(List<Stmt> stmts) {
        if (u.kind == UnitKind.MODULE && !stmts.isEmpty()) setLoc((taipan.ast.Located) stmts.get(0));
        if (findAnnotations(stmts)) b.emit(Opcode.SETUP_ANNOTATIONS);
        int i = 0;
        PyStr doc = docstring(stmts);
        if (doc != null) {
            Stmt.Expr first = (Stmt.Expr) stmts.get(0);
            setLoc(first);
            visit(first.value());
            b.unsetLocation();
            nameOp("__doc__", Ctx.STORE);
            i = 1;
        }
        for (; i < stmts.size(); i++) visit(stmts.get(i));
    }

    static PyStr docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c) {
            Object v = constant(c.value());
            if (v instanceof PyStr s) return s;
        }
        return null;
    }

    private static boolean findAnnotations(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> findAnnotations(f.body()) || findAnnotations(f.orelse());
                case Stmt.AsyncFor f -> findAnnotations(f.body()) || findAnnotations(f.orelse());
                case Stmt.While w -> findAnnotations(w.body()) || findAnnotations(w.orelse());
                case Stmt.If f -> findAnnotations(f.body()) || findAnnotations(f.orelse());
                case Stmt.With w -> findAnnotations(w.body());
                case Stmt.AsyncWith w -> findAnnotations(w.body());
                case Stmt.Try t -> findInTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
                case Stmt.TryStar t -> findInTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
                case Stmt.Match m -> {
                    boolean any = false;
                    for (var c : m.cases()) any |= findAnnotations(c.body());
                    yield any;
                }
                default -> false;
            };
            if (found) return true;
        }
        return false;
    }

    private static boolean findInTry(List<Stmt> body, List<ExceptHandlerNode> handlers, List<Stmt> orelse,
                                     List<Stmt> finalbody) {
        if (findAnnotations(body) || findAnnotations(orelse) || findAnnotations(finalbody)) return true;
        for (ExceptHandlerNode h : handlers) if (findAnnotations(((ExceptHandler) h).body())) return true;
        return false;
    }

    // ---- statements ----

    void visitAllStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) visit(s);
    }

    void visit(Stmt s) {
        setLoc((taipan.ast.Located) s);
        switch (s) {
            case Stmt.FunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
            case Stmt.AsyncFunctionDef f ->
                function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Delete d -> visitAll(d.targets());
            case Stmt.Assign a -> assign(a);
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> forLoop(f);
            case Stmt.AsyncFor f -> asyncFor(f);
            case Stmt.While w -> whileLoop(w);
            case Stmt.If i -> ifStmt(i);
            case Stmt.With w -> with(w, w.items(), 0, w.body(), false);
            case Stmt.AsyncWith w -> {
                if (u.kind != UnitKind.ASYNC_FUNCTION) throw error("'async with' outside async function");
                with(w, w.items(), 0, w.body(), true);
            }
            case Stmt.Match m -> match(m);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    visit(r.exc());
                    n++;
                    if (r.cause() != null) {
                        visit(r.cause());
                        n++;
                    }
                }
                b.emit(Opcode.RAISE_VARARGS, n);
            }
            case Stmt.Try t -> {
                if (!t.finalbody().isEmpty()) tryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), false);
                else tryExcept(t.body(), t.handlers(), t.orelse());
            }
            case Stmt.TryStar t -> {
                if (!t.finalbody().isEmpty()) tryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), true);
                else tryStarExcept(t.body(), t.handlers(), t.orelse());
            }
            case Stmt.Assert a -> assertStmt(a);
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.Expr e -> exprStmt(e);
            case Stmt.Pass p -> b.emit(Opcode.NOP);
            case Stmt.Break br -> breakStmt();
            case Stmt.Continue c -> continueStmt();
        }
    }

    private void exprStmt(Stmt.Expr s) {
        if (interactive && units.size() <= 0) {
            visit(s.value());
            b.emit(Opcode.PRINT_EXPR);
            return;
        }
        if (s.value() instanceof Expr.Constant) {
            b.emit(Opcode.NOP);
            return;
        }
        visit(s.value());
        b.unsetLocation();
        b.emit(Opcode.POP_TOP);
    }

    private void assign(Stmt.Assign a) {
        if (a.targets().size() == 1 && swappable(a.targets().get(0), a.value())) {
            List<Expr> values = ((Expr.Tuple) a.value()).elts();
            visitAll(values);
            List<Expr> targets = targetElts(a.targets().get(0));
            int[] saved = b.saveLocation();
            setLoc((taipan.ast.Located) a.targets().get(0));
            if (values.size() > 1) b.emit(Opcode.SWAP, values.size());
            for (Expr t : targets) visit(t);
            b.restoreLocation(saved);
            return;
        }
        visit(a.value());
        int n = a.targets().size();
        for (int i = 0; i < n; i++) {
            if (i < n - 1) b.emit(Opcode.COPY, 1);
            visit(a.targets().get(i));
        }
    }

    /** {@code a, b = b, a} with 1 to 3 items: CPython's optimizer turns BUILD_TUPLE/UNPACK_SEQUENCE into SWAP. */
    private boolean swappable(Expr target, Expr value) {
        List<Expr> targets = targetElts(target);
        if (targets == null || !(value instanceof Expr.Tuple t) || constValue(value) != NOT_CONST) return false;
        int n = t.elts().size();
        if (n != targets.size() || n < 1 || n > 3) return false;
        for (Expr e : t.elts()) if (e instanceof Expr.Starred) return false;
        for (Expr e : targets) if (e instanceof Expr.Starred) return false;
        return true;
    }

    private static List<Expr> targetElts(Expr target) {
        if (target instanceof Expr.Tuple t) return t.elts();
        if (target instanceof Expr.List l) return l.elts();
        return null;
    }

    private void augAssign(Stmt.AugAssign s) {
        Expr e = s.target();
        int[] stmtLoc = b.saveLocation();
        setLoc((taipan.ast.Located) e);
        switch (e) {
            case Expr.Attribute a -> {
                visit(a.value());
                b.emit(Opcode.COPY, 1);
                startAtAttr(a);
                b.emit(Opcode.LOAD_ATTR, nameIndex(a.attr()));
            }
            case Expr.Subscript sub -> {
                visit(sub.value());
                visit(sub.slice());
                b.emit(Opcode.COPY, 2);
                b.emit(Opcode.COPY, 2);
                b.emit(Opcode.BINARY_SUBSCR);
            }
            case Expr.Name n -> nameOp(n.id(), Ctx.LOAD);
            default -> throw new IllegalStateException("bad augmented assignment target");
        }
        b.restoreLocation(stmtLoc);
        visit(s.value());
        b.emit(Opcode.BINARY_OP, binaryOp(s.op()).inplace().ordinal());
        setLoc((taipan.ast.Located) e);
        switch (e) {
            case Expr.Attribute a -> {
                startAtAttr(a);
                b.emit(Opcode.SWAP, 2);
                b.emit(Opcode.STORE_ATTR, nameIndex(a.attr()));
            }
            case Expr.Subscript sub -> {
                b.emit(Opcode.SWAP, 3);
                b.emit(Opcode.SWAP, 2);
                b.emit(Opcode.STORE_SUBSCR);
            }
            default -> nameOp(((Expr.Name) e).id(), Ctx.STORE);
        }
    }

    private void annAssign(Stmt.AnnAssign s) {
        Expr target = s.target();
        if (s.value() != null) {
            visit(s.value());
            visit(target);
        }
        boolean moduleOrClass = u.kind == UnitKind.MODULE || u.kind == UnitKind.CLASS;
        switch (target) {
            case Expr.Name n -> {
                if (n.id().equals("__debug__")) throw errorAt("cannot assign to __debug__", s);
                if (s.simple() != 0 && moduleOrClass) {
                    annotationValue(s.annotation(), futureAnnotations());
                    b.emit(Opcode.LOAD_NAME, b.addName("__annotations__"));
                    loadConst(new PyStr(mangle(u.privateName, n.id())));
                    b.emit(Opcode.STORE_SUBSCR);
                }
            }
            case Expr.Attribute a -> {
                if (a.attr().equals("__debug__")) throw errorAt("cannot assign to __debug__", s);
                if (s.value() == null) checkAnnExpr(a.value());
            }
            case Expr.Subscript sub -> {
                if (s.value() == null) {
                    checkAnnExpr(sub.value());
                    checkAnnSubscript(sub.slice());
                }
            }
            default -> { }
        }
        if (s.simple() == 0 && !futureAnnotations() && moduleOrClass) checkAnnExpr(s.annotation());
    }

    private void checkAnnExpr(Expr e) {
        visit(e);
        b.emit(Opcode.POP_TOP);
    }

    private void checkAnnSubscript(Expr e) {
        switch (e) {
            case Expr.Slice sl -> {
                if (sl.lower() != null) checkAnnExpr(sl.lower());
                if (sl.upper() != null) checkAnnExpr(sl.upper());
                if (sl.step() != null) checkAnnExpr(sl.step());
            }
            case Expr.Tuple t -> {
                for (Expr x : t.elts()) checkAnnSubscript(x);
            }
            default -> checkAnnExpr(e);
        }
    }

    private void assertStmt(Stmt.Assert a) {
        Object test = constValue(a.test());
        if (a.test() instanceof Expr.Tuple t && !t.elts().isEmpty() || test instanceof PyTuple folded && folded.items.length > 0) {
            warnAt("assertion is always true, perhaps remove parentheses?", a);
        }
        Label end = new Label();
        jumpIf(a.test(), end, true);
        b.emit(Opcode.LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            visit(a.msg());
            b.emit(Opcode.CALL, 1);
        }
        b.emit(Opcode.RAISE_VARARGS, 1);
        b.bind(end);
    }

    private void ifStmt(Stmt.If s) {
        Label end = new Label();
        Label next = s.orelse().isEmpty() ? end : new Label();
        jumpIf(s.test(), next, false);
        visitAllStmts(s.body());
        if (!s.orelse().isEmpty()) {
            if (!b.lastIsTerminal()) {
                b.unsetLocation();
                b.jump(end);
            }
            b.bind(next);
            visitAllStmts(s.orelse());
        }
        b.bind(end);
    }

    private void whileLoop(Stmt.While s) {
        Label loop = Label.loopHead();
        Label body = new Label();
        Label anchor = new Label();
        Label end = new Label();
        b.bind(loop);
        pushFBlock(FBlockKind.WHILE_LOOP, loop, end, null);
        jumpIf(s.test(), anchor, false);
        b.bind(body);
        visitAllStmts(s.body());
        setLoc(s);
        b.jump(loop);
        popFBlock();
        b.bind(anchor);
        visitAllStmts(s.orelse());
        b.bind(end);
    }

    private void forLoop(Stmt.For s) {
        Label start = Label.loopHead();
        Label cleanup = new Label();
        Label end = new Label();
        pushFBlock(FBlockKind.FOR_LOOP, start, end, null);
        visitIter(s.iter());
        b.emit(Opcode.GET_ITER);
        b.bind(start);
        b.emitJump(Opcode.FOR_ITER, cleanup);
        visit(s.target());
        visitAllStmts(s.body());
        b.unsetLocation();
        b.jump(start);
        b.bind(cleanup);
        popFBlock();
        visitAllStmts(s.orelse());
        b.bind(end);
    }

    private void asyncFor(Stmt.AsyncFor s) {
        if (u.kind != UnitKind.ASYNC_FUNCTION) throw error("'async for' outside async function");
        Label start = Label.loopHead();
        Label except = new Label();
        Label end = new Label();
        visit(s.iter());
        b.emit(Opcode.GET_AITER);
        b.bind(start);
        pushFBlock(FBlockKind.FOR_LOOP, start, end, null);
        b.pushHandler(except, false, 0);
        b.emit(Opcode.GET_ANEXT);
        loadConst(Py.None);
        yieldFrom();
        b.popHandler();
        visit(s.target());
        visitAllStmts(s.body());
        b.unsetLocation();
        b.jump(start);
        popFBlock();
        b.bind(except);
        setLoc((taipan.ast.Located) s.iter());
        b.emit(Opcode.END_ASYNC_FOR);
        visitAllStmts(s.orelse());
        b.bind(end);
    }

    // ---- return, break, continue and unwinding ----

    private void returnStmt(Stmt.Return s) {
        if (u.scope.type() != Scope.Type.FUNCTION) throw error("'return' outside function");
        if (s.value() != null && u.scope.isCoroutine() && u.scope.isGenerator()) {
            throw error("'return' with value in async generator");
        }
        boolean preserveTos = s.value() != null && !(s.value() instanceof Expr.Constant);
        if (preserveTos) {
            visit(s.value());
        } else if (s.value() != null) {
            setLoc((taipan.ast.Located) s.value());
            b.emit(Opcode.NOP);
        }
        if (s.value() == null || ((taipan.ast.Located) s.value()).lineno() != s.lineno()) {
            setLoc(s);
            b.emit(Opcode.NOP);
        }
        CodeBuilder.Handlers saved = b.handlers();
        unwindAll(preserveTos);
        if (s.value() == null) loadConst(Py.None);
        else if (!preserveTos) loadConst(constant(((Expr.Constant) s.value()).value()));
        b.emit(Opcode.RETURN_VALUE);
        b.setHandlers(saved);
    }

    private void unwindAll(boolean preserveTos) {
        FBlock[] blocks = u.fblocks.toArray(new FBlock[0]);
        for (FBlock f : blocks) {
            if (f.kind() == FBlockKind.EXCEPTION_GROUP_HANDLER) {
                throw error("'break', 'continue' and 'return' cannot appear in an except* block");
            }
            u.fblocks.pop();
            unwind(f, preserveTos);
        }
        for (int i = blocks.length - 1; i >= 0; i--) u.fblocks.push(blocks[i]);
    }

    /** Unwinds the blocks above the innermost loop; returns that loop (left on the stack) or null. */
    private FBlock unwindToLoop() {
        java.util.ArrayDeque<FBlock> popped = new java.util.ArrayDeque<>();
        FBlock loop = null;
        while (!u.fblocks.isEmpty()) {
            FBlock f = u.fblocks.peek();
            if (f.kind() == FBlockKind.WHILE_LOOP || f.kind() == FBlockKind.FOR_LOOP) {
                loop = f;
                break;
            }
            if (f.kind() == FBlockKind.EXCEPTION_GROUP_HANDLER) {
                throw error("'break', 'continue' and 'return' cannot appear in an except* block");
            }
            u.fblocks.pop();
            popped.push(f);
            unwind(f, false);
        }
        while (!popped.isEmpty()) u.fblocks.push(popped.pop());
        return loop;
    }

    private void breakStmt() {
        b.emit(Opcode.NOP);
        CodeBuilder.Handlers saved = b.handlers();
        int[] loc = b.saveLocation();
        FBlock loop = unwindToLoop();
        if (loop == null) {
            b.restoreLocation(loc);
            throw error("'break' outside loop");
        }
        unwind(loop, false);
        b.jump(loop.exit());
        b.setHandlers(saved);
    }

    private void continueStmt() {
        b.emit(Opcode.NOP);
        CodeBuilder.Handlers saved = b.handlers();
        int[] loc = b.saveLocation();
        FBlock loop = unwindToLoop();
        if (loop == null) {
            b.restoreLocation(loc);
            throw error("'continue' not properly in loop");
        }
        b.jump(loop.block());
        b.setHandlers(saved);
    }

    /** Emits the code that leaves frame block f (compiler_unwind_fblock). */
    private void unwind(FBlock f, boolean preserveTos) {
        switch (f.kind()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> { }
            case FOR_LOOP -> {
                if (preserveTos) b.emit(Opcode.SWAP, 2);
                b.emit(Opcode.POP_TOP);
            }
            case TRY_EXCEPT -> b.popHandler();
            case FINALLY_TRY -> {
                b.popHandler();
                if (preserveTos) pushFBlock(FBlockKind.POP_VALUE, null, null, null);
                @SuppressWarnings("unchecked")
                List<Stmt> finalbody = (List<Stmt>) f.datum();
                visitAllStmts(finalbody);
                if (preserveTos) popFBlock();
                b.unsetLocation();
            }
            case FINALLY_END -> {
                if (preserveTos) b.emit(Opcode.SWAP, 2);
                b.emit(Opcode.POP_TOP);
                if (preserveTos) b.emit(Opcode.SWAP, 2);
                b.popHandler();
                b.emit(Opcode.POP_EXCEPT);
            }
            case WITH, ASYNC_WITH -> {
                setLoc((taipan.ast.Located) f.datum());
                b.popHandler();
                if (preserveTos) b.emit(Opcode.SWAP, 2);
                callExitWithNones();
                if (f.kind() == FBlockKind.ASYNC_WITH) {
                    b.emit(Opcode.GET_AWAITABLE, 2);
                    loadConst(Py.None);
                    yieldFrom();
                }
                b.emit(Opcode.POP_TOP);
                b.unsetLocation();
            }
            case HANDLER_CLEANUP -> {
                if (f.datum() != null) b.popHandler();
                if (preserveTos) b.emit(Opcode.SWAP, 2);
                b.popHandler();
                b.emit(Opcode.POP_EXCEPT);
                if (f.datum() != null) {
                    loadConst(Py.None);
                    nameOp((String) f.datum(), Ctx.STORE);
                    nameOp((String) f.datum(), Ctx.DEL);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) b.emit(Opcode.SWAP, 2);
                b.emit(Opcode.POP_TOP);
            }
        }
    }

    private void callExitWithNones() {
        loadConst(Py.None);
        loadConst(Py.None);
        loadConst(Py.None);
        b.emit(Opcode.CALL, 3);
    }

    // ---- try ----

    private void tryFinally(List<Stmt> body, List<ExceptHandlerNode> handlers, List<Stmt> orelse,
                            List<Stmt> finalbody, boolean star) {
        Label bodyLabel = new Label();
        Label end = new Label();
        Label exit = new Label();
        Label cleanup = new Label();
        b.emit(Opcode.NOP);
        b.pushHandler(end, false, 0);
        b.bind(bodyLabel);
        pushFBlock(FBlockKind.FINALLY_TRY, bodyLabel, end, finalbody);
        if (!handlers.isEmpty()) {
            if (star) tryStarExcept(body, handlers, orelse);
            else tryExcept(body, handlers, orelse);
        } else {
            visitAllStmts(body);
        }
        b.popHandler();
        popFBlock();
        visitAllStmts(finalbody);
        b.unsetLocation();
        b.jump(exit);
        b.bind(end);
        b.unsetLocation();
        b.pushHandler(cleanup, true, 0);
        b.emit(Opcode.PUSH_EXC_INFO);
        pushFBlock(FBlockKind.FINALLY_END, end, null, null);
        visitAllStmts(finalbody);
        popFBlock();
        b.emit(Opcode.RERAISE, 0);
        b.popHandler();
        b.bind(cleanup);
        popExceptAndReraise();
        b.bind(exit);
    }

    private void popExceptAndReraise() {
        b.emit(Opcode.COPY, 3);
        b.emit(Opcode.POP_EXCEPT);
        b.emit(Opcode.RERAISE, 1);
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandlerNode> handlers, List<Stmt> orelse) {
        Label bodyLabel = new Label();
        Label except = new Label();
        Label end = new Label();
        Label cleanup = new Label();
        b.emit(Opcode.NOP);
        b.pushHandler(except, false, 0);
        b.bind(bodyLabel);
        pushFBlock(FBlockKind.TRY_EXCEPT, bodyLabel, null, null);
        visitAllStmts(body);
        popFBlock();
        b.popHandler();
        visitAllStmts(orelse);
        b.unsetLocation();
        b.jump(end);
        int n = handlers.size();
        b.bind(except);
        b.unsetLocation();
        b.pushHandler(cleanup, true, 0);
        b.emit(Opcode.PUSH_EXC_INFO);
        pushFBlock(FBlockKind.EXCEPTION_HANDLER, null, null, null);
        CodeBuilder.Handlers inHandler = b.handlers();
        for (int i = 0; i < n; i++) {
            ExceptHandler h = (ExceptHandler) handlers.get(i);
            setLoc(h);
            Label next = new Label();
            if (h.type() == null && i < n - 1) throw error("default 'except:' must be last");
            if (h.type() != null) {
                visit(h.type());
                b.emit(Opcode.CHECK_EXC_MATCH);
                b.emitJump(Opcode.POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                Label cleanupEnd = new Label();
                Label cleanupBody = new Label();
                nameOp(h.name(), Ctx.STORE);
                b.pushHandler(cleanupEnd, true, 0);
                b.bind(cleanupBody);
                pushFBlock(FBlockKind.HANDLER_CLEANUP, cleanupBody, null, h.name());
                visitAllStmts(h.body());
                popFBlock();
                b.unsetLocation();
                b.popHandler();
                b.popHandler();
                b.emit(Opcode.POP_EXCEPT);
                loadConst(Py.None);
                nameOp(h.name(), Ctx.STORE);
                nameOp(h.name(), Ctx.DEL);
                b.jump(end);
                b.setHandlers(inHandler);
                b.bind(cleanupEnd);
                b.unsetLocation();
                loadConst(Py.None);
                nameOp(h.name(), Ctx.STORE);
                nameOp(h.name(), Ctx.DEL);
                b.emit(Opcode.RERAISE, 1);
            } else {
                Label cleanupBody = new Label();
                b.emit(Opcode.POP_TOP);
                b.bind(cleanupBody);
                pushFBlock(FBlockKind.HANDLER_CLEANUP, cleanupBody, null, null);
                visitAllStmts(h.body());
                popFBlock();
                b.unsetLocation();
                b.popHandler();
                b.emit(Opcode.POP_EXCEPT);
                b.jump(end);
                b.setHandlers(inHandler);
            }
            b.bind(next);
        }
        b.unsetLocation();
        popFBlock();
        b.emit(Opcode.RERAISE, 0);
        b.popHandler();
        b.bind(cleanup);
        popExceptAndReraise();
        b.bind(end);
    }

    /** try/except* (compiler_try_star_except). */
    private void tryStarExcept(List<Stmt> body, List<ExceptHandlerNode> handlers, List<Stmt> orelse) {
        Label bodyLabel = new Label();
        Label except = new Label();
        Label orelseLabel = new Label();
        Label end = new Label();
        Label cleanup = new Label();
        Label reraiseStar = new Label();
        b.emit(Opcode.NOP);
        b.pushHandler(except, false, 0);
        b.bind(bodyLabel);
        pushFBlock(FBlockKind.TRY_EXCEPT, bodyLabel, null, null);
        visitAllStmts(body);
        popFBlock();
        b.popHandler();
        b.unsetLocation();
        b.jump(orelseLabel);
        int n = handlers.size();
        b.bind(except);
        b.unsetLocation();
        b.pushHandler(cleanup, true, 0);
        b.emit(Opcode.PUSH_EXC_INFO);
        pushFBlock(FBlockKind.EXCEPTION_GROUP_HANDLER, null, null, "except handler");
        CodeBuilder.Handlers inHandler = b.handlers();
        for (int i = 0; i < n; i++) {
            ExceptHandler h = (ExceptHandler) handlers.get(i);
            setLoc(h);
            Label exceptLabel = new Label();
            Label exceptWithError = new Label();
            Label noMatch = new Label();
            if (i == 0) {
                // [exc] → [orig, [], exc]: the list collects the exceptions raised or left unhandled
                b.emit(Opcode.COPY, 1);
                b.emit(Opcode.BUILD_LIST, 0);
                b.emit(Opcode.SWAP, 2);
            }
            if (h.type() != null) {
                visit(h.type());
                b.emit(Opcode.CHECK_EG_MATCH);
                b.emit(Opcode.COPY, 1);
                b.emitJump(Opcode.POP_JUMP_IF_NONE, noMatch);
            }
            Label cleanupEnd = new Label();
            Label cleanupBody = new Label();
            if (h.name() != null) nameOp(h.name(), Ctx.STORE);
            else b.emit(Opcode.POP_TOP);
            b.pushHandler(cleanupEnd, true, 0);
            b.bind(cleanupBody);
            pushFBlock(FBlockKind.HANDLER_CLEANUP, cleanupBody, null, h.name());
            visitAllStmts(h.body());
            popFBlock();
            b.unsetLocation();
            b.popHandler();
            if (h.name() != null) {
                loadConst(Py.None);
                nameOp(h.name(), Ctx.STORE);
                nameOp(h.name(), Ctx.DEL);
            }
            b.jump(exceptLabel);
            b.bind(cleanupEnd);
            b.unsetLocation();
            if (h.name() != null) {
                loadConst(Py.None);
                nameOp(h.name(), Ctx.STORE);
                nameOp(h.name(), Ctx.DEL);
            }
            // add exception raised to the res list
            b.emit(Opcode.LIST_APPEND, 3);
            b.emit(Opcode.POP_TOP);
            b.jump(exceptWithError);
            b.bind(exceptLabel);
            b.emit(Opcode.NOP);
            b.jump(exceptWithError);
            b.bind(noMatch);
            b.emit(Opcode.POP_TOP);
            b.bind(exceptWithError);
            if (i == n - 1) {
                // add exc to the list (if not None it's the unhandled part of the EG)
                b.emit(Opcode.LIST_APPEND, 1);
                b.jump(reraiseStar);
            }
            b.setHandlers(inHandler);
        }
        b.unsetLocation();
        popFBlock();
        b.bind(reraiseStar);
        b.emit(Opcode.PREP_RERAISE_STAR);
        b.emit(Opcode.COPY, 1);
        Label reraise = new Label();
        b.emitJump(Opcode.POP_JUMP_IF_NOT_NONE, reraise);
        b.emit(Opcode.POP_TOP);
        b.popHandler();
        b.emit(Opcode.POP_EXCEPT);
        b.jump(end);
        b.setHandlers(inHandler);
        b.bind(reraise);
        b.popHandler();
        b.emit(Opcode.SWAP, 2);
        b.emit(Opcode.POP_EXCEPT);
        b.emit(Opcode.RERAISE, 0);
        b.bind(cleanup);
        popExceptAndReraise();
        b.bind(orelseLabel);
        visitAllStmts(orelse);
        b.bind(end);
    }

    // ---- with ----

    private void with(Stmt s, List<WithItem> items, int pos, List<Stmt> body, boolean async) {
        WithItem item = items.get(pos);
        Label block = new Label();
        Label fin = new Label();
        Label exit = new Label();
        Label cleanup = new Label();
        visit(item.contextExpr());
        if (async) {
            b.emit(Opcode.BEFORE_ASYNC_WITH);
            b.emit(Opcode.GET_AWAITABLE, 1);
            loadConst(Py.None);
            yieldFrom();
        } else {
            b.emit(Opcode.BEFORE_WITH);
        }
        b.pushHandler(fin, true, -1);
        b.bind(block);
        pushFBlock(async ? FBlockKind.ASYNC_WITH : FBlockKind.WITH, block, fin, s);
        if (item.optionalVars() != null) visit(item.optionalVars());
        else b.emit(Opcode.POP_TOP);
        if (pos + 1 == items.size()) visitAllStmts(body);
        else with(s, items, pos + 1, body, async);
        b.unsetLocation();
        b.popHandler();
        popFBlock();
        setLoc((taipan.ast.Located) s);
        callExitWithNones();
        if (async) {
            b.emit(Opcode.GET_AWAITABLE, 2);
            loadConst(Py.None);
            yieldFrom();
        }
        b.emit(Opcode.POP_TOP);
        b.jump(exit);
        b.bind(fin);
        CodeBuilder.Handler h = b.pushHandler(cleanup, true, 0);
        b.emit(Opcode.PUSH_EXC_INFO);
        b.emit(Opcode.WITH_EXCEPT_START);
        if (async) {
            b.emit(Opcode.GET_AWAITABLE, 2);
            loadConst(Py.None);
            yieldFrom();
        }
        withExceptFinish(h);
        b.bind(exit);
    }

    /** The end of a with statement's exceptional exit (compiler_with_except_finish). */
    private void withExceptFinish(CodeBuilder.Handler cleanupHandler) {
        b.unsetLocation();
        Label exit = new Label();
        b.emitJump(Opcode.POP_JUMP_IF_TRUE, exit);
        b.emit(Opcode.RERAISE, 2);
        b.popHandler();
        b.bind(cleanupHandler.label);
        popExceptAndReraise();
        b.bind(exit);
        b.pushHandler(cleanupHandler);
        b.emit(Opcode.POP_TOP);
        b.popHandler();
        b.emit(Opcode.POP_EXCEPT);
        b.emit(Opcode.POP_TOP);
        b.emit(Opcode.POP_TOP);
    }

    // ---- imports ----

    private void importStmt(Stmt.Import s) {
        for (Alias a : s.names()) {
            loadConst(0L);
            loadConst(Py.None);
            b.emit(Opcode.IMPORT_NAME, nameIndex(a.name()));
            if (a.asname() != null) {
                int dot = a.name().indexOf('.');
                if (dot >= 0) {
                    while (true) {
                        int p = dot + 1;
                        dot = a.name().indexOf('.', p);
                        String attr = a.name().substring(p, dot < 0 ? a.name().length() : dot);
                        b.emit(Opcode.IMPORT_FROM, b.addName(attr));
                        if (dot < 0) break;
                        b.emit(Opcode.SWAP, 2);
                        b.emit(Opcode.POP_TOP);
                    }
                    nameOp(a.asname(), Ctx.STORE);
                    b.emit(Opcode.POP_TOP);
                } else {
                    nameOp(a.asname(), Ctx.STORE);
                }
            } else {
                int dot = a.name().indexOf('.');
                nameOp(dot >= 0 ? a.name().substring(0, dot) : a.name(), Ctx.STORE);
            }
        }
    }

    private void importFrom(Stmt.ImportFrom s) {
        if ("__future__".equals(s.module()) && s.lineno() > table.future().lineno()) {
            throw error("from __future__ imports must occur at the beginning of the file");
        }
        loadConst((long) (s.level() == null ? 0 : s.level()));
        List<String> names = new java.util.ArrayList<>();
        for (Alias a : s.names()) names.add(a.name());
        loadConst(strTuple(names));
        b.emit(Opcode.IMPORT_NAME, nameIndex(s.module() == null ? "" : s.module()));
        for (int i = 0; i < s.names().size(); i++) {
            Alias a = s.names().get(i);
            if (i == 0 && a.name().equals("*")) {
                b.emit(Opcode.IMPORT_STAR);
                return;
            }
            b.emit(Opcode.IMPORT_FROM, nameIndex(a.name()));
            nameOp(a.asname() != null ? a.asname() : a.name(), Ctx.STORE);
        }
        b.emit(Opcode.POP_TOP);
    }

    // ---- functions and classes ----

    private void function(Stmt s, String name, taipan.ast.Arguments args, List<Stmt> body, List<Expr> decorators,
                          Expr returns, boolean async) {
        checkDebugArgs(args);
        visitAll(decorators);
        int firstlineno = lineOf(decorators.isEmpty() ? s : decorators.get(0));
        int flags = defaultArguments(args);
        flags |= annotations(args, returns, futureAnnotations());
        CodeObject co = compiled.get(s);
        if (co == null) {
            enterScope(name, async ? UnitKind.ASYNC_FUNCTION : UnitKind.FUNCTION, s, firstlineno);
            PyStr doc = docstring(body);
            b.addConst(doc != null ? doc : Py.None);
            setArgCounts(args);
            for (int i = doc != null ? 1 : 0; i < body.size(); i++) visit(body.get(i));
            co = exitScope(true);
            compiled.put(s, co);
        }
        setLoc((taipan.ast.Located) s);
        makeClosure(co, flags);
        applyDecorators(decorators);
        setLoc((taipan.ast.Located) s);
        nameOp(name, Ctx.STORE);
    }

    /** Calls the decorators innermost first, each call at its decorator's location. */
    private void applyDecorators(List<Expr> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            setLoc((taipan.ast.Located) decorators.get(i));
            b.emit(Opcode.CALL, 1);
        }
    }

    private void classDef(Stmt.ClassDef s) {
        visitAll(s.decoratorList());
        int firstlineno = lineOf(s.decoratorList().isEmpty() ? s : s.decoratorList().get(0));
        CodeObject co = compiled.get(s);
        if (co == null) {
            enterScope(s.name(), UnitKind.CLASS, s, firstlineno);
            b.emit(Opcode.LOAD_NAME, b.addName("__name__"));
            nameOp("__module__", Ctx.STORE);
            loadConst(new PyStr(u.qualname));
            nameOp("__qualname__", Ctx.STORE);
            body(s.body());
            b.unsetLocation();
            if (u.scope.needsClassClosure()) {
                b.emit(Opcode.LOAD_CLOSURE, u.cells.get("__class__"));
                b.emit(Opcode.COPY, 1);
                nameOp("__classcell__", Ctx.STORE);
            } else {
                loadConst(Py.None);
            }
            b.emit(Opcode.RETURN_VALUE);
            co = exitScope(false);
            compiled.put(s, co);
        }
        setLoc(s);
        b.emit(Opcode.LOAD_BUILD_CLASS);
        makeClosure(co, 0);
        loadConst(new PyStr(s.name()));
        callHelper(2, s.bases(), s.keywords());
        applyDecorators(s.decoratorList());
        setLoc(s);
        nameOp(s.name(), Ctx.STORE);
    }
}
