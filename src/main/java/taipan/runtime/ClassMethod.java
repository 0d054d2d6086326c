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
        // As CPython 3.11: a wrapped object with __get__ is bound through it, as __get__(owner, owner).
        PyType ft = Py.typeOf(function);
        if (ft.builtin && function instanceof Descriptor d) return d.get(owner, owner);
        Object getter = ft.lookup("__get__");
        if (getter == null) return new PyMethod(function, owner);
        return Ops.call(getter, function, owner, owner);
    }
}
