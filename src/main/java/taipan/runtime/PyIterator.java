package taipan.runtime;

/**
 * A built-in iterator written in Java (list, tuple, range, dict and str
 * iterators, map, zip, ...). The interpreter's for loop calls {@link #next}
 * directly; Python sees {@code __iter__} returning self and {@code __next__}
 * raising StopIteration, defined once on each iterator type by
 * {@link #defineIteratorType}.
 */
public abstract class PyIterator extends PyObject {
    protected PyIterator(PyType type) {
        super(type);
    }

    /** The next item, or null when exhausted. */
    public abstract Object next();

    /** The value of the StopIteration that ended the iteration (a generator's return value), None by default. */
    public Object stopValue() {
        return Py.None;
    }

    /** How many items are left, for iterator types made by {@link #defineSizedIteratorType}. */
    public long lengthHint() {
        throw new UnsupportedOperationException(type.name() + " has no length hint");
    }

    /** {@link #defineIteratorType} plus {@code __length_hint__} from {@link #lengthHint}. */
    public static PyType defineSizedIteratorType(String name) {
        PyType t = defineIteratorType(name);
        MethodDescriptor.define(t, "__length_hint__", "", (self, a) -> ((PyIterator) self).lengthHint());
        return t;
    }

    /** A new built-in iterator type named {@code name}, with {@code __iter__} and {@code __next__}. */
    public static PyType defineIteratorType(String name) {
        PyType t = BuiltinTypes.builtin(name, BuiltinTypes.OBJECT, null);
        t.acceptsSubclasses = false;
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> self);
        MethodDescriptor.define(t, "__next__", "", (self, a) -> {
            Object v = ((PyIterator) self).next();
            if (v == null) {
                throw Exceptions.stopIteration(Py.None);
            }
            return v;
        });
        return t;
    }
}
