package taipan.runtime;

/**
 * A Python exception object (an instance of BaseException or a subclass).
 * Raising one throws a {@link PyException} that carries it.
 *
 * <p>Contract: {@link #args} is never null; {@link #traceback} is null until the
 * exception is raised, then the head of its traceback chain (innermost frame
 * last, CPython's order); {@link #cause} and {@link #context} are null for None.
 */
public final class PyBaseException extends PyObject {
    public PyTuple args = PyTuple.EMPTY;
    public PyTraceback traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /**
     * The class-specific fields (errno, filename, msg, name, ...) by name, null
     * until one is set; read and written through {@link ExceptionMethods#field}
     * and {@link ExceptionMethods#setField}. Not part of {@code __dict__}.
     */
    public java.util.Map<String, Object> fields;

    public PyBaseException(PyType type) {
        super(type);
    }

    public PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args;
    }

    /** The exception's field {@code name} (args-derived data such as name, value, filename), or null. */
    public Object attribute(String name) {
        return ExceptionMethods.field(this, name);
    }

    /** The Java throwable that raises this exception. */
    public PyException toThrowable() {
        return new PyException(this);
    }

    @Override
    public String toString() {
        return type.name() + args;
    }
}
