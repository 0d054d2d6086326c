package taipan.runtime;

/** {@code staticmethod(f)}: f itself, whether read from the class or an instance; callable too. */
public final class StaticMethod extends PyObject implements Descriptor, PyCallable {
    public Object function;

    public StaticMethod(PyType type, Object function) {
        super(type);
        this.function = function;
    }

    @Override
    public Object get(Object obj, PyType type) {
        return function;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return Ops.call(function, args, kwnames);
    }
}
