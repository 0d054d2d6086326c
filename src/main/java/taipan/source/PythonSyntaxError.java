package taipan.source;

/**
 * A SyntaxError (or its subclasses IndentationError and TabError) as CPython
 * reports it: message, file, 1-based line, 1-based character offset, end
 * position and the text of the offending line. Offsets count characters, as
 * CPython's {@code SyntaxError.offset} does, not UTF-8 bytes.
 */
public final class PythonSyntaxError extends RuntimeException {
    /** The exception class CPython raises. */
    public enum Kind { SyntaxError, IndentationError, TabError }

    /** Stands for Python's None in endLineno/endOffset (e.g. errors raised while decoding the source). */
    public static final int NONE = Integer.MIN_VALUE;

    public final Kind kind;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    /** The offending source line, or null. */
    public final String text;

    public PythonSyntaxError(Kind kind, String msg, String filename, int lineno, int offset,
                             int endLineno, int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** CPython's {@code str(e)}: "msg (file.py, line N)" with the file's base name. */
    public String pythonStr() {
        if (filename == null) return msg + " (line " + lineno + ")";
        int slash = filename.lastIndexOf('/');
        return msg + " (" + filename.substring(slash + 1) + ", line " + lineno + ")";
    }

    /** {@code type(e).__name__ + ": " + str(e)}. */
    public String pythonLine() {
        return kind.name() + ": " + pythonStr();
    }
}
