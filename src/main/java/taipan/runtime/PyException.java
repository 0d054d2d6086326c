package taipan.runtime;

/**
 * The Java throwable that carries a raised Python exception through Java
 * frames. It has no Java stack trace (Python keeps its own traceback in the
 * exception object), so raising is cheap.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** Whether the Python exception is an instance of {@code type}. */
    public boolean matches(PyType type) {
        return value.type.isSubtypeOf(type);
    }

    @Override
    public String getMessage() {
        return value.type.name() + ": " + value.args;
    }
}
