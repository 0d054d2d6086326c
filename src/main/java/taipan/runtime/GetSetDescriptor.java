package taipan.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A data attribute of a built-in type computed in Java ({@code __name__} of a
 * function, {@code real} of a complex), type {@code getset_descriptor}.
 * A null setter makes the attribute read-only with CPython's message.
 */
public final class GetSetDescriptor extends PyObject implements Descriptor {
    public final PyType owner;
    public final String name;
    private final Function<Object, Object> getter;
    private final BiConsumer<Object, Object> setter;

    public GetSetDescriptor(PyType owner, String name, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        super(BuiltinTypes.GETSET_DESCRIPTOR);
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    /** Defines a read-only attribute on {@code owner}. */
    public static void define(PyType owner, String name, Function<Object, Object> getter) {
        owner.define(name, new GetSetDescriptor(owner, name, getter, null));
    }

    /** Defines a writable attribute on {@code owner} (the setter gets null for deletion). */
    public static void define(PyType owner, String name, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        owner.define(name, new GetSetDescriptor(owner, name, getter, setter));
    }

    @Override
    public Object get(Object obj, PyType type) {
        return obj == null ? this : get(obj);
    }

    @Override
    public boolean isData() {
        return true;
    }

    public Object get(Object obj) {
        checkApplies(obj);
        return getter.apply(obj);
    }

    private void checkApplies(Object obj) {
        if (!Py.typeOf(obj).isSubtypeOf(owner)) {
            throw Exceptions.typeError("descriptor '" + name + "' for '" + owner.name()
                + "' objects doesn't apply to a '" + Py.typeOf(obj).name() + "' object");
        }
    }

    /** Sets (or deletes, with null) the attribute. */
    @Override
    public void set(Object obj, Object value) {
        if (setter == null) {
            throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, "attribute '" + name + "' of '" + owner.name()
                + "' objects is not writable");
        }
        checkApplies(obj);
        setter.accept(obj, value);
    }

    @Override
    public String toString() {
        return "<attribute '" + name + "' of '" + owner.name() + "' objects>";
    }
}
