package taipan.runtime;

/** {@code classmethod(f)}: binds f to the class (of the instance) it is read from. */
public final class ClassMethod extends PyObject implements Descriptor {
    public Object function;

    public ClassMethod(PyType type, Object function) {
        super(type);
        this.function = function;
    }

    @Override
    public Object get(Object obj, PyType type) {
        PyType owner = type != null ? type : Py.typeOf(obj);
        if (function instanceof Descriptor d && !(function instanceof PyCallable) && Py.typeOf(function).lookup("__get__") != null) {
            return d.get(owner, Py.typeOf(owner));
        }
        return new PyMethod(function, owner);
    }
}
