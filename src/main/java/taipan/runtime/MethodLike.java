package taipan.runtime;

/**
 * A callable that, stored in a class, binds to instances as a plain method:
 * reading it from {@code obj} gives {@code PyMethod(this, obj)}. Python functions
 * are method-like, so calls of special methods and {@code obj.meth(...)} can
 * pass {@code obj} as the first argument without making the bound method.
 */
public interface MethodLike extends PyCallable, Descriptor {
    @Override
    default Object get(Object obj, PyType type) {
        return obj == null ? this : new PyMethod(this, obj);
    }
}
