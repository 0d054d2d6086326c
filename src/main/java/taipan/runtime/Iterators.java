package taipan.runtime;

import java.math.BigInteger;

/**
 * The built-in iterator classes {@code enumerate}, {@code zip}, {@code map},
 * {@code filter} and {@code reversed}, with CPython 3.11's argument checking
 * and messages (zip's {@code strict=} included). Each is a type the builtins
 * module registers ({@link #ENUMERATE}, ...) whose {@code __new__} makes a
 * {@link PyIterator}; Python classes may inherit from them.
 */
public final class Iterators {
    private Iterators() {}

    public static final PyType ENUMERATE = iteratorClass("enumerate");
    public static final PyType ZIP = iteratorClass("zip");
    public static final PyType MAP = iteratorClass("map");
    public static final PyType FILTER = iteratorClass("filter");
    public static final PyType REVERSED = iteratorClass("reversed");

    private static PyType iteratorClass(String name) {
        PyType t = BuiltinTypes.builtin(name, BuiltinTypes.OBJECT, type -> {
            throw Exceptions.typeError("cannot create '" + type.name() + "' instances");
        });
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> self);
        MethodDescriptor.define(t, "__next__", "", (self, a) -> {
            Object v = ((PyIterator) self).next();
            if (v == null) {
                throw Exceptions.stopIteration(Py.None);
            }
            return v;
        });
        PyIterator.installPickling(t);
        if (name.equals("reversed")) {
            PyIterator.installLengthHint(t);
        }
        return t;
    }

    private static void defineNew(PyType t, BuiltinFunction.Body body) {
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", t.name() + ".__new__", "cls, *args, **kwargs", (s, a) -> {
                if (!(a[0] instanceof PyType cls) || !cls.isSubtypeOf(t)) {
                    throw Exceptions.typeError(t.name() + ".__new__(X): X is not a subtype of " + t.name());
                }
                return body.call(cls, new Object[] {((PyTuple) a[1]).items, a[2]});
            })));
    }

    /**
     * Whether {@code cls} initializes as {@code base} does: CPython's built-ins refuse keyword
     * arguments in {@code __new__} only then (a subclass with its own {@code __init__} may take them).
     */
    static boolean keepsInit(Object cls, PyType base) {
        return cls == base || ((PyType) cls).lookup("__init__") == base.lookup("__init__");
    }

    /**
     * Whether {@code cls} is made as {@code base} is: CPython's built-ins refuse keyword arguments in
     * {@code __init__} only then (a subclass with its own {@code __new__} may take them).
     */
    static boolean keepsNew(PyType cls, PyType base) {
        return cls == base || cls.lookup("__new__") == base.lookup("__new__");
    }

    static void install() {
        GenericAlias.defineClassGetItem(ENUMERATE, "builtins");
        defineNew(ENUMERATE, (cls, a) -> {
            Object[] args = (Object[]) a[0];
            PyDict kw = (PyDict) a[1];
            if (args.length > 2) {
                throw Exceptions.typeError("enumerate() takes at most 2 arguments (" + (args.length + kw.size()) + " given)");
            }
            Object iterable = args.length > 0 ? args[0] : null;
            Object start = args.length > 1 ? args[1] : null;
            for (int i = 0; i < kw.entryLimit(); i++) {
                Object k = kw.keyAt(i);
                if (k == null) {
                    continue;
                }
                String name = ((PyStr) k).value();
                if (name.equals("iterable") && iterable == null) {
                    iterable = kw.valueAt(i);
                } else if (name.equals("start") && start == null) {
                    start = kw.valueAt(i);
                } else if (name.equals("iterable") || name.equals("start")) {
                    throw Exceptions.typeError("argument for enumerate() given by name ('" + name + "') and position ("
                        + (name.equals("iterable") ? 1 : 2) + ")");
                } else {
                    throw Exceptions.typeError("'" + name + "' is an invalid keyword argument for enumerate()");
                }
            }
            if (iterable == null) {
                throw Exceptions.typeError("enumerate() missing required argument 'iterable'");
            }
            Object count = start == null ? 0L : Ops.index(start);
            return new Enumerate((PyType) cls, Ops.iter(iterable), count);
        });
        defineNew(ZIP, (cls, a) -> {
            Object[] args = (Object[]) a[0];
            PyDict kw = (PyDict) a[1];
            boolean strict = false;
            if (kw.size() > 1) {
                throw Exceptions.typeError("zip() takes at most 1 keyword argument (" + kw.size() + " given)");
            }
            if (kw.size() == 1) {
                Object v = kw.get(PyStr.of("strict"));
                if (v == null) {
                    String name = ((PyStr) kw.keyAt(kw.lastEntry())).value();
                    throw Exceptions.typeError("'" + name + "' is an invalid keyword argument for zip()");
                }
                strict = Ops.isTrue(v);
            }
            Object[] its = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                its[i] = Ops.iter(args[i]);
            }
            return new Zip((PyType) cls, its, strict);
        });
        defineNew(MAP, (cls, a) -> {
            Object[] args = (Object[]) a[0];
            if (((PyDict) a[1]).size() > 0 && keepsInit(cls, MAP)) {
                throw Exceptions.typeError("map() takes no keyword arguments");
            }
            if (args.length < 2) {
                throw Exceptions.typeError("map() must have at least two arguments.");
            }
            Object[] its = new Object[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                its[i - 1] = Ops.iter(args[i]);
            }
            return new MapIterator((PyType) cls, args[0], its);
        });
        defineNew(FILTER, (cls, a) -> {
            Object[] args = (Object[]) a[0];
            if (((PyDict) a[1]).size() > 0 && keepsInit(cls, FILTER)) {
                throw Exceptions.typeError("filter() takes no keyword arguments");
            }
            if (args.length != 2) {
                throw Exceptions.typeError("filter expected 2 arguments, got " + args.length);
            }
            return new Filter((PyType) cls, args[0], Ops.iter(args[1]));
        });
        defineNew(REVERSED, (cls, a) -> {
            Object[] args = (Object[]) a[0];
            if (((PyDict) a[1]).size() > 0 && keepsInit(cls, REVERSED)) {
                throw Exceptions.typeError("reversed() takes no keyword arguments");
            }
            if (args.length != 1) {
                throw Exceptions.typeError("reversed expected 1 argument, got " + args.length);
            }
            Object seq = args[0];
            PyType st = Py.typeOf(seq);
            Object rev = st.lookup("__reversed__");
            if (rev == Py.None) {
                throw Exceptions.typeError("'" + st.name() + "' object is not reversible");
            }
            if (rev != null) {
                return Ops.invoke(rev, seq);
            }
            if (st.lookup("__getitem__") == null || st.isSubtypeOf(BuiltinTypes.DICT)) {
                throw Exceptions.typeError("'" + st.name() + "' object is not reversible");
            }
            return new Reversed((PyType) cls, seq, Ops.len(seq) - 1);
        });
    }

    /** {@code enumerate(iterable, start=0)}: (count, item) pairs; the count goes big past a long. */
    static final class Enumerate extends PyIterator {
        private final Object it;
        private Object count;

        Enumerate(PyType type, Object it, Object count) {
            super(type);
            this.it = it;
            this.count = count;
        }

        @Override
        public Object next() {
            Object x = Ops.next(it);
            if (x == null) {
                return null;
            }
            Object c = count;
            if (c instanceof Long l && l != Long.MAX_VALUE) {
                count = l + 1;
            } else {
                count = Py.newInt(Py.toBig(c).add(BigInteger.ONE));
            }
            return PyTuple.of(c, x);
        }

        @Override
        public PyTuple reduce() {
            return PyTuple.of(type, PyTuple.of(it, count));
        }
    }

    /** {@code zip(*iterables, strict=False)}. */
    static final class Zip extends PyIterator {
        private Object[] its;
        private boolean strict;

        Zip(PyType type, Object[] its, boolean strict) {
            super(type);
            this.its = its;
            this.strict = strict;
        }

        @Override
        public Object next() {
            Object[] iters = its;
            if (iters == null || iters.length == 0) {
                return null;
            }
            Object[] out = new Object[iters.length];
            for (int i = 0; i < iters.length; i++) {
                Object x = Ops.next(iters[i]);
                if (x == null) {
                    its = null;
                    if (strict) {
                        checkStrict(iters, i);
                    }
                    return null;
                }
                out[i] = x;
            }
            return PyTuple.of(out);
        }

        @Override
        public PyTuple reduce() {
            PyTuple iters = its == null ? PyTuple.EMPTY : PyTuple.of(its.clone());
            return strict ? PyTuple.of(type, iters, Boolean.TRUE) : PyTuple.of(type, iters);
        }

        @Override
        public void setState(Object state) {
            strict = Ops.isTrue(state);
        }

        private static void checkStrict(Object[] iters, int exhausted) {
            if (exhausted > 0) {
                throw Exceptions.valueError("zip() argument " + (exhausted + 1) + " is shorter than argument"
                    + (exhausted == 1 ? " " : "s 1-") + exhausted);
            }
            for (int i = 1; i < iters.length; i++) {
                if (Ops.next(iters[i]) != null) {
                    throw Exceptions.valueError("zip() argument " + (i + 1) + " is longer than argument"
                        + (i == 1 ? " " : "s 1-") + i);
                }
            }
        }
    }

    /** {@code map(function, *iterables)}: stops with the shortest iterable. */
    static final class MapIterator extends PyIterator {
        private final Object function;
        private final Object[] its;

        MapIterator(PyType type, Object function, Object[] its) {
            super(type);
            this.function = function;
            this.its = its;
        }

        @Override
        public Object next() {
            Object[] args = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object x = Ops.next(its[i]);
                if (x == null) {
                    return null;
                }
                args[i] = x;
            }
            return Ops.call(function, args);
        }

        @Override
        public PyTuple reduce() {
            Object[] args = new Object[its.length + 1];
            args[0] = function;
            System.arraycopy(its, 0, args, 1, its.length);
            return PyTuple.of(type, PyTuple.of(args));
        }
    }

    /** {@code filter(function or None, iterable)}. */
    static final class Filter extends PyIterator {
        private final Object function;
        private final Object it;

        Filter(PyType type, Object function, Object it) {
            super(type);
            this.function = function;
            this.it = it;
        }

        @Override
        public Object next() {
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                boolean keep = function == Py.None || function == BuiltinTypes.BOOL ? Ops.isTrue(x)
                    : Ops.isTrue(Ops.call(function, x));
                if (keep) {
                    return x;
                }
            }
            return null;
        }

        @Override
        public PyTuple reduce() {
            return PyTuple.of(type, PyTuple.of(function, it));
        }
    }

    /** {@code reversed(seq)} for a sequence without {@code __reversed__}: indexes from len-1 down. */
    static final class Reversed extends PyIterator {
        private Object seq;
        private long index;

        Reversed(PyType type, Object seq, long index) {
            super(type);
            this.seq = seq;
            this.index = index;
        }

        @Override
        public Object next() {
            if (seq == null || index < 0) {
                seq = null;
                return null;
            }
            try {
                return Ops.getItem(seq, index--);
            } catch (PyException e) {
                if (e.matches(Exceptions.INDEX_ERROR) || e.matches(Exceptions.STOP_ITERATION)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }

        @Override
        public int lengthHint() {
            if (seq == null) {
                return 0;
            }
            long position = index + 1;
            return position > Ops.len(seq) ? 0 : (int) position;
        }

        @Override
        public PyTuple reduce() {
            return seq == null ? PyTuple.of(type, PyTuple.of(PyTuple.EMPTY)) : PyTuple.of(type, PyTuple.of(seq), index);
        }

        @Override
        public void setState(Object state) {
            if (seq != null) {
                long n = Ops.len(seq);
                index = Math.max(-1, Math.min((Long) Ops.index(state), n - 1));
            }
        }
    }
}
