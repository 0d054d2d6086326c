package taipan.interpreter;

import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;
import taipan.source.SourceFile;

/**
 * The warnings channel of the tokenizer, parser and compiler at run time: each
 * warning goes through {@code warnings.warn_explicit(message, category, filename,
 * lineno)}, as CPython's {@code PyErr_WarnExplicitObject} with no module or
 * registry. When the filters turn it into an exception of its own category the
 * sink answers true, and the caller raises a SyntaxError with the same message
 * at the warning's location, as CPython does; any other exception propagates.
 */
final class CompileWarnings {
    private CompileWarnings() {}

    static final SourceFile.WarningSink SINK = CompileWarnings::warn;

    private static boolean warn(String category, String message, String filename, int lineno) {
        PyType type = switch (category) {
            case "SyntaxWarning" -> Exceptions.SYNTAX_WARNING;
            case "DeprecationWarning" -> Exceptions.DEPRECATION_WARNING;
            default -> throw new IllegalArgumentException("unknown compile warning category " + category);
        };
        Object warnExplicit = Ops.getAttr(PythonRuntime.importModule("warnings"), "warn_explicit");
        try {
            Ops.call(warnExplicit, PyStr.of(message), type, PyStr.of(filename), (long) lineno);
        } catch (PyException e) {
            if (e.matches(type)) return true;
            throw e;
        }
        return false;
    }

    /** {@code source} with its warnings sent through the warnings module. */
    static SourceFile attach(SourceFile source) {
        return source.withWarnings(SINK);
    }
}
