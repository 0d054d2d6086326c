package taipan.bytecode;

import taipan.runtime.BuiltinTypes;
import taipan.runtime.PyObject;

/**
 * A compiled unit of Python code (module, class body, function, lambda,
 * comprehension), Python's {@code code} type. Produced by the compiler,
 * executed by the interpreter; immutable except for {@link #inlineCaches}.
 *
 * <p>Layout of a frame's locals ("localsplus"): {@link #varnames} (parameters
 * first, in CPython's order), then one slot per {@link #cellvars} entry, then
 * one per {@link #freevars} entry. Cell operands of instructions index from
 * the start of the cell area ({@code cellvars.length + i} is free variable i).
 * {@link #cell2arg}[i] is the parameter whose value initializes cell i, or -1.
 *
 * <p>{@link #exceptionTable} holds entries of {@link #EXCEPTION_ENTRY_SIZE} ints:
 * start (inclusive), end (exclusive), handler, stack depth, lasti flag; entries
 * are ordered innermost first, so the first entry covering an index wins.
 * {@link #positions} holds {@link #POSITION_SIZE} ints per instruction: line,
 * end line, column, end column (UTF-8 byte offsets as in the AST); -1 when unknown.
 */
public final class CodeObject extends PyObject {
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_NOFREE = 0x40;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;

    public static final int EXCEPTION_ENTRY_SIZE = 5;
    public static final int POSITION_SIZE = 4;

    public final String name;
    public final String qualname;
    /** Not final: importlib renames a module's code when its file moved ({@code _imp._fix_co_filename}). */
    public String filename;
    public final int firstlineno;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    public final int[] cell2arg;
    public final String[] names;
    public final Object[] consts;
    public final int[] code;
    public final int[] exceptionTable;
    public final int[] positions;
    public final int maxStack;
    /** One slot per instruction for the interpreter's inline caches. */
    public final Object[] inlineCaches;
    /** {@link #names} as str objects, made by the interpreter on first use. */
    public taipan.runtime.PyStr[] nameKeys;

    public CodeObject(String name, String qualname, String filename, int firstlineno, int argcount,
                      int posonlyargcount, int kwonlyargcount, int flags, String[] varnames, String[] cellvars,
                      String[] freevars, int[] cell2arg, String[] names, Object[] consts, int[] code,
                      int[] exceptionTable, int[] positions, int maxStack) {
        super(BuiltinTypes.CODE);
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstlineno = firstlineno;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cell2arg = cell2arg;
        this.names = names;
        this.consts = consts;
        this.code = code;
        this.exceptionTable = exceptionTable;
        this.positions = positions;
        this.maxStack = maxStack;
        this.inlineCaches = new Object[code.length];
    }

    /** Number of local slots: variables, cells and free variables. */
    public int localsPlusSize() {
        return varnames.length + cellvars.length + freevars.length;
    }

    /** The line of instruction {@code index}, or -1. */
    public int lineOf(int index) {
        return index >= 0 && index < code.length ? positions[index * POSITION_SIZE] : -1;
    }

    /** The name a cell operand refers to. */
    public String cellName(int cellIndex) {
        return cellIndex < cellvars.length ? cellvars[cellIndex] : freevars[cellIndex - cellvars.length];
    }

    public boolean isGeneratorLike() {
        return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
    }
}
