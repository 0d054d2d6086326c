package taipan.interpreter;

import taipan.bytecode.CodeObject;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.PyDict;
import taipan.runtime.PyObject;

/**
 * One activation of a code object: its locals (variables, cells, free
 * variables: see {@link CodeObject}), its value stack, where it is, and the
 * namespaces it reads names from. Also Python's {@code frame} object.
 *
 * <p>Contract: the interpreter keeps {@link #pc} and {@link #sp} in Java locals
 * while running and writes them back here when the frame suspends (yield),
 * calls out in a way that needs them, or raises; {@link #lasti} is the index of
 * the instruction that last started (for tracebacks and line numbers).
 * {@link #locals} is the mapping NAME instructions use (module and class
 * bodies, exec); null for optimized function frames.
 */
public final class Frame extends PyObject {
    public final CodeObject code;
    /** Locals, cells and free variables, followed by the value stack (one array, as CPython's localsplus). */
    public final Object[] fast;
    /** The same array as {@link #fast}; the value stack starts at {@link #stackBase}. */
    public final Object[] stack;
    public final int stackBase;
    public int sp;
    public int pc;
    public int lasti = -1;
    public final PyDict globals;
    public final PyDict builtins;
    public Object locals;
    public Frame back;
    /** The function being run, or null for module code, class bodies and exec. */
    public final PyFunction function;
    /** Set when the frame stopped at a yield rather than a return. */
    public boolean yielded;
    /** The dict locals() returns for an optimized frame (CPython 3.11 reuses one per frame). */
    public PyDict localsSnapshot;
    /** The generator-owned handled exception while suspended. */
    public taipan.runtime.PyBaseException savedHandled;
    /** How many except/finally handlers of this frame are running (PUSH_EXC_INFO not yet undone by POP_EXCEPT). */
    int activeHandlers;

    public Frame(CodeObject code, PyDict globals, PyDict builtins, Object locals, PyFunction function) {
        super(BuiltinTypes.FRAME);
        this.code = code;
        int nlocals = code.localsPlusSize();
        this.fast = new Object[nlocals + code.maxStack + 1];
        this.stack = fast;
        this.stackBase = nlocals;
        this.sp = nlocals;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.function = function;
    }

    /** The current line, or the first line (of the def) before the frame started. */
    public int lineno() {
        int l = lasti < 0 ? -1 : code.lineOf(lasti);
        return l < 0 ? code.firstlineno : l;
    }
}
