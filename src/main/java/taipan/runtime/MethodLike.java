package taipan.runtime;

/**
 * A callable that, stored in a class, binds to instances as a plain method:
 * reading it from {@code obj} gives {@code PyMethod(this, obj)}. Python functions
 * are method-like, so calls of special methods and {@code obj.meth(...)} can
 * pass {@code obj} as the first argument without making the bound method.
 */
public interface MethodLike extends PyCallable, Descriptor {
    /** Calls with {@code self} first, then {@code args} (with keyword names as in {@link PyCallable}). */
    default Object callWithSelf(Object self, Object[] args, String[] kwnames) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return call(all, kwnames);
    }

    @Override
    default Object get(Object obj, PyType type) {
        return obj == null ? this : new PyMethod(this, obj);
    }
}
