package taipan.compiler;

/**
 * Python's {@code RecursionError: maximum recursion depth exceeded during compilation},
 * raised, as by CPython 3.11's symtable, when statements, expressions and patterns
 * nest deeper than {@link #LIMIT} (CPython: 3 x the default recursion limit of 1000,
 * less the caller's own depth, so its exact threshold varies by a few levels).
 */
public final class CompilerRecursionError extends RuntimeException {
    /** The nesting depth past which compilation gives up. */
    public static final int LIMIT = 3000;

    public CompilerRecursionError() {
        super("maximum recursion depth exceeded during compilation", null, false, false);
    }

    /** The line Python prints for it: {@code RecursionError: ...}. */
    public String pythonLine() {
        return "RecursionError: " + getMessage();
    }
}
