package taipan.runtime;

/** An attribute declared in {@code __slots__} (CPython's member_descriptor). */
public final class SlotDescriptor extends PyObject implements Descriptor {
    public static final PyType TYPE = BuiltinTypes.builtin("member_descriptor", BuiltinTypes.OBJECT, null);

    private final PyType owner;
    private final String name;

    public SlotDescriptor(PyType owner, String name) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
    }

    @Override
    public Object get(Object obj, PyType type) {
        if (obj == null) {
            return this;
        }
        Object v = obj instanceof PyObject p ? Attributes.getInstanceAttribute(p, name) : null;
        if (v == null) {
            throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, "'" + Py.typeOf(obj).name() + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(Object obj, Object value) {
        PyObject p = (PyObject) obj;
        if (value == null) {
            if (!Attributes.deleteInstanceAttribute(p, name)) {
                throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, "'" + Py.typeOf(obj).name() + "' object has no attribute '" + name + "'");
            }
        } else {
            Attributes.setInstanceAttribute(p, name, value);
        }
    }

    @Override
    public String toString() {
        return "<member '" + name + "' of '" + owner.name() + "' objects>";
    }
}
