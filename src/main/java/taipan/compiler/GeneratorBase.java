package taipan.compiler;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import taipan.ast.ConstantValue;
import taipan.ast.Expr;
import taipan.ast.Located;
import taipan.ast.UnaryOpKind;
import taipan.bytecode.CodeObject;
import taipan.bytecode.Opcode;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyComplex;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;

/**
 * State shared by the code generator layers: the stack of compilation units
 * (one per code object being built, as CPython's {@code compiler_unit}), the
 * frame-block stack used by break/continue/return unwinding, name operations
 * chosen from the symbol table as CPython's {@code compiler_nameop}, constant
 * conversion and folding, closures ({@code compiler_make_closure}) and the
 * compile-time SyntaxError with CPython's location.
 */
abstract class GeneratorBase {
    /** What kind of block a unit compiles (CPython's COMPILER_SCOPE_*). */
    enum UnitKind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    /** Frame blocks (CPython's fblocktype). */
    enum FBlockKind {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
    }

    record FBlock(FBlockKind kind, CodeBuilder.Label block, CodeBuilder.Label exit, Object datum) {}

    /** One code object under construction. */
    static final class Unit {
        final Scope scope;
        final UnitKind kind;
        final String name;
        String qualname;
        final String privateName;
        final int firstlineno;
        final CodeBuilder b = new CodeBuilder();
        final Map<String, Integer> cells = new LinkedHashMap<>();
        final Map<String, Integer> frees = new LinkedHashMap<>();
        final Deque<FBlock> fblocks = new ArrayDeque<>();
        int argcount, posonlyargcount, kwonlyargcount;

        Unit(Scope scope, UnitKind kind, String name, String privateName, int firstlineno) {
            this.scope = scope;
            this.kind = kind;
            this.name = name;
            this.privateName = privateName;
            this.firstlineno = firstlineno;
        }
    }

    static final int MAX_BLOCKS = 20;
    static final int STACK_USE_GUIDELINE = 30;
    /** Marks an expression whose value is not a compile-time constant. */
    static final Object NOT_CONST = new Object();

    final SymbolTable table;
    final SourceFile source;
    final String filename;
    final boolean interactive;
    final Deque<Unit> units = new ArrayDeque<>();
    /**
     * Code objects already made for a node: code duplicated by finally blocks compiles the
     * same nested scope again, and CPython then holds one (equal) code object.
     */
    final Map<Object, CodeObject> compiled = new java.util.IdentityHashMap<>();
    Unit u;
    CodeBuilder b;

    GeneratorBase(SymbolTable table, SourceFile source, String filename, boolean interactive) {
        this.table = table;
        this.source = source;
        this.filename = filename;
        this.interactive = interactive;
    }

    // ---- units ----

    void enterScope(String name, UnitKind kind, Object node, int firstlineno) {
        Scope scope = table.scopeOf(node);
        if (scope == null) throw new IllegalStateException("no scope for " + name);
        String priv = kind == UnitKind.CLASS ? name : u == null ? null : u.privateName;
        Unit unit = new Unit(scope, kind, name, priv, firstlineno);
        for (String p : scope.varnames()) unit.b.addVarname(p);
        if (scope.needsClassClosure()) unit.cells.put("__class__", 0);
        for (String p : scope.varnames()) {
            if (scope.scopeOf(p) == Scope.CELL) unit.cells.put(p, unit.cells.size());
        }
        for (String n : new TreeSet<>(scope.symbols().keySet())) {
            if (scope.scopeOf(n) == Scope.CELL && !unit.cells.containsKey(n)) unit.cells.put(n, unit.cells.size());
        }
        for (String n : new TreeSet<>(scope.symbols().keySet())) {
            if (scope.scopeOf(n) == Scope.FREE || (scope.flags(n) & Scope.DEF_FREE_CLASS) != 0) {
                unit.frees.put(n, unit.frees.size());
            }
        }
        if (u != null) units.push(u);
        unit.qualname = qualname(unit, kind);
        u = unit;
        b = unit.b;
        b.setLocation(firstlineno, firstlineno, 0, 0);
    }

    private String qualname(Unit unit, UnitKind kind) {
        if (u == null || units.size() < 1 || u.kind == UnitKind.MODULE) return unit.name;
        if (kind == UnitKind.FUNCTION || kind == UnitKind.ASYNC_FUNCTION || kind == UnitKind.CLASS) {
            String mangled = mangle(u.privateName, unit.name);
            if (u.scope.scopeOf(mangled) == Scope.GLOBAL_EXPLICIT) return unit.name;
        }
        boolean locals = u.kind == UnitKind.FUNCTION || u.kind == UnitKind.ASYNC_FUNCTION || u.kind == UnitKind.LAMBDA;
        return u.qualname + (locals ? ".<locals>." : ".") + unit.name;
    }

    /** Ends the current unit (adding the implicit return when needed) and returns its code object. */
    CodeObject exitScope(boolean addNone) {
        if (!b.lastIsTerminal() || b.size() == 0) {
            b.useLastLocation();
            if (addNone) b.emit(Opcode.LOAD_CONST, b.addConst(Py.None));
            b.emit(Opcode.RETURN_VALUE);
        }
        CodeObject code = makeCode();
        u = units.isEmpty() ? null : units.pop();
        b = u == null ? null : u.b;
        return code;
    }

    private CodeObject makeCode() {
        Scope s = u.scope;
        int flags = 0;
        if (s.type() == Scope.Type.FUNCTION) {
            flags |= CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS;
            if (s.isNested()) flags |= CodeObject.CO_NESTED;
            if (s.isGenerator() && !s.isCoroutine()) flags |= CodeObject.CO_GENERATOR;
            if (!s.isGenerator() && s.isCoroutine()) flags |= CodeObject.CO_COROUTINE;
            if (s.isGenerator() && s.isCoroutine()) flags |= CodeObject.CO_ASYNC_GENERATOR;
            if (s.hasVarargs()) flags |= CodeObject.CO_VARARGS;
            if (s.hasVarkeywords()) flags |= CodeObject.CO_VARKEYWORDS;
        }
        CodeBuilder.Assembled a = b.finish();
        String[] varnames = b.varnames.keySet().toArray(new String[0]);
        String[] cellvars = u.cells.keySet().toArray(new String[0]);
        String[] freevars = u.frees.keySet().toArray(new String[0]);
        int[] cell2arg = new int[cellvars.length];
        int nargs = u.argcount + u.kwonlyargcount + (s.hasVarargs() ? 1 : 0) + (s.hasVarkeywords() ? 1 : 0);
        for (int i = 0; i < cellvars.length; i++) {
            cell2arg[i] = -1;
            Integer v = b.varnames.get(cellvars[i]);
            if (v != null && v < nargs) cell2arg[i] = v;
        }
        return new CodeObject(u.name, u.qualname, filename, u.firstlineno, u.argcount, u.posonlyargcount,
            u.kwonlyargcount, flags, varnames, cellvars, freevars, cell2arg,
            b.names.keySet().toArray(new String[0]), a.consts(), a.code(), a.exceptionTable(),
            a.positions(), a.maxStack());
    }

    /** LOAD_CLOSUREs and MAKE_FUNCTION for a nested code object (compiler_make_closure). */
    void makeClosure(CodeObject co, int flags) {
        if (co.freevars.length > 0) {
            for (String name : co.freevars) {
                int arg;
                if (u.kind == UnitKind.CLASS && name.equals("__class__")) {
                    arg = u.cells.get(name);
                } else if (u.scope.scopeOf(name) == Scope.CELL) {
                    arg = u.cells.get(name);
                } else {
                    Integer f = u.frees.get(name);
                    if (f == null) throw new IllegalStateException("no closure cell for " + name + " in " + u.name);
                    arg = u.cells.size() + f;
                }
                b.emit(Opcode.LOAD_CLOSURE, arg);
            }
            flags |= 8;
            b.emit(Opcode.BUILD_TUPLE, co.freevars.length);
        }
        b.emit(Opcode.LOAD_CONST, b.addConst(co));
        b.emit(Opcode.MAKE_FUNCTION, flags);
    }

    // ---- locations and errors ----

    void setLoc(Located n) {
        b.setLocation(n.lineno(), n.endLineno(), n.colOffset(), n.endColOffset());
    }

    /** CPython's update_start_location_to_match_attr: a multi-line attribute starts at its name. */
    void startAtAttr(Expr.Attribute a) {
        if (b.line != a.endLineno()) {
            b.line = a.endLineno();
            int len = a.attr().codePointCount(0, a.attr().length());
            if (len <= a.endColOffset()) {
                b.col = a.endColOffset() - len;
            } else {
                b.col = -1;
                b.endCol = -1;
            }
            b.endLine = Math.max(b.line, b.endLine);
            if (b.line == b.endLine) b.endCol = Math.max(b.col, b.endCol);
        }
    }

    static int lineOf(Object node) {
        return ((Located) node).lineno();
    }

    PythonSyntaxError error(String msg) {
        return errorAt(msg, b.line, b.col, b.endLine, b.endCol);
    }

    /** CPython's forbidden_name: __debug__ cannot be bound or deleted (error at the current location). */
    void forbiddenName(String name, Ctx ctx) {
        if (!name.equals("__debug__")) return;
        if (ctx == Ctx.STORE) throw error("cannot assign to __debug__");
        if (ctx == Ctx.DEL) throw error("cannot delete __debug__");
    }

    /** CPython's compiler_check_debug_args: no parameter may be named __debug__. */
    void checkDebugArgs(taipan.ast.Arguments args) {
        for (taipan.ast.Arg a : args.posonlyargs()) forbiddenName(a.arg(), Ctx.STORE);
        for (taipan.ast.Arg a : args.args()) forbiddenName(a.arg(), Ctx.STORE);
        if (args.vararg() != null) forbiddenName(args.vararg().arg(), Ctx.STORE);
        for (taipan.ast.Arg a : args.kwonlyargs()) forbiddenName(a.arg(), Ctx.STORE);
        if (args.kwarg() != null) forbiddenName(args.kwarg().arg(), Ctx.STORE);
    }

    /**
     * CPython's compiler_warn: a SyntaxWarning at node n's line; when the warnings filters make
     * it an error, the SyntaxError with the same message spanning n.
     */
    void warnAt(String msg, Located n) {
        if (source != null && source.warn("SyntaxWarning", msg, n.lineno())) throw errorAt(msg, n);
    }

    PythonSyntaxError errorAt(String msg, Located n) {
        return errorAt(msg, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
    }

    PythonSyntaxError errorAt(String msg, int line, int col, int endLine, int endCol) {
        String text = source != null && line >= 1 && line <= source.lineCount() ? source.lineText(line) + "\n" : null;
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, filename, line, col + 1,
            endLine, endCol + 1, text);
    }

    // ---- frame blocks ----

    void pushFBlock(FBlockKind kind, CodeBuilder.Label block, CodeBuilder.Label exit, Object datum) {
        if (u.fblocks.size() >= MAX_BLOCKS) throw error("too many statically nested blocks");
        u.fblocks.push(new FBlock(kind, block, exit, datum));
    }

    void popFBlock() {
        u.fblocks.pop();
    }

    // ---- names ----

    static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') i++;
        if (i == privateName.length()) return name;
        return "_" + privateName.substring(i) + name;
    }

    int nameIndex(String name) {
        return b.addName(mangle(u.privateName, name));
    }

    enum Ctx { LOAD, STORE, DEL }

    void nameOp(String name, Ctx ctx) {
        if (name.equals("__debug__")) forbiddenName(name, ctx);
        String mangled = mangle(u.privateName, name);
        int scope = u.scope.scopeOf(mangled);
        boolean function = u.scope.type() == Scope.Type.FUNCTION;
        switch (scope) {
            case Scope.FREE, Scope.CELL -> {
                int idx = scope == Scope.CELL ? u.cells.get(mangled) : u.cells.size() + u.frees.get(mangled);
                Opcode op = switch (ctx) {
                    case LOAD -> u.scope.type() == Scope.Type.CLASS ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF;
                    case STORE -> Opcode.STORE_DEREF;
                    case DEL -> Opcode.DELETE_DEREF;
                };
                b.emit(op, idx);
                return;
            }
            case Scope.LOCAL -> {
                if (function) {
                    Opcode op = switch (ctx) {
                        case LOAD -> Opcode.LOAD_FAST;
                        case STORE -> Opcode.STORE_FAST;
                        case DEL -> Opcode.DELETE_FAST;
                    };
                    b.emit(op, b.addVarname(mangled));
                    return;
                }
            }
            case Scope.GLOBAL_IMPLICIT -> {
                if (function) {
                    globalOp(mangled, ctx);
                    return;
                }
            }
            case Scope.GLOBAL_EXPLICIT -> {
                globalOp(mangled, ctx);
                return;
            }
            default -> { }
        }
        Opcode op = switch (ctx) {
            case LOAD -> Opcode.LOAD_NAME;
            case STORE -> Opcode.STORE_NAME;
            case DEL -> Opcode.DELETE_NAME;
        };
        b.emit(op, b.addName(mangled));
    }

    private void globalOp(String mangled, Ctx ctx) {
        Opcode op = switch (ctx) {
            case LOAD -> Opcode.LOAD_GLOBAL;
            case STORE -> Opcode.STORE_GLOBAL;
            case DEL -> Opcode.DELETE_GLOBAL;
        };
        b.emit(op, b.addName(mangled));
    }

    // ---- constants ----

    void loadConst(Object value) {
        b.emit(Opcode.LOAD_CONST, b.addConst(value));
    }

    /** The runtime value of an AST constant. */
    static Object constant(Object v) {
        if (v == null) return Py.None;
        if (v instanceof String s) return new PyStr(s);
        if (v instanceof ConstantValue.CodePoints cp) {
            StringBuilder sb = new StringBuilder();
            for (int c : cp.codePoints()) sb.append(Character.toChars(c));
            return new PyStr(sb.toString());
        }
        if (v instanceof byte[] bytes) return new PyBytes(bytes);
        if (v instanceof ConstantValue.Ellipsis) return Py.Ellipsis;
        if (v instanceof ConstantValue.Imaginary im) return new PyComplex(0.0, im.imag());
        return v;
    }

    /** Folded values of operator and subscript nodes (the tree is visited more than once). */
    private final Map<Expr, Object> folded = new java.util.IdentityHashMap<>();

    /** The folded compile-time value of e (CPython's AST optimizer folds), or NOT_CONST. */
    Object constValue(Expr e) {
        if (e instanceof Expr.Constant c) return constant(c.value());
        if (e instanceof Expr.Name n && n.id().equals("__debug__") && n.ctx() == taipan.ast.ExprContext.Load) {
            return Boolean.TRUE;
        }
        if (e instanceof Expr.Tuple t && t.ctx() == taipan.ast.ExprContext.Load) {
            Object[] items = new Object[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = constValue(t.elts().get(i));
                if (items[i] == NOT_CONST) return NOT_CONST;
            }
            return items.length == 0 ? PyTuple.EMPTY : new PyTuple(items);
        }
        if (e instanceof Expr.BinOp || e instanceof Expr.Subscript) {
            Object v = folded.get(e);
            if (v == null) {
                v = fold(e);
                folded.put(e, v);
            }
            return v;
        }
        if (e instanceof Expr.UnaryOp un) {
            Object v = constValue(un.operand());
            if (v == NOT_CONST) return NOT_CONST;
            return foldUnary(un.op(), v);
        }
        return NOT_CONST;
    }

    private Object fold(Expr e) {
        Object r = null;
        if (e instanceof Expr.BinOp bin) {
            Object l = constValue(bin.left());
            Object rv = l == NOT_CONST ? NOT_CONST : constValue(bin.right());
            if (rv != NOT_CONST) r = ConstantFolder.binary(bin.op(), l, rv);
        } else if (e instanceof Expr.Subscript s && s.ctx() == taipan.ast.ExprContext.Load) {
            Object v = constValue(s.value());
            Object i = v == NOT_CONST ? NOT_CONST : constValue(s.slice());
            if (i != NOT_CONST) r = ConstantFolder.subscript(v, i);
        }
        return r == null ? NOT_CONST : r;
    }

    static taipan.runtime.BinaryOp binaryOpOf(taipan.ast.Operator op) {
        return ExpressionGenerator.binaryOp(op);
    }

    private static Object foldUnary(UnaryOpKind op, Object v) {
        switch (op) {
            case Not:
                return !truthy(v);
            case USub:
                if (v instanceof Long l) return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
                if (v instanceof BigInteger bi) return normalize(bi.negate());
                if (v instanceof Double d) return -d;
                if (v instanceof PyComplex c) return new PyComplex(-c.real, -c.imag);
                return NOT_CONST;
            case UAdd:
                if (v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof PyComplex) return v;
                return NOT_CONST;
            case Invert:
                if (v instanceof Long l) return ~l;
                if (v instanceof BigInteger bi) return normalize(bi.not());
                return NOT_CONST;
            default:
                return NOT_CONST;
        }
    }

    private static Object normalize(BigInteger bi) {
        return bi.bitLength() < 64 ? (Object) bi.longValue() : bi;
    }

    /** Python truthiness of a constant. */
    static boolean truthy(Object v) {
        if (v == Py.None) return false;
        if (v instanceof Boolean bo) return bo;
        if (v instanceof Long l) return l != 0;
        if (v instanceof BigInteger bi) return bi.signum() != 0;
        if (v instanceof Double d) return d != 0.0;
        if (v instanceof PyComplex c) return c.real != 0.0 || c.imag != 0.0;
        if (v instanceof PyStr s) return !s.value().isEmpty();
        if (v instanceof PyBytes bs) return bs.bytes.length > 0;
        if (v instanceof PyTuple t) return t.items.length > 0;
        return true;
    }

    static PyTuple strTuple(List<String> items) {
        Object[] a = new Object[items.size()];
        for (int i = 0; i < a.length; i++) a[i] = new PyStr(items.get(i));
        return new PyTuple(a);
    }
}
