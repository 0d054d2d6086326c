package taipan.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of a symbol table, CPython 3.11's {@code PySTEntryObject}: a module,
 * class, function (def, async def, lambda, comprehension) or annotation block.
 *
 * <p>Contract: {@link #symbols()} maps each (mangled) name to the flag word CPython
 * computes, the {@code DEF_*} bits below or'ed with the resolved scope shifted by
 * {@link #SCOPE_OFFSET}; the bit values equal CPython's, so {@code _symtable}'s
 * numbers can be compared directly. {@link #children()} lists nested blocks in
 * source-visit order (annotation blocks, created only under
 * {@code from __future__ import annotations}, are never children, as in CPython).
 * {@link #varnames()} lists the parameters in CPython's order (positional-only,
 * positional, keyword-only, *args, **kwargs). Built by {@link SymbolTableBuilder},
 * resolved by {@link ScopeAnalyzer}; read-only afterwards.
 */
public final class Scope {
    /** Assigned as global by a {@code global} statement (or a module-level walrus in a comprehension). */
    public static final int DEF_GLOBAL = 1;
    /** Bound in this block: assignment target, def/class name, for target, del, ... */
    public static final int DEF_LOCAL = 2;
    /** A parameter of this function. */
    public static final int DEF_PARAM = 4;
    /** Declared by a {@code nonlocal} statement (or a walrus target inside a comprehension). */
    public static final int DEF_NONLOCAL = 8;
    /** Read (a Load) in this block. */
    public static final int USE = 16;
    /** Free in this block (unused by CPython 3.11's analysis, kept for the bit layout). */
    public static final int DEF_FREE = 32;
    /** A class-level name that is also free in a method. */
    public static final int DEF_FREE_CLASS = 64;
    /** Bound by an import. */
    public static final int DEF_IMPORT = 128;
    /** Annotated ({@code x: T}) in this block. */
    public static final int DEF_ANNOT = 256;
    /** An iteration variable of a comprehension. */
    public static final int DEF_COMP_ITER = 512;
    /** The bits that bind a name locally. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Where the resolved scope sits in the flag word, and its mask after shifting. */
    public static final int SCOPE_OFFSET = 11;
    public static final int SCOPE_MASK = 15;
    public static final int LOCAL = 1;
    public static final int GLOBAL_EXPLICIT = 2;
    public static final int GLOBAL_IMPLICIT = 3;
    public static final int FREE = 4;
    public static final int CELL = 5;

    /** Block kinds; ordinal() equals CPython's {@code _Py_block_ty} value. */
    public enum Type { FUNCTION, CLASS, MODULE, ANNOTATION }

    /** What kind of comprehension a FUNCTION block is, if any. */
    public enum Comprehension { NONE, LIST, DICT, SET, GENERATOR }

    /** A {@code global}/{@code nonlocal} declaration (or walrus stand-in), for error positions. */
    record Directive(String name, int lineno, int col, int endLineno, int endCol) {}

    private final String name;
    private final Type type;
    private final Object node;
    private final int lineno;
    private final int colOffset;
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    final List<Directive> directives = new ArrayList<>();

    boolean nested;
    boolean free;
    boolean childFree;
    boolean generator;
    boolean coroutine;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    Comprehension comprehension = Comprehension.NONE;
    boolean compIterTarget;
    int compIterExpr;

    Scope(String name, Type type, Object node, int lineno, int colOffset) {
        this.name = name;
        this.type = type;
        this.node = node;
        this.lineno = lineno;
        this.colOffset = colOffset;
    }

    public String name() { return name; }
    public Type type() { return type; }
    /** The AST node that opened this block (the Module, def, class, lambda, comprehension or annotation). */
    public Object node() { return node; }
    public int lineno() { return lineno; }
    public int colOffset() { return colOffset; }
    public Map<String, Integer> symbols() { return Collections.unmodifiableMap(symbols); }
    public List<String> varnames() { return Collections.unmodifiableList(varnames); }
    public List<Scope> children() { return Collections.unmodifiableList(children); }

    /** The flag word of a name, 0 when the block does not know it. */
    public int flags(String name) {
        Integer f = symbols.get(name);
        return f == null ? 0 : f;
    }

    /** The resolved scope of a name (LOCAL ... CELL), 0 when unknown. */
    public int scopeOf(String name) {
        return (flags(name) >> SCOPE_OFFSET) & SCOPE_MASK;
    }

    /** Nested inside a function (directly or through other blocks). */
    public boolean isNested() { return nested; }
    /** Has free variables of its own. */
    public boolean hasFreeVars() { return free; }
    /** Some child block has free variables. */
    public boolean hasChildFree() { return childFree; }
    /** A generator: contains yield, or is a generator expression. */
    public boolean isGenerator() { return generator; }
    /** A coroutine: async def, contains await, or an async comprehension. */
    public boolean isCoroutine() { return coroutine; }
    public boolean hasVarargs() { return varargs; }
    public boolean hasVarkeywords() { return varkeywords; }
    /** A {@code return} with a value occurs in this block. */
    public boolean returnsValue() { return returnsValue; }
    /** A class whose methods use {@code __class__} or {@code super}: it needs the implicit cell. */
    public boolean needsClassClosure() { return needsClassClosure; }
    public Comprehension comprehension() { return comprehension; }

    @Override
    public String toString() {
        return "<Scope " + type + " " + name + " line " + lineno + ">";
    }
}
