package taipan.runtime;

/**
 * Warnings issued by the runtime itself (CPython's {@code PyErr_WarnEx}): they go
 * through the pure-Python {@code warnings.warn}, which holds the filters, with
 * stacklevel 1 so they are attributed to the Python code that called the built-in.
 * A filter set to "error" turns the warning into an exception raised here.
 */
public final class Warnings {
    private Warnings() {}

    /** Issues {@code message} with the warning class {@code category}. */
    public static void warn(PyType category, String message) {
        Ops.call(Ops.getAttr(Pickling.importModule("warnings"), "warn"), PyStr.of(message), category);
    }

    /** A DeprecationWarning. */
    public static void deprecation(String message) {
        warn(Exceptions.DEPRECATION_WARNING, message);
    }
}
