package taipan.runtime;

import java.math.BigInteger;

/**
 * The methods of {@code list} with CPython 3.11's behaviour and messages:
 * construction, repr, comparison, indexing and (extended) slicing with
 * assignment and deletion, concatenation and repetition, the mutating
 * methods, and the list iterators. Sorting is in {@link ListSort}.
 */
public final class ListMethods {
    /** The body of {@code list.append} (the interpreter's method call recognizes it). */
    public static final BuiltinFunction.Body APPEND = (self, a) -> {
        ((PyList) self).append(a[0]);
        return Py.None;
    };

    private ListMethods() {}

    public static final PyType ITERATOR = PyIterator.defineIteratorType("list_iterator");
    public static final PyType REVERSE_ITERATOR = PyIterator.defineIteratorType("list_reverseiterator");

    static void install() {
        PyType t = BuiltinTypes.LIST;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "list.__new__", "cls, *args, **kwargs", (s, a) -> {
                if (!(a[0] instanceof PyType cls) || !cls.isSubtypeOf(BuiltinTypes.LIST)) {
                    throw Exceptions.typeError("list.__new__(X): X is not a subtype of list");
                }
                return new PyList(cls);
            })));
        MethodDescriptor.define(t, "__init__", "*args, **kwargs", (self, a) -> {
            Object[] args = ((PyTuple) a[0]).items;
            if (((PyDict) a[1]).size() > 0 && Iterators.keepsNew(Py.typeOf(self), BuiltinTypes.LIST)) {
                throw Exceptions.typeError("list() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Exceptions.typeError("list expected at most 1 argument, got " + args.length);
            }
            PyList l = (PyList) self;
            l.clear();
            if (args.length == 1) {
                Object[] src = Iterables.toArray(args[0]);
                l.setAll(src);
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of(repr((PyList) self)));
        t.define("__hash__", Py.None);
        for (CompareOp op : CompareOp.values()) {
            MethodDescriptor.define(t, op.method, "other, /", (self, a) ->
                a[0] instanceof PyList o ? compare((PyList) self, o, op) : Py.NotImplemented);
        }
        MethodDescriptor.define(t, "__len__", "", (self, a) -> (long) ((PyList) self).size);
        MethodDescriptor.define(t, "__getitem__", "index, /", (self, a) -> getItem((PyList) self, a[0]));
        MethodDescriptor.define(t, "__setitem__", "index, value, /", (self, a) -> {
            setItem((PyList) self, a[0], a[1]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__delitem__", "index, /", (self, a) -> {
            delItem((PyList) self, a[0]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__contains__", "key, /", (self, a) -> Py.bool(indexOf((PyList) self, a[0], 0, Integer.MAX_VALUE) >= 0));
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> new ListIterator((PyList) self));
        MethodDescriptor.define(t, "__reversed__", "", (self, a) -> new ListReverseIterator((PyList) self));
        MethodDescriptor.define(t, "__add__", "value, /", (self, a) -> {
            if (!(a[0] instanceof PyList o)) {
                return Py.NotImplemented;
            }
            return ((PyList) self).concat(o);
        });
        MethodDescriptor.define(t, "__iadd__", "value, /", (self, a) -> {
            extend((PyList) self, a[0]);
            return self;
        });
        MethodDescriptor.define(t, "__mul__", "value, /", (self, a) -> repeat((PyList) self, a[0]));
        MethodDescriptor.define(t, "__rmul__", "value, /", (self, a) -> repeat((PyList) self, a[0]));
        MethodDescriptor.define(t, "__imul__", "value, /", (self, a) -> {
            Object r = repeat((PyList) self, a[0]);
            if (r instanceof PyList l) {
                ((PyList) self).setAll(l.toArray());
                return self;
            }
            return r;
        });
        MethodDescriptor.define(t, "append", "object, /", APPEND);
        MethodDescriptor.define(t, "extend", "iterable, /", (self, a) -> {
            extend((PyList) self, a[0]);
            return Py.None;
        });
        MethodDescriptor.define(t, "insert", "index, object, /", (self, a) -> {
            PyList l = (PyList) self;
            long i = clampIndex(Ops.index(a[0]));
            if (i < 0) {
                i = Math.max(0, i + l.size);
            }
            l.insert((int) Math.min(i, l.size), a[1]);
            return Py.None;
        });
        MethodDescriptor.define(t, "pop", "index=-1, /", (self, a) -> {
            PyList l = (PyList) self;
            if (l.size == 0) {
                throw Exceptions.indexError("pop from empty list");
            }
            long i = sequenceIndex(Ops.index(a[0]));
            if (i < 0) {
                i += l.size;
            }
            if (i < 0 || i >= l.size) {
                throw Exceptions.indexError("pop index out of range");
            }
            return l.removeAt((int) i);
        });
        MethodDescriptor.define(t, "remove", "value, /", (self, a) -> {
            PyList l = (PyList) self;
            int i = indexOf(l, a[0], 0, Integer.MAX_VALUE);
            if (i < 0) {
                throw Exceptions.valueError("list.remove(x): x not in list");
            }
            l.removeAt(i);
            return Py.None;
        });
        MethodDescriptor.define(t, "index", "value, start=0, stop=9223372036854775807, /", (self, a) -> {
            PyList l = (PyList) self;
            int i = indexOf(l, a[0], boundArg(a[1], l.size), boundArg(a[2], l.size));
            if (i < 0) {
                throw Exceptions.valueError(Ops.reprString(a[0]) + " is not in list");
            }
            return (long) i;
        });
        MethodDescriptor.define(t, "count", "value, /", (self, a) -> {
            PyList l = (PyList) self;
            long n = 0;
            for (int i = 0; i < l.size; i++) {
                if (Ops.eq(l.get(i), a[0])) {
                    n++;
                }
            }
            return n;
        });
        MethodDescriptor.define(t, "reverse", "", (self, a) -> {
            ((PyList) self).reverse();
            return Py.None;
        });
        MethodDescriptor.define(t, "clear", "", (self, a) -> {
            ((PyList) self).clear();
            return Py.None;
        });
        MethodDescriptor.define(t, "copy", "", (self, a) -> new PyList(((PyList) self).toArray()));
        MethodDescriptor.define(t, "sort", "*args, key=None, reverse=False", (self, a) -> {
            if (((PyTuple) a[2]).items.length > 0) {
                throw Exceptions.typeError("sort() takes no positional arguments");
            }
            ListSort.sort((PyList) self, a[0], Ops.isTrue(a[1]));
            return Py.None;
        });
        t.define("__class_getitem__", new ClassMethod(BuiltinTypes.CLASSMETHOD,
            BuiltinFunction.of("builtins", "list.__class_getitem__", "cls, item, /", (s, a) -> new GenericAlias(a[0], a[1]))));
    }

    /** {@code repr(list)}: {@code [1, 2]}, {@code [...]} when recursive. */
    static String repr(PyList l) {
        if (l.size == 0) {
            return "[]";
        }
        if (!ReprGuard.enter(l)) {
            return "[...]";
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.reprString(l.get(i)));
            }
            return sb.append(']').toString();
        } finally {
            ReprGuard.exit(l);
        }
    }

    /** Lexicographic comparison of two lists (reading sizes live, as items may change them). */
    static Object compare(PyList v, PyList w, CompareOp op) {
        if (v.size != w.size && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return Py.bool(op == CompareOp.NE);
        }
        int i = 0;
        for (; i < v.size && i < w.size; i++) {
            if (!Ops.eq(v.get(i), w.get(i))) {
                break;
            }
        }
        if (i >= v.size || i >= w.size) {
            return Py.bool(op.test(Integer.compare(v.size, w.size)));
        }
        if (op == CompareOp.EQ) {
            return Boolean.FALSE;
        }
        if (op == CompareOp.NE) {
            return Boolean.TRUE;
        }
        return Ops.richCompare(v.get(i), w.get(i), op);
    }

    /** An integer subscript as a long; IndexError for ints beyond the index range. */
    static long sequenceIndex(Object i) {
        if (i instanceof Long l) {
            return l;
        }
        throw Exceptions.indexError("cannot fit 'int' into an index-sized integer");
    }

    /** An int clamped to the long range (for insert positions and search bounds). */
    static long clampIndex(Object i) {
        if (i instanceof Long l) {
            return l;
        }
        return ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** A start/stop argument of index(): clamped and made non-negative against {@code size}. */
    static int boundArg(Object v, int size) {
        if (!Ops.isInt(v) && Py.typeOf(v).lookup("__index__") == null) {
            throw Exceptions.typeError("slice indices must be integers or have an __index__ method");
        }
        long i = clampIndex(Ops.index(v));
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        return (int) Math.min(i, Integer.MAX_VALUE);
    }

    /** Whether {@code key} can subscript a sequence as an integer. */
    static boolean isIndex(Object key) {
        return Ops.isInt(key) || !(key instanceof PySlice) && Py.typeOf(key).lookup("__index__") != null;
    }

    private static PyException badIndex(Object key) {
        return Exceptions.typeError("list indices must be integers or slices, not " + Py.typeOf(key).name());
    }

    static Object getItem(PyList l, Object key) {
        if (isIndex(key)) {
            long i = sequenceIndex(Ops.index(key));
            if (i < 0) {
                i += l.size;
            }
            if (i < 0 || i >= l.size) {
                throw Exceptions.indexError("list index out of range");
            }
            return l.get((int) i);
        }
        if (key instanceof PySlice s) {
            return new PyList(l.slice(SliceIndices.of(s, l.size)));
        }
        throw badIndex(key);
    }

    static void setItem(PyList l, Object key, Object value) {
        if (isIndex(key)) {
            long i = sequenceIndex(Ops.index(key));
            if (i < 0) {
                i += l.size;
            }
            if (i < 0 || i >= l.size) {
                throw Exceptions.indexError("list assignment index out of range");
            }
            l.set((int) i, value);
            return;
        }
        if (!(key instanceof PySlice s)) {
            throw badIndex(key);
        }
        SliceIndices si = SliceIndices.of(s, l.size);
        if (si.step() == 1) {
            Object[] src = value == l ? l.toArray() : sequenceFast(value, "can only assign an iterable");
            l.replace(si.start(), Math.max(si.start(), si.stop()), src);
            return;
        }
        Object[] src = value == l ? l.toArray() : sequenceFast(value, "must assign iterable to extended slice");
        if (src.length != si.count()) {
            throw Exceptions.valueError("attempt to assign sequence of size " + src.length
                + " to extended slice of size " + si.count());
        }
        for (int k = 0; k < src.length; k++) {
            l.set(si.at(k), src[k]);
        }
    }

    private static Object[] sequenceFast(Object v, String message) {
        try {
            return Iterables.toArray(v);
        } catch (PyException e) {
            if (e.matches(Exceptions.TYPE_ERROR) && Py.typeOf(v).lookup("__iter__") == null
                && Py.typeOf(v).lookup("__getitem__") == null) {
                throw Exceptions.typeError(message);
            }
            throw e;
        }
    }

    static void delItem(PyList l, Object key) {
        if (isIndex(key)) {
            long i = sequenceIndex(Ops.index(key));
            if (i < 0) {
                i += l.size;
            }
            if (i < 0 || i >= l.size) {
                throw Exceptions.indexError("list assignment index out of range");
            }
            l.removeAt((int) i);
            return;
        }
        if (!(key instanceof PySlice s)) {
            throw badIndex(key);
        }
        SliceIndices si = SliceIndices.of(s, l.size);
        if (si.step() == 1) {
            l.replace(si.start(), Math.max(si.start(), si.stop()), new Object[0]);
            return;
        }
        if (si.count() == 0) {
            return;
        }
        boolean[] drop = new boolean[l.size];
        for (int k = 0; k < si.count(); k++) {
            drop[si.at(k)] = true;
        }
        Object[] kept = new Object[l.size - si.count()];
        int n = 0;
        for (int i = 0; i < l.size; i++) {
            if (!drop[i]) {
                kept[n++] = l.get(i);
            }
        }
        l.setAll(kept);
    }

    /** {@code list.extend(iterable)} (the list itself included). */
    static void extend(PyList l, Object iterable) {
        Object[] src = iterable == l ? l.toArray() : Iterables.toArray(iterable);
        l.appendAll(src, src.length);
    }

    private static Object repeat(PyList l, Object n) {
        if (!isIndex(n)) {
            return Py.NotImplemented;
        }
        Object[] r = repeatItems(l.toArray(), l.size, Ops.index(n));
        return new PyList(r);
    }

    /** The first {@code size} items of {@code items} repeated {@code n} times (n an int). */
    static Object[] repeatItems(Object[] items, int size, Object n) {
        if (!(n instanceof Long)) {
            throw Exceptions.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long times = (Long) n;
        if (times <= 0 || size == 0) {
            return new Object[0];
        }
        if (times > Integer.MAX_VALUE / size) {
            throw Exceptions.withArgs(Exceptions.MEMORY_ERROR);
        }
        Object[] out = new Object[(int) (size * times)];
        for (int k = 0; k < times; k++) {
            System.arraycopy(items, 0, out, k * size, size);
        }
        return out;
    }

    /** The first index in [start, stop) whose item equals {@code x}, or -1 (sizes read live). */
    static int indexOf(PyList l, Object x, int start, int stop) {
        for (int i = start; i < stop && i < l.size; i++) {
            if (Ops.eq(l.get(i), x)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code iter(list)}: reads the list live, so appends during iteration are seen. */
    public static final class ListIterator extends PyIterator {
        private PyList list;
        private int index;

        ListIterator(PyList list) {
            super(ITERATOR);
            this.list = list;
        }

        @Override
        public Object next() {
            PyList l = list;
            if (l != null) {
                if (index < l.size) {
                    return l.get(index++);
                }
                list = null;
            }
            return null;
        }

        @Override
        public int lengthHint() {
            return list == null ? 0 : Math.max(0, list.size - index);
        }

        @Override
        public PyTuple reduce() {
            Object iter = builtin("iter"); // may run Python code (a patched builtins dict): before reading the state
            return list == null ? PyTuple.of(iter, PyTuple.of(new PyList())) : PyTuple.of(iter, PyTuple.of(list), (long) index);
        }

        @Override
        public void setState(Object state) {
            if (list != null) {
                index = clampIndex(state, list.size);
            }
        }
    }

    /** {@code reversed(list)}. */
    static final class ListReverseIterator extends PyIterator {
        private PyList list;
        private int index;

        ListReverseIterator(PyList list) {
            super(REVERSE_ITERATOR);
            this.list = list;
            this.index = list.size - 1;
        }

        @Override
        public Object next() {
            PyList l = list;
            if (l != null) {
                if (index >= 0 && index < l.size) {
                    return l.get(index--);
                }
                list = null;
            }
            return null;
        }

        @Override
        public int lengthHint() {
            return list == null || index >= list.size ? 0 : index + 1;
        }

        @Override
        public PyTuple reduce() {
            Object reversed = builtin("reversed"); // may run Python code: before reading the state
            return list == null ? PyTuple.of(builtin("iter"), PyTuple.of(new PyList()))
                : PyTuple.of(reversed, PyTuple.of(list), (long) index);
        }

        @Override
        public void setState(Object state) {
            if (list != null) {
                long i = (Long) Ops.index(state);
                index = (int) Math.max(-1, Math.min(i, list.size - 1));
            }
        }
    }
}
