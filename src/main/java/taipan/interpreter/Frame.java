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
    public final Object[] fast;
    public final Object[] stack;
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
    /** The generator-owned handled exception while suspended. */
    public taipan.runtime.PyBaseException savedHandled;

    public Frame(CodeObject code, PyDict globals, PyDict builtins, Object locals, PyFunction function) {
        super(BuiltinTypes.FRAME);
        this.code = code;
        this.fast = new Object[code.localsPlusSize()];
        this.stack = new Object[code.maxStack + 1];
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.function = function;
    }

    /** The current line, or the first line before the frame started. */
    public int lineno() {
        int l = code.lineOf(lasti < 0 ? 0 : lasti);
        return l < 0 ? code.firstlineno : l;
    }
}
