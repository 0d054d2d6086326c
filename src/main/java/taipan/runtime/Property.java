package taipan.runtime;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python functions. */
public final class Property extends PyObject implements Descriptor {
    public Object fget;
    public Object fset;
    public Object fdel;
    public Object doc;
    /** Whether {@link #doc} was taken from the getter's docstring (a new getter then brings its own). */
    public boolean getterDoc;
    /** The attribute name from __set_name__, for error messages. */
    public String name;

    public Property(PyType type) {
        super(type);
        fget = fset = fdel = doc = Py.None;
    }

    @Override
    public Object get(Object obj, PyType type) {
        if (obj == null) {
            return this;
        }
        if (fget == Py.None) {
            throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, missing(obj, "getter"));
        }
        return Ops.call(fget, obj);
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(Object obj, Object value) {
        Object f = value == null ? fdel : fset;
        if (f == Py.None) {
            throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, missing(obj, value == null ? "deleter" : "setter"));
        }
        if (value == null) {
            Ops.call(f, obj);
        } else {
            Ops.call(f, obj, value);
        }
    }

    /** CPython 3.11's "property 'x' of 'A' object has no setter" (without the name when it is unknown). */
    private String missing(Object obj, String what) {
        return "property " + (name == null ? "" : "'" + name + "' ") + "of '" + Py.typeOf(obj).qualname()
            + "' object has no " + what;
    }
}
