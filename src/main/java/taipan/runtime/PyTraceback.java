package taipan.runtime;

/**
 * One entry of a Python traceback: a frame and the instruction it was at.
 * Entries are linked outermost first ({@code tb_next} goes inwards), as in CPython.
 */
public final class PyTraceback extends PyObject {
    /** The frame (an interpreter frame object). */
    public final PyObject frame;
    /** The instruction index that was executing. */
    public final int lasti;
    /** {@code tb_lasti}: the offset in bytes of 2-byte code units, as CPython counts it. */
    public final long lastiOffset;
    /** The line number, or -1 when unknown. */
    public final int lineno;
    public PyTraceback next;

    public PyTraceback(PyObject frame, int lasti, int lineno, PyTraceback next) {
        this(frame, lasti, 2L * lasti, lineno, next);
    }

    /** A traceback made by {@code types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)}. */
    public PyTraceback(PyObject frame, long lastiOffset, int lineno, PyTraceback next) {
        this(frame, (int) Math.max(0, Math.min(Integer.MAX_VALUE, lastiOffset / 2)), lastiOffset, lineno, next);
    }

    private PyTraceback(PyObject frame, int lasti, long lastiOffset, int lineno, PyTraceback next) {
        super(BuiltinTypes.TRACEBACK);
        this.frame = frame;
        this.lasti = lasti;
        this.lastiOffset = lastiOffset;
        this.lineno = lineno;
        this.next = next;
    }
}
