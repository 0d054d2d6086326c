package taipan.runtime;

import java.util.function.Function;

/**
 * CPython's member_descriptor: an attribute declared in {@code __slots__}, or a
 * read-only field of a built-in type ({@code complex.real}, {@code function.__globals__},
 * {@code property.fget}) read by a Java function; writing one of those raises
 * CPython's "readonly attribute". Both check that the object is an instance of the
 * owning class.
 */
public final class SlotDescriptor extends PyObject implements Descriptor {
    public static final PyType TYPE = BuiltinTypes.builtin("member_descriptor", BuiltinTypes.OBJECT, null);

    private final PyType owner;
    private final String name;
    /** Reads a built-in type's read-only field; null for a {@code __slots__} slot. */
    private final Function<Object, Object> reader;

    public SlotDescriptor(PyType owner, String name) {
        this(owner, name, null);
    }

    private SlotDescriptor(PyType owner, String name, Function<Object, Object> reader) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.reader = reader;
    }

    /** Defines the read-only member {@code name} of the built-in type {@code owner}. */
    public static void defineReadonly(PyType owner, String name, Function<Object, Object> reader) {
        owner.define(name, new SlotDescriptor(owner, name, reader));
    }

    static void install() {
        PyType t = TYPE;
        t.acceptsSubclasses = false;
        GetSetDescriptor.define(t, "__name__", self -> PyStr.of(((SlotDescriptor) self).name));
        GetSetDescriptor.define(t, "__qualname__", self -> {
            SlotDescriptor d = (SlotDescriptor) self;
            return PyStr.of(d.owner.qualname() + "." + d.name);
        });
        GetSetDescriptor.define(t, "__objclass__", self -> ((SlotDescriptor) self).owner);
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of(self.toString()));
        MethodDescriptor.define(t, "__get__", "obj, type=None, /", (self, a) ->
            a[0] == Py.None ? self : ((SlotDescriptor) self).get(a[0], null));
        MethodDescriptor.define(t, "__set__", "obj, value, /", (self, a) -> {
            ((SlotDescriptor) self).set(a[0], a[1]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__delete__", "obj, /", (self, a) -> {
            ((SlotDescriptor) self).set(a[0], null);
            return Py.None;
        });
    }

    private void checkApplies(Object obj) {
        if (!Py.typeOf(obj).isSubtypeOf(owner)) {
            throw Exceptions.typeError("descriptor '" + name + "' for '" + owner.name()
                + "' objects doesn't apply to a '" + Py.typeOf(obj).name() + "' object");
        }
    }

    @Override
    public Object get(Object obj, PyType type) {
        if (obj == null) {
            return this;
        }
        checkApplies(obj);
        if (reader != null) {
            return reader.apply(obj);
        }
        Object v = obj instanceof PyObject p ? Attributes.getSlotMember(p, name) : null;
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
        checkApplies(obj);
        if (reader != null) {
            throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, "readonly attribute");
        }
        PyObject p = (PyObject) obj;
        if (!Attributes.setSlotMember(p, name, value)) {
            throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, name);     // deleting an unset member: CPython says just the name
        }
    }

    @Override
    public String toString() {
        return "<member '" + name + "' of '" + owner.name() + "' objects>";
    }
}
