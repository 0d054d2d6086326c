package taipan.compiler;

import java.util.ArrayList;
import java.util.List;
import taipan.ast.Arg;
import taipan.ast.Arguments;
import taipan.ast.BoolOpKind;
import taipan.ast.CmpOpKind;
import taipan.ast.Comprehension;
import taipan.ast.Expr;
import taipan.ast.ExprContext;
import taipan.ast.Keyword;
import taipan.ast.Located;
import taipan.ast.Operator;
import taipan.bytecode.CodeObject;
import taipan.bytecode.Opcode;
import taipan.compiler.CodeBuilder.Label;
import taipan.runtime.BinaryOp;
import taipan.runtime.CompareOp;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyComplex;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * Expression code generation, mirroring CPython 3.11's compile.c: operators,
 * short-circuit jumps ({@code compiler_jump_if}), collection displays with
 * unpacking, calls in every form (CALL/CALL_KW, LOAD_METHOD/CALL_METHOD(_KW),
 * CALL_FUNCTION_EX), f-strings, lambdas, comprehensions as nested functions,
 * yield/yield from/await, assignment targets, and default/annotation setup of
 * functions. Each expression's instructions carry that expression's location;
 * the enclosing location is restored afterwards.
 */
abstract class ExpressionGenerator extends GeneratorBase {
    ExpressionGenerator(SymbolTable table, taipan.source.SourceFile source, String filename, boolean interactive) {
        super(table, source, filename, interactive);
    }

    /** Annotation strings under {@code from __future__ import annotations}. */
    abstract String unparse(Expr e);

    // ---- entry ----

    void visit(Expr e) {
        int[] saved = b.saveLocation();
        setLoc((Located) e);
        visit1(e);
        b.restoreLocation(saved);
    }

    /** An iterable (for, comprehension, right of in): a list display is built as a tuple (CPython's fold_iter). */
    void visitIter(Expr e) {
        if (e instanceof Expr.List l && l.ctx() == ExprContext.Load) {
            boolean starred = false;
            for (Expr x : l.elts()) starred |= x instanceof Expr.Starred;
            if (!starred) {
                visit(new Expr.Tuple(l.elts(), ExprContext.Load, l.lineno(), l.colOffset(), l.endLineno(),
                    l.endColOffset()));
                return;
            }
        }
        visit(e);
    }

    private void visitComparator(Expr.Compare c, int i) {
        CmpOpKind last = c.ops().get(c.ops().size() - 1);
        if (i == c.ops().size() - 1 && (last == CmpOpKind.In || last == CmpOpKind.NotIn)) {
            visitIter(c.comparators().get(i));
        } else {
            visit(c.comparators().get(i));
        }
    }

    void visitAll(List<Expr> es) {
        for (Expr e : es) visit(e);
    }

    private void visit1(Expr e) {
        Object folded = constValue(e);
        if (folded != NOT_CONST) {
            loadConst(folded);
            return;
        }
        switch (e) {
            case Expr.NamedExpr ne -> {
                visit(ne.value());
                b.emit(Opcode.COPY, 1);
                visit(ne.target());
            }
            case Expr.BoolOp bo -> {
                Label end = new Label();
                Opcode jump = bo.op() == BoolOpKind.And ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
                int n = bo.values().size() - 1;
                for (int i = 0; i < n; i++) {
                    visit(bo.values().get(i));
                    b.emitJump(jump, end);
                }
                visit(bo.values().get(n));
                b.bind(end);
            }
            case Expr.BinOp bin when percentFormat(bin) != null -> visit1(percentFormat(bin));
            case Expr.BinOp bin -> {
                visit(bin.left());
                visit(bin.right());
                b.emit(Opcode.BINARY_OP, binaryOp(bin.op()).ordinal());
            }
            case Expr.UnaryOp un -> {
                visit(un.operand());
                b.emit(switch (un.op()) {
                    case Invert -> Opcode.UNARY_INVERT;
                    case Not -> Opcode.UNARY_NOT;
                    case UAdd -> Opcode.UNARY_POSITIVE;
                    case USub -> Opcode.UNARY_NEGATIVE;
                });
            }
            case Expr.Lambda la -> lambda(la);
            case Expr.IfExp ie -> {
                Label end = new Label();
                Label next = new Label();
                jumpIf(ie.test(), next, false);
                visit(ie.body());
                b.unsetLocation();
                b.jump(end);
                setLoc(ie);
                b.bind(next);
                visit(ie.orelse());
                b.bind(end);
            }
            case Expr.Dict d -> dict(d);
            case Expr.Set s -> starUnpack(s.elts(), 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false);
            case Expr.ListComp lc -> comprehension(e, "<listcomp>", lc.generators(), lc.elt(), null);
            case Expr.SetComp sc -> comprehension(e, "<setcomp>", sc.generators(), sc.elt(), null);
            case Expr.DictComp dc -> comprehension(e, "<dictcomp>", dc.generators(), dc.key(), dc.value());
            case Expr.GeneratorExp ge -> comprehension(e, "<genexpr>", ge.generators(), ge.elt(), null);
            case Expr.Yield y -> {
                if (u.scope.type() != Scope.Type.FUNCTION) throw error("'yield' outside function");
                if (y.value() != null) visit(y.value()); else loadConst(Py.None);
                yieldValue();
            }
            case Expr.YieldFrom yf -> {
                if (u.scope.type() != Scope.Type.FUNCTION) throw error("'yield' outside function");
                if (u.kind == UnitKind.ASYNC_FUNCTION) throw error("'yield from' inside async function");
                visit(yf.value());
                b.emit(Opcode.GET_YIELD_FROM_ITER);
                loadConst(Py.None);
                yieldFrom();
            }
            case Expr.Await aw -> {
                if (u.scope.type() != Scope.Type.FUNCTION) throw error("'await' outside function");
                if (u.kind != UnitKind.ASYNC_FUNCTION && u.kind != UnitKind.COMPREHENSION) {
                    throw error("'await' outside async function");
                }
                visit(aw.value());
                b.emit(Opcode.GET_AWAITABLE, 0);
                loadConst(Py.None);
                yieldFrom();
            }
            case Expr.Compare c -> compare(c);
            case Expr.Call c -> call(c);
            case Expr.FormattedValue fv -> {
                visit(fv.value());
                int oparg = switch (fv.conversion()) {
                    case 's' -> 1;
                    case 'r' -> 2;
                    case 'a' -> 3;
                    default -> 0;
                };
                if (fv.formatSpec() != null) {
                    visit(fv.formatSpec());
                    oparg |= 4;
                }
                b.emit(Opcode.FORMAT_VALUE, oparg);
            }
            case Expr.JoinedStr js -> {
                if (js.values().size() > STACK_USE_GUIDELINE) {
                    loadConst(new PyStr(""));
                    b.emit(Opcode.LOAD_METHOD, nameIndex("join"));
                    b.emit(Opcode.BUILD_LIST, 0);
                    for (Expr v : js.values()) {
                        visit(v);
                        b.emit(Opcode.LIST_APPEND, 1);
                    }
                    b.emit(Opcode.CALL_METHOD, 1);
                } else {
                    visitAll(js.values());
                    if (js.values().size() != 1) b.emit(Opcode.BUILD_STRING, js.values().size());
                }
            }
            case Expr.Constant c -> loadConst(constant(c.value()));
            case Expr.Attribute a -> attribute(a);
            case Expr.Subscript s -> subscript(s);
            case Expr.Starred s -> {
                if (s.ctx() == ExprContext.Store) throw error("starred assignment target must be in a list or tuple");
                throw error("can't use starred expression here");
            }
            case Expr.Name n -> nameOp(n.id(), ctx(n.ctx()));
            case Expr.List l -> sequence(l.elts(), l.ctx(), Opcode.BUILD_LIST, false);
            case Expr.Tuple t -> sequence(t.elts(), t.ctx(), Opcode.BUILD_LIST, true);
            case Expr.Slice sl -> slice(sl);
            default -> throw new IllegalStateException("unexpected " + e);
        }
    }

    /**
     * CPython 3.11's optimize_format: {@code 'literal %s %r %-5.3a' % (x, y, z)} with a str
     * constant on the left and a tuple display (not constant, no starred items) on the right
     * becomes the f-string it is equivalent to; null when the format has other conversions,
     * more than two width or precision digits, or the counts differ.
     */
    private Expr.JoinedStr percentFormat(Expr.BinOp bin) {
        if (bin.op() != Operator.Mod || !(bin.right() instanceof Expr.Tuple t) || constValue(t) != NOT_CONST) {
            return null;
        }
        if (!(constValue(bin.left()) instanceof PyStr fmtStr)) return null;
        for (Expr x : t.elts()) if (x instanceof Expr.Starred) return null;
        String fmt = fmtStr.value();
        List<Expr> parts = new ArrayList<>();
        int pos = 0;
        int cnt = 0;
        int n = fmt.length();
        while (true) {
            int start = pos;
            boolean percents = false;
            while (pos < n) {
                if (fmt.charAt(pos) != '%') {
                    pos++;
                } else if (pos + 1 < n && fmt.charAt(pos + 1) == '%') {
                    percents = true;
                    pos += 2;
                } else {
                    break;
                }
            }
            if (pos > start) {
                String lit = fmt.substring(start, pos);
                if (percents) lit = lit.replace("%%", "%");
                parts.add(new Expr.Constant(lit, null, -1, -1, -1, -1));
            }
            if (pos >= n) break;
            if (cnt >= t.elts().size()) return null;
            pos++;
            // flags, width and precision of at most two digits each, then the conversion
            boolean ljust = false;
            int width = -1;
            int prec = -1;
            if (pos >= n) return null;
            char ch = fmt.charAt(pos++);
            while (ch == '-' || ch == '+' || ch == ' ' || ch == '#' || ch == '0') {
                ljust |= ch == '-';
                if (pos >= n) return null;
                ch = fmt.charAt(pos++);
            }
            if (ch >= '0' && ch <= '9') {
                width = 0;
                int digits = 0;
                while (ch >= '0' && ch <= '9') {
                    width = width * 10 + (ch - '0');
                    if (pos >= n) return null;
                    ch = fmt.charAt(pos++);
                    if (++digits >= 3) return null;
                }
            }
            if (ch == '.') {
                if (pos >= n) return null;
                ch = fmt.charAt(pos++);
                prec = 0;
                int digits = 0;
                while (ch >= '0' && ch <= '9') {
                    prec = prec * 10 + (ch - '0');
                    if (pos >= n) return null;
                    ch = fmt.charAt(pos++);
                    if (++digits >= 3) return null;
                }
            }
            if (ch != 's' && ch != 'r' && ch != 'a') return null;
            StringBuilder spec = new StringBuilder();
            if (!ljust && width > 0) spec.append('>');
            if (width >= 0) spec.append(width);
            if (prec >= 0) spec.append('.').append(prec);
            Expr arg = t.elts().get(cnt++);
            Located at = (Located) arg;
            parts.add(new Expr.FormattedValue(arg, ch, spec.isEmpty() ? null
                : new Expr.Constant(spec.toString(), null, -1, -1, -1, -1),
                at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset()));
        }
        if (cnt < t.elts().size()) return null;
        return new Expr.JoinedStr(parts, bin.lineno(), bin.colOffset(), bin.endLineno(), bin.endColOffset());
    }

    static Ctx ctx(ExprContext c) {
        return switch (c) {
            case Load -> Ctx.LOAD;
            case Store -> Ctx.STORE;
            case Del -> Ctx.DEL;
        };
    }

    static BinaryOp binaryOp(Operator op) {
        return switch (op) {
            case Add -> BinaryOp.ADD;
            case Sub -> BinaryOp.SUB;
            case Mult -> BinaryOp.MUL;
            case MatMult -> BinaryOp.MATMUL;
            case Div -> BinaryOp.TRUEDIV;
            case Mod -> BinaryOp.MOD;
            case Pow -> BinaryOp.POW;
            case LShift -> BinaryOp.LSHIFT;
            case RShift -> BinaryOp.RSHIFT;
            case BitOr -> BinaryOp.OR;
            case BitXor -> BinaryOp.XOR;
            case BitAnd -> BinaryOp.AND;
            case FloorDiv -> BinaryOp.FLOORDIV;
        };
    }

    void yieldValue() {
        if (u.scope.isCoroutine() && u.scope.isGenerator()) b.emit(Opcode.ASYNC_GEN_WRAP);
        b.emit(Opcode.YIELD_VALUE, 0);
    }

    /** The SEND loop of yield from / await (receiver and value to send on the stack). */
    void yieldFrom() {
        Label send = Label.loopHead();
        Label exit = new Label();
        b.bind(send);
        b.emitJump(Opcode.SEND, exit);
        b.emit(Opcode.YIELD_VALUE, 1);
        b.jump(send);
        b.bind(exit);
    }

    // ---- attribute, subscript, slice ----

    private void attribute(Expr.Attribute a) {
        visit(a.value());
        int idx = nameIndex(a.attr());
        startAtAttr(a);
        switch (a.ctx()) {
            case Load -> b.emit(Opcode.LOAD_ATTR, idx);
            case Store -> {
                if (a.attr().equals("__debug__")) throw error("cannot assign to __debug__");
                b.emit(Opcode.STORE_ATTR, idx);
            }
            case Del -> b.emit(Opcode.DELETE_ATTR, idx);
        }
    }

    private void subscript(Expr.Subscript s) {
        if (s.ctx() == ExprContext.Load) checkSubscript(s);
        visit(s.value());
        visit(s.slice());
        b.emit(switch (s.ctx()) {
            case Load -> Opcode.BINARY_SUBSCR;
            case Store -> Opcode.STORE_SUBSCR;
            case Del -> Opcode.DELETE_SUBSCR;
        });
    }

    private void slice(Expr.Slice s) {
        int n = 2;
        if (s.lower() != null) visit(s.lower()); else loadConst(Py.None);
        if (s.upper() != null) visit(s.upper()); else loadConst(Py.None);
        if (s.step() != null) {
            visit(s.step());
            n = 3;
        }
        b.emit(Opcode.BUILD_SLICE, n);
    }

    // ---- sequences and dicts ----

    private void sequence(List<Expr> elts, ExprContext ctx, Opcode build, boolean tuple) {
        switch (ctx) {
            case Store -> assignmentHelper(elts);
            case Load -> starUnpack(elts, 0, tuple ? Opcode.BUILD_LIST : build, Opcode.LIST_APPEND,
                Opcode.LIST_EXTEND, tuple);
            case Del -> visitAll(elts);
        }
    }

    /** Unpacks the top of the stack into the targets (compiler's assignment_helper). */
    void assignmentHelper(List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (seenStar) throw error("multiple starred expressions in assignment");
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking assignment");
                }
                b.emit(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) b.emit(Opcode.UNPACK_SEQUENCE, n);
        for (Expr e : elts) visit(e instanceof Expr.Starred s ? s.value() : e);
    }

    /** Builds a list/set/tuple from elements that may be starred (starunpack_helper). */
    void starUnpack(List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && add != Opcode.SET_ADD) {
            Object[] items = new Object[n];
            boolean allConst = true;
            for (int i = 0; i < n && allConst; i++) {
                items[i] = constValue(elts.get(i));
                allConst = items[i] != NOT_CONST;
            }
            if (allConst) {
                if (tuple && pushed == 0) {
                    loadConst(new PyTuple(items));
                } else {
                    b.emit(build, pushed);
                    loadConst(new PyTuple(items));
                    b.emit(extend, 1);
                    if (tuple) b.emit(Opcode.LIST_TO_TUPLE);
                }
                return;
            }
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Expr e : elts) seenStar |= e instanceof Expr.Starred;
        if (!seenStar && !big) {
            visitAll(elts);
            b.emit(tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            b.emit(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr e = elts.get(i);
            if (e instanceof Expr.Starred s) {
                if (!built) {
                    b.emit(build, i + pushed);
                    built = true;
                }
                visit(s.value());
                b.emit(extend, 1);
            } else {
                visit(e);
                if (built) b.emit(add, 1);
            }
        }
        if (tuple) b.emit(Opcode.LIST_TO_TUPLE);
    }

    private void dict(Expr.Dict d) {
        int n = d.values().size();
        int elements = 0;
        boolean haveDict = false;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) b.emit(Opcode.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    b.emit(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                visit(d.values().get(i));
                b.emit(Opcode.DICT_UPDATE, 1);
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) b.emit(Opcode.DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) b.emit(Opcode.BUILD_MAP, 0);
    }

    private void subdict(Expr.Dict d, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            Object[] keys = new Object[n];
            boolean allConst = true;
            for (int i = 0; i < n && allConst; i++) {
                keys[i] = constValue(d.keys().get(begin + i));
                allConst = keys[i] != NOT_CONST;
            }
            if (allConst) {
                for (int i = begin; i < end; i++) visit(d.values().get(i));
                loadConst(new PyTuple(keys));
                b.emit(Opcode.BUILD_CONST_KEY_MAP, n);
                return;
            }
        }
        if (big) b.emit(Opcode.BUILD_MAP, 0);
        for (int i = begin; i < end; i++) {
            visit(d.keys().get(i));
            visit(d.values().get(i));
            if (big) b.emit(Opcode.MAP_ADD, 1);
        }
        if (!big) b.emit(Opcode.BUILD_MAP, n);
    }

    // ---- comparisons and conditional jumps ----

    void compareOp(CmpOpKind op) {
        switch (op) {
            case Is -> b.emit(Opcode.IS_OP, 0);
            case IsNot -> b.emit(Opcode.IS_OP, 1);
            case In -> b.emit(Opcode.CONTAINS_OP, 0);
            case NotIn -> b.emit(Opcode.CONTAINS_OP, 1);
            case Eq -> b.emit(Opcode.COMPARE_OP, CompareOp.EQ.ordinal());
            case NotEq -> b.emit(Opcode.COMPARE_OP, CompareOp.NE.ordinal());
            case Lt -> b.emit(Opcode.COMPARE_OP, CompareOp.LT.ordinal());
            case LtE -> b.emit(Opcode.COMPARE_OP, CompareOp.LE.ordinal());
            case Gt -> b.emit(Opcode.COMPARE_OP, CompareOp.GT.ordinal());
            case GtE -> b.emit(Opcode.COMPARE_OP, CompareOp.GE.ordinal());
        }
    }

    // ---- CPython's compile-time SyntaxWarnings (values as its AST optimizer folds them) ----

    /** CPython's infer_type: the name of the type expression e surely has, or null. */
    private String inferType(Expr e) {
        Object v = constValue(e);
        if (v != NOT_CONST) return Py.typeOf(v).name();
        return switch (e) {
            case Expr.Tuple t -> "tuple";
            case Expr.List l -> "list";
            case Expr.ListComp lc -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp dc -> "dict";
            case Expr.Set st -> "set";
            case Expr.SetComp sc -> "set";
            case Expr.GeneratorExp ge -> "generator";
            case Expr.Lambda la -> "function";
            case Expr.JoinedStr js -> "str";
            case Expr.FormattedValue fv -> "str";
            default -> null;
        };
    }

    /** CPython's check_compare: "is" or "is not" with an operand that is a constant other than a named singleton. */
    void checkCompare(Expr.Compare c) {
        boolean left = isIdentityOperand(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            CmpOpKind op = c.ops().get(i);
            boolean right = isIdentityOperand(c.comparators().get(i));
            if ((op == CmpOpKind.Is || op == CmpOpKind.IsNot) && !(left && right)) {
                warnAt(op == CmpOpKind.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                    : "\"is not\" with a literal. Did you mean \"!=\"?", c);
                return;
            }
            left = right;
        }
    }

    private boolean isIdentityOperand(Expr e) {
        Object v = constValue(e);
        return v == NOT_CONST || v == Py.None || v instanceof Boolean || v == Py.Ellipsis;
    }

    /** CPython's check_caller: calling a display, comprehension, literal or f-string. */
    private void checkCaller(Expr.Call c) {
        Expr f = c.func();
        boolean literal = constValue(f) != NOT_CONST || f instanceof Expr.Tuple || f instanceof Expr.List
            || f instanceof Expr.ListComp || f instanceof Expr.Dict || f instanceof Expr.DictComp
            || f instanceof Expr.Set || f instanceof Expr.SetComp || f instanceof Expr.GeneratorExp
            || f instanceof Expr.JoinedStr || f instanceof Expr.FormattedValue;
        if (literal) warnAt("'" + inferType(f) + "' object is not callable; perhaps you missed a comma?", c);
    }

    /** CPython's check_subscripter and check_index, for a subscript being loaded. */
    private void checkSubscript(Expr.Subscript s) {
        Expr e = s.value();
        Object v = constValue(e);
        boolean notSubscriptable = v != NOT_CONST
            ? v == Py.None || v == Py.Ellipsis || v instanceof Long || v instanceof java.math.BigInteger
                || v instanceof Boolean || v instanceof Double || v instanceof PyComplex
                || v instanceof taipan.runtime.PySet
            : e instanceof Expr.Set || e instanceof Expr.SetComp || e instanceof Expr.GeneratorExp
                || e instanceof Expr.Lambda;
        if (notSubscriptable) {
            warnAt("'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?", s);
            return;
        }
        String indexType = inferType(s.slice());
        if (indexType == null || indexType.equals("int") || indexType.equals("bool") || indexType.equals("slice")) return;
        boolean sequence = v != NOT_CONST
            ? v instanceof PyStr || v instanceof PyBytes || v instanceof PyTuple
            : e instanceof Expr.Tuple || e instanceof Expr.List || e instanceof Expr.ListComp
                || e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue;
        if (sequence) {
            warnAt(inferType(e) + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?", s);
        }
    }

    private void compare(Expr.Compare c) {
        checkCompare(c);
        int n = c.ops().size() - 1;
        visit(c.left());
        if (n == 0) {
            visitComparator(c, 0);
            compareOp(c.ops().get(0));
            return;
        }
        Label cleanup = new Label();
        for (int i = 0; i < n; i++) {
            visitComparator(c, i);
            b.emit(Opcode.SWAP, 2);
            b.emit(Opcode.COPY, 2);
            compareOp(c.ops().get(i));
            b.emitJump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        visitComparator(c, n);
        compareOp(c.ops().get(n));
        Label end = new Label();
        b.jump(end);
        b.bind(cleanup);
        b.emit(Opcode.SWAP, 2);
        b.emit(Opcode.POP_TOP);
        b.bind(end);
    }

    /**
     * Jumps to next when e's truth equals cond (compiler_jump_if). As in CPython 3.11, a
     * comparison leaves its location current: the jump and what follows in the statement
     * (an assert's raise) point at the comparison.
     */
    void jumpIf(Expr e, Label next, boolean cond) {
        Object k = constValue(e);
        if (k != NOT_CONST) {
            b.emit(Opcode.NOP);
            if (truthy(k) == cond) b.jump(next);
            return;
        }
        switch (e) {
            case Expr.UnaryOp un when un.op() == taipan.ast.UnaryOpKind.Not -> {
                jumpIf(un.operand(), next, !cond);
                return;
            }
            case Expr.BoolOp bo -> {
                int n = bo.values().size() - 1;
                boolean cond2 = bo.op() == BoolOpKind.Or;
                Label next2 = cond2 != cond ? new Label() : next;
                for (int i = 0; i < n; i++) jumpIf(bo.values().get(i), next2, cond2);
                jumpIf(bo.values().get(n), next, cond);
                if (next2 != next) b.bind(next2);
                return;
            }
            case Expr.IfExp ie -> {
                Label end = new Label();
                Label next2 = new Label();
                jumpIf(ie.test(), next2, false);
                jumpIf(ie.body(), next, cond);
                b.jump(end);
                b.bind(next2);
                jumpIf(ie.orelse(), next, cond);
                b.bind(end);
                return;
            }
            case Expr.Compare c when c.ops().size() > 1 -> {
                int n = c.ops().size() - 1;
                checkCompare(c);
                setLoc(c);
                Label cleanup = new Label();
                visit(c.left());
                for (int i = 0; i < n; i++) {
                    visitComparator(c, i);
                    b.emit(Opcode.SWAP, 2);
                    b.emit(Opcode.COPY, 2);
                    compareOp(c.ops().get(i));
                    b.emitJump(Opcode.POP_JUMP_IF_FALSE, cleanup);
                }
                visitComparator(c, n);
                compareOp(c.ops().get(n));
                b.emitJump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next);
                Label end = new Label();
                b.jump(end);
                b.bind(cleanup);
                b.emit(Opcode.POP_TOP);
                if (!cond) b.jump(next);
                b.bind(end);
                return;
            }
            case Expr.Compare c when (c.ops().get(0) == CmpOpKind.Is || c.ops().get(0) == CmpOpKind.IsNot)
                    && constValue(c.comparators().get(0)) == Py.None -> {
                checkCompare(c);
                setLoc(c);
                visit(c.left());
                boolean isNone = (c.ops().get(0) == CmpOpKind.Is) == cond;
                b.emitJump(isNone ? Opcode.POP_JUMP_IF_NONE : Opcode.POP_JUMP_IF_NOT_NONE, next);
                return;
            }
            default -> { }
        }
        visit(e);
        if (e instanceof Expr.Compare c) setLoc(c);
        b.emitJump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next);
    }

    // ---- calls ----

    private void call(Expr.Call c) {
        if (c.func() instanceof Expr.Attribute meth && meth.ctx() == ExprContext.Load && methodCall(c, meth)) return;
        checkCaller(c);
        visit(c.func());
        callHelper(0, c.args(), c.keywords());
    }

    private boolean methodCall(Expr.Call c, Expr.Attribute meth) {
        int argsl = c.args().size();
        int kwdsl = c.keywords().size();
        if (meth.value() instanceof Expr.Name base
                && (table.top().flags(base.id()) & Scope.DEF_IMPORT) != 0) {
            return false;
        }
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
        for (Expr a : c.args()) if (a instanceof Expr.Starred) return false;
        for (Keyword k : c.keywords()) if (k.arg() == null) return false;
        validateKeywords(c.keywords());
        visit(meth.value());
        setLoc(meth);
        startAtAttr(meth);
        b.emit(Opcode.LOAD_METHOD, nameIndex(meth.attr()));
        visitAll(c.args());
        if (kwdsl > 0) {
            for (Keyword k : c.keywords()) visit(k.value());
            loadConst(kwnames(c.keywords()));
        }
        setLoc(c);
        startAtAttr(meth);
        b.emit(kwdsl > 0 ? Opcode.CALL_METHOD_KW : Opcode.CALL_METHOD, argsl + kwdsl);
        return true;
    }

    private static PyTuple kwnames(List<Keyword> kws) {
        List<String> names = new ArrayList<>();
        for (Keyword k : kws) names.add(k.arg());
        return strTuple(names);
    }

    private void validateKeywords(List<Keyword> kws) {
        for (int i = 0; i < kws.size(); i++) {
            String key = kws.get(i).arg();
            if (key == null) continue;
            forbiddenName(key, Ctx.STORE);
            for (int j = i + 1; j < kws.size(); j++) {
                if (key.equals(kws.get(j).arg())) throw errorAt("keyword argument repeated: " + key, kws.get(j));
            }
        }
    }

    /** Emits a call of the callable (plus n pushed positional arguments) with args/keywords. */
    void callHelper(int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkw = keywords.size();
        boolean ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
        for (Expr a : args) ex |= a instanceof Expr.Starred;
        for (Keyword k : keywords) ex |= k.arg() == null;
        if (!ex) {
            visitAll(args);
            if (nkw > 0) {
                for (Keyword k : keywords) visit(k.value());
                loadConst(kwnames(keywords));
                b.emit(Opcode.CALL_KW, n + nelts + nkw);
            } else {
                b.emit(Opcode.CALL, n + nelts);
            }
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred s) {
            visit(s.value());
        } else {
            starUnpack(args, n, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        }
        if (nkw > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkw; i++) {
                Keyword k = keywords.get(i);
                if (k.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i);
                        if (haveDict) b.emit(Opcode.DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        b.emit(Opcode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    visit(k.value());
                    b.emit(Opcode.DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkw - nseen, nkw);
                if (haveDict) b.emit(Opcode.DICT_MERGE, 1);
            }
        }
        b.emit(Opcode.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
    }

    private void subkwargs(List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) visit(keywords.get(i).value());
            loadConst(kwnames(keywords.subList(begin, end)));
            b.emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) b.emit(Opcode.BUILD_MAP, 0);
        for (int i = begin; i < end; i++) {
            loadConst(new PyStr(keywords.get(i).arg()));
            visit(keywords.get(i).value());
            if (big) b.emit(Opcode.MAP_ADD, 1);
        }
        if (!big) b.emit(Opcode.BUILD_MAP, n);
    }

    // ---- functions: defaults, annotations, lambda ----

    /** Pushes defaults and keyword-only defaults; returns MAKE_FUNCTION flags 1|2. */
    int defaultArguments(Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            Object[] items = new Object[args.defaults().size()];
            boolean allConst = true;
            for (int i = 0; i < items.length && allConst; i++) {
                items[i] = constValue(args.defaults().get(i));
                allConst = items[i] != NOT_CONST;
            }
            if (allConst) {
                // CPython folds BUILD_TUPLE of constants, leaving each default's line on a NOP
                for (Expr d : args.defaults()) {
                    int[] saved = b.saveLocation();
                    setLoc((Located) d);
                    b.emit(Opcode.NOP);
                    b.restoreLocation(saved);
                }
                loadConst(new PyTuple(items));
            } else {
                visitAll(args.defaults());
                b.emit(Opcode.BUILD_TUPLE, items.length);
            }
            flags |= 1;
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d == null) continue;
            keys.add(mangle(u.privateName, args.kwonlyargs().get(i).arg()));
            visit(d);
        }
        if (!keys.isEmpty()) {
            loadConst(strTuple(keys));
            b.emit(Opcode.BUILD_CONST_KEY_MAP, keys.size());
            flags |= 2;
        }
        return flags;
    }

    /** Pushes the annotations dict of a def; returns flag 4 when there is one. */
    int annotations(Arguments args, Expr returns, boolean future) {
        int[] count = {0};
        for (Arg a : args.args()) annotation(a.arg(), a.annotation(), future, count);
        for (Arg a : args.posonlyargs()) annotation(a.arg(), a.annotation(), future, count);
        if (args.vararg() != null) annotation(args.vararg().arg(), args.vararg().annotation(), future, count);
        for (Arg a : args.kwonlyargs()) annotation(a.arg(), a.annotation(), future, count);
        if (args.kwarg() != null) annotation(args.kwarg().arg(), args.kwarg().annotation(), future, count);
        annotation("return", returns, future, count);
        if (count[0] == 0) return 0;
        b.emit(Opcode.BUILD_MAP, count[0]);
        return 4;
    }

    private void annotation(String name, Expr ann, boolean future, int[] count) {
        if (ann == null) return;
        loadConst(new PyStr(mangle(u.privateName, name)));
        annotationValue(ann, future);
        count[0]++;
    }

    void annotationValue(Expr ann, boolean future) {
        if (future) {
            int[] saved = b.saveLocation();
            setLoc((Located) ann);
            loadConst(new PyStr(unparse(ann)));
            b.restoreLocation(saved);
        } else if (ann instanceof Expr.Starred s) {
            visit(s.value());
            b.emit(Opcode.UNPACK_SEQUENCE, 1);
        } else {
            visit(ann);
        }
    }

    void setArgCounts(Arguments args) {
        u.argcount = args.posonlyargs().size() + args.args().size();
        u.posonlyargcount = args.posonlyargs().size();
        u.kwonlyargcount = args.kwonlyargs().size();
    }

    private void lambda(Expr.Lambda la) {
        checkDebugArgs(la.args());
        int flags = defaultArguments(la.args());
        CodeObject co = compiled.get(la);
        if (co == null) {
            enterScope("<lambda>", UnitKind.LAMBDA, la, la.lineno());
            b.addConst(Py.None);
            setArgCounts(la.args());
            visit(la.body());
            if (u.scope.isGenerator()) {
                co = exitScope(false);
            } else {
                b.emit(Opcode.RETURN_VALUE);
                co = exitScope(true);
            }
            compiled.put(la, co);
        }
        makeClosure(co, flags);
    }

    // ---- comprehensions ----

    private void comprehension(Expr e, String name, List<Comprehension> generators, Expr elt, Expr val) {
        Comprehension outermost = generators.get(0);
        UnitKind outer = u.kind;
        boolean isAsyncGenerator = table.scopeOf(e).isCoroutine();
        boolean genexp = e instanceof Expr.GeneratorExp;
        CodeObject co = compiled.get(e);
        if (co == null) {
            enterScope(name, UnitKind.COMPREHENSION, e, ((Located) e).lineno());
            setLoc((Located) e);
            b.addConst(Py.None);
            if (isAsyncGenerator && !genexp && outer != UnitKind.ASYNC_FUNCTION
                    && outer != UnitKind.COMPREHENSION) {
                throw error("asynchronous comprehension outside of an asynchronous function");
            }
            if (!genexp) {
                b.emit(switch (e) {
                    case Expr.ListComp lc -> Opcode.BUILD_LIST;
                    case Expr.SetComp sc -> Opcode.BUILD_SET;
                    default -> Opcode.BUILD_MAP;
                }, 0);
            }
            comprehensionGenerator(e, generators, 0, 0, elt, val);
            if (!genexp) b.emit(Opcode.RETURN_VALUE);
            u.argcount = 1;
            co = exitScope(true);
            compiled.put(e, co);
        }
        makeClosure(co, 0);
        visitIter(outermost.iter());
        b.emit(outermost.isAsync() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER);
        b.emit(Opcode.CALL, 1);
        if (isAsyncGenerator && !genexp) {
            b.emit(Opcode.GET_AWAITABLE, 0);
            loadConst(Py.None);
            yieldFrom();
        }
    }

    private void comprehensionGenerator(Expr e, List<Comprehension> gens, int index, int depth, Expr elt, Expr val) {
        Comprehension gen = gens.get(index);
        if (gen.isAsync() != 0) {
            asyncComprehensionGenerator(e, gens, index, depth, elt, val);
            return;
        }
        Label start = Label.loopHead();
        Label ifCleanup = new Label();
        Label anchor = new Label();
        boolean loop = true;
        if (index == 0) {
            b.emit(Opcode.LOAD_FAST, b.addVarname(".0"));
        } else {
            List<Expr> elts = gen.iter() instanceof Expr.List l ? l.elts()
                : gen.iter() instanceof Expr.Tuple t ? t.elts() : null;
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                visit(elts.get(0));
                loop = false;
            } else {
                visitIter(gen.iter());
                b.emit(Opcode.GET_ITER);
            }
        }
        if (loop) {
            depth++;
            b.bind(start);
            b.emitJump(Opcode.FOR_ITER, anchor);
        }
        visit(gen.target());
        for (Expr cond : gen.ifs()) jumpIf(cond, ifCleanup, false);
        comprehensionBody(e, gens, index, depth, elt, val);
        b.bind(ifCleanup);
        if (loop) {
            b.jump(start);
            b.bind(anchor);
        }
    }

    private void comprehensionBody(Expr e, List<Comprehension> gens, int index, int depth, Expr elt, Expr val) {
        if (index + 1 < gens.size()) {
            comprehensionGenerator(e, gens, index + 1, depth, elt, val);
            return;
        }
        switch (e) {
            case Expr.GeneratorExp ge -> {
                visit(elt);
                yieldValue();
                b.emit(Opcode.POP_TOP);
            }
            case Expr.ListComp lc -> {
                visit(elt);
                b.emit(Opcode.LIST_APPEND, depth + 1);
            }
            case Expr.SetComp sc -> {
                visit(elt);
                b.emit(Opcode.SET_ADD, depth + 1);
            }
            default -> {
                visit(elt);
                visit(val);
                b.emit(Opcode.MAP_ADD, depth + 1);
            }
        }
    }

    private void asyncComprehensionGenerator(Expr e, List<Comprehension> gens, int index, int depth, Expr elt,
                                             Expr val) {
        Comprehension gen = gens.get(index);
        Label start = Label.loopHead();
        Label except = new Label();
        Label ifCleanup = new Label();
        if (index == 0) {
            b.emit(Opcode.LOAD_FAST, b.addVarname(".0"));
        } else {
            visitIter(gen.iter());
            b.emit(Opcode.GET_AITER);
        }
        b.bind(start);
        pushFBlock(FBlockKind.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        b.pushHandler(except, false, 0);
        b.emit(Opcode.GET_ANEXT);
        loadConst(Py.None);
        yieldFrom();
        b.popHandler();
        visit(gen.target());
        depth++;
        for (Expr cond : gen.ifs()) jumpIf(cond, ifCleanup, false);
        comprehensionBody(e, gens, index, depth, elt, val);
        b.bind(ifCleanup);
        b.jump(start);
        popFBlock();
        b.bind(except);
        b.emit(Opcode.END_ASYNC_FOR);
    }
}
