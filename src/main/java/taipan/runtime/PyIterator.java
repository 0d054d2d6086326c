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

    /** How many items are left ({@code __length_hint__}); -1 when unknown. */
    public int lengthHint() {
        return -1;
    }

    /** {@code __reduce__}: what recreates this iterator, or null when it cannot be pickled. */
    public PyTuple reduce() {
        return null;
    }

    /** {@code __setstate__} with the state {@link #reduce} gave; iterators without one refuse. */
    public void setState(Object state) {
        throw Exceptions.typeError("cannot set state of '" + type.name() + "' object");
    }

    /** The builtin function {@code name} (iter, reversed), for {@link #reduce}. */
    protected static Object builtin(String name) {
        return Ops.getAttr(Pickling.importModule("builtins"), name);
    }

    /** A position from {@code __setstate__}, kept within 0..limit. */
    protected static int clampIndex(Object state, int limit) {
        long i = (Long) Ops.index(state);
        return (int) Math.max(0, Math.min(i, limit));
    }

    /**
     * A new built-in iterator type named {@code name}, with {@code __iter__} and {@code __next__}; like
     * CPython's, it cannot be instantiated by calling it.
     */
    public static PyType defineIteratorType(String name) {
        PyType t = BuiltinTypes.builtin(name, BuiltinTypes.OBJECT, type -> {
            throw Exceptions.typeError("cannot create '" + type.name() + "' instances");
        });
        t.acceptsSubclasses = false;
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> self);
        MethodDescriptor.define(t, "__next__", "", (self, a) -> {
            Object v = ((PyIterator) self).next();
            if (v == null) {
                throw Exceptions.stopIteration(Py.None);
            }
            return v;
        });
        installLengthHint(t);
        installPickling(t);
        return t;
    }

    /** {@code __length_hint__} from {@link #lengthHint} (NotImplemented when unknown). */
    static void installLengthHint(PyType t) {
        MethodDescriptor.define(t, "__length_hint__", "", (self, a) -> {
            int n = ((PyIterator) self).lengthHint();
            return n < 0 ? Py.NotImplemented : (Object) (long) n;
        });
    }

    /** {@code __reduce__} and {@code __setstate__} from {@link #reduce} and {@link #setState}. */
    static void installPickling(PyType t) {
        MethodDescriptor.define(t, "__reduce__", "", (self, a) -> {
            PyTuple r = ((PyIterator) self).reduce();
            if (r == null) {
                throw Exceptions.typeError("cannot pickle '" + Py.typeOf(self).name() + "' object");
            }
            return r;
        });
        MethodDescriptor.define(t, "__setstate__", "state, /", (self, a) -> {
            ((PyIterator) self).setState(a[0]);
            return Py.None;
        });
    }
}
