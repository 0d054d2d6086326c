package taipan.runtime;

/**
 * The methods of {@code tuple} with CPython 3.11's behaviour and messages:
 * construction (subclasses included), repr, hash, comparison, indexing and
 * slicing, concatenation, repetition, count, index and the tuple iterator.
 */
public final class TupleMethods {
    private TupleMethods() {}

    public static final PyType ITERATOR = PyIterator.defineIteratorType("tuple_iterator");

    static void install() {
        PyType t = BuiltinTypes.TUPLE;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "tuple", "cls, *args, **kwargs", (s, a) -> {
                Object[] args = ((PyTuple) a[1]).items;
                if (((PyDict) a[2]).size() > 0 && Iterators.keepsInit(a[0], BuiltinTypes.TUPLE)) {
                    throw Exceptions.typeError("tuple() takes no keyword arguments");
                }
                if (args.length > 1) {
                    throw Exceptions.typeError("tuple expected at most 1 argument, got " + args.length);
                }
                Object arg = args.length == 0 ? null : args[0];
                if (!(a[0] instanceof PyType cls) || !cls.isSubtypeOf(BuiltinTypes.TUPLE)) {
                    throw Exceptions.typeError("tuple.__new__(X): X is not a subtype of tuple");
                }
                if (cls == BuiltinTypes.TUPLE) {
                    if (arg == null) {
                        return PyTuple.EMPTY;
                    }
                    if (arg instanceof PyTuple x && x.type == BuiltinTypes.TUPLE) {
                        return x;
                    }
                    return PyTuple.of(Iterables.toArray(arg));
                }
                return new PyTuple(cls, arg == null ? new Object[0] : Iterables.toArray(arg));
            })));
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of(repr((PyTuple) self)));
        MethodDescriptor.define(t, "__hash__", "", (self, a) -> hash((PyTuple) self));
        for (CompareOp op : CompareOp.values()) {
            MethodDescriptor.define(t, op.method, "other, /", (self, a) ->
                a[0] instanceof PyTuple o ? compare(((PyTuple) self).items, o.items, op) : Py.NotImplemented);
        }
        MethodDescriptor.define(t, "__len__", "", (self, a) -> (long) ((PyTuple) self).items.length);
        MethodDescriptor.define(t, "__getitem__", "key, /", (self, a) -> getItem((PyTuple) self, a[0]));
        MethodDescriptor.define(t, "__contains__", "key, /", (self, a) ->
            Py.bool(indexOf(((PyTuple) self).items, a[0], 0, Integer.MAX_VALUE) >= 0));
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> new TupleIterator(((PyTuple) self).items));
        MethodDescriptor.define(t, "__add__", "value, /", (self, a) -> {
            if (!(a[0] instanceof PyTuple o)) {
                return Py.NotImplemented;
            }
            Object[] x = ((PyTuple) self).items;
            Object[] r = java.util.Arrays.copyOf(x, x.length + o.items.length);
            System.arraycopy(o.items, 0, r, x.length, o.items.length);
            return PyTuple.of(r);
        });
        MethodDescriptor.define(t, "__mul__", "value, /", (self, a) -> repeat((PyTuple) self, a[0]));
        MethodDescriptor.define(t, "__rmul__", "value, /", (self, a) -> repeat((PyTuple) self, a[0]));
        MethodDescriptor.define(t, "count", "value, /", (self, a) -> {
            long n = 0;
            for (Object x : ((PyTuple) self).items) {
                if (Ops.eq(x, a[0])) {
                    n++;
                }
            }
            return n;
        });
        MethodDescriptor.define(t, "index", "value, start=0, stop=9223372036854775807, /", (self, a) -> {
            Object[] items = ((PyTuple) self).items;
            int i = indexOf(items, a[0], ListMethods.boundArg(a[1], items.length),
                ListMethods.boundArg(a[2], items.length));
            if (i < 0) {
                throw Exceptions.valueError("tuple.index(x): x not in tuple");
            }
            return (long) i;
        });
        MethodDescriptor.define(t, "__getnewargs__", "", (self, a) -> PyTuple.of(PyTuple.of(((PyTuple) self).items)));
        t.define("__class_getitem__", new ClassMethod(BuiltinTypes.CLASSMETHOD,
            BuiltinFunction.of("builtins", "tuple.__class_getitem__", "cls, item, /", (s, a) -> new GenericAlias(a[0], a[1]))));
    }

    /** {@code repr(tuple)}: {@code (1,)}, {@code ()}, {@code (...)} when recursive. */
    static String repr(PyTuple t) {
        Object[] items = t.items;
        if (items.length == 0) {
            return "()";
        }
        if (!ReprGuard.enter(t)) {
            return "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.reprString(items[i]));
            }
            return sb.append(items.length == 1 ? ",)" : ")").toString();
        } finally {
            ReprGuard.exit(t);
        }
    }

    /** CPython's tuple hash over the items' hashes. */
    static long hash(PyTuple t) {
        long[] h = new long[t.items.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = Ops.hash(t.items[i]);
        }
        return Hashing.hashTuple(h);
    }

    /** Lexicographic comparison of two item arrays. */
    static Object compare(Object[] v, Object[] w, CompareOp op) {
        if (v.length != w.length && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return Py.bool(op == CompareOp.NE);
        }
        int i = 0;
        int n = Math.min(v.length, w.length);
        while (i < n && Ops.eq(v[i], w[i])) {
            i++;
        }
        if (i >= n) {
            return Py.bool(op.test(Integer.compare(v.length, w.length)));
        }
        if (op == CompareOp.EQ) {
            return Boolean.FALSE;
        }
        if (op == CompareOp.NE) {
            return Boolean.TRUE;
        }
        return Ops.richCompare(v[i], w[i], op);
    }

    static Object getItem(PyTuple t, Object key) {
        Object[] items = t.items;
        if (ListMethods.isIndex(key)) {
            long i = ListMethods.sequenceIndex(Ops.index(key));
            if (i < 0) {
                i += items.length;
            }
            if (i < 0 || i >= items.length) {
                throw Exceptions.indexError("tuple index out of range");
            }
            return items[(int) i];
        }
        if (key instanceof PySlice s) {
            SliceIndices si = SliceIndices.of(s, items.length);
            if (si.step() == 1 && si.count() == items.length && t.type == BuiltinTypes.TUPLE) {
                return t;
            }
            Object[] out = new Object[si.count()];
            for (int k = 0; k < out.length; k++) {
                out[k] = items[si.at(k)];
            }
            return PyTuple.of(out);
        }
        throw Exceptions.typeError("tuple indices must be integers or slices, not " + Py.typeOf(key).name());
    }

    private static Object repeat(PyTuple t, Object n) {
        if (!ListMethods.isIndex(n)) {
            return Py.NotImplemented;
        }
        Object times = Ops.index(n);
        if (times instanceof Long one && one == 1 && t.type == BuiltinTypes.TUPLE) {
            return t;
        }
        return PyTuple.of(ListMethods.repeatItems(t.items, t.items.length, times));
    }

    static int indexOf(Object[] items, Object x, int start, int stop) {
        for (int i = start; i < stop && i < items.length; i++) {
            if (Ops.eq(items[i], x)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code iter(tuple)}. */
    public static final class TupleIterator extends PyIterator {
        /** The items; null once exhausted. */
        private Object[] items;
        private int index;

        TupleIterator(Object[] items) {
            super(ITERATOR);
            this.items = items;
        }

        @Override
        public Object next() {
            Object[] t = items;
            if (t == null) {
                return null;
            }
            if (index < t.length) {
                return t[index++];
            }
            items = null;
            return null;
        }

        @Override
        public int lengthHint() {
            return items == null ? 0 : items.length - index;
        }

        @Override
        public PyTuple reduce() {
            Object iter = builtin("iter"); // may run Python code (a patched builtins dict): before reading the state
            return items != null ? PyTuple.of(iter, PyTuple.of(PyTuple.of(items)), (long) index)
                : PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
        }

        @Override
        public void setState(Object state) {
            if (items != null) {
                index = clampIndex(state, items.length);
            }
        }
    }
}
