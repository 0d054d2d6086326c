package taipan.runtime;

/** None, NotImplemented and Ellipsis: objects that are the only instance of their type. */
public final class PySingleton extends PyObject {
    private final String repr;

    PySingleton(PyType type, String repr) {
        super(type);
        this.repr = repr;
    }

    @Override
    public String toString() {
        return repr;
    }
}
