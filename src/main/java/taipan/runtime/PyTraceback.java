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
    /** The line number, or -1 when unknown. */
    public final int lineno;
    public PyTraceback next;

    public PyTraceback(PyObject frame, int lasti, int lineno, PyTraceback next) {
        super(BuiltinTypes.TRACEBACK);
        this.frame = frame;
        this.lasti = lasti;
        this.lineno = lineno;
        this.next = next;
    }
}
