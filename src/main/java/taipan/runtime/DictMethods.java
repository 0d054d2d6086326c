package taipan.runtime;

/**
 * The methods of {@code dict} with CPython 3.11's behaviour and messages:
 * construction and update (mappings, iterables of pairs, keywords),
 * repr, subscription with {@code __missing__} for subclasses, equality, the
 * {@code |} operators, get/setdefault/pop/popitem/copy/clear/fromkeys, and the
 * dict iterators (which detect a size change). The views are in
 * {@link DictViews}.
 */
public final class DictMethods {
    private DictMethods() {}

    public static final PyType KEY_ITERATOR = PyIterator.defineIteratorType("dict_keyiterator");
    public static final PyType VALUE_ITERATOR = PyIterator.defineIteratorType("dict_valueiterator");
    public static final PyType ITEM_ITERATOR = PyIterator.defineIteratorType("dict_itemiterator");
    public static final PyType REVERSE_KEY_ITERATOR = PyIterator.defineIteratorType("dict_reversekeyiterator");
    public static final PyType REVERSE_VALUE_ITERATOR = PyIterator.defineIteratorType("dict_reversevalueiterator");
    public static final PyType REVERSE_ITEM_ITERATOR = PyIterator.defineIteratorType("dict_reverseitemiterator");

    /** What a dict iterator yields. */
    enum Kind { KEYS, VALUES, ITEMS }

    static void install() {
        PyType t = BuiltinTypes.DICT;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "dict.__new__", "cls, *args, **kwargs", (s, a) -> {
                if (!(a[0] instanceof PyType cls) || !cls.isSubtypeOf(BuiltinTypes.DICT)) {
                    throw Exceptions.typeError("dict.__new__(X): X is not a subtype of dict");
                }
                return new PyDict(cls);
            })));
        MethodDescriptor.define(t, "__init__", "*args, **kwargs", (self, a) -> {
            update((PyDict) self, "dict", (PyTuple) a[0], (PyDict) a[1]);
            return Py.None;
        });
        MethodDescriptor.define(t, "update", "*args, **kwargs", (self, a) -> {
            update((PyDict) self, "update", (PyTuple) a[0], (PyDict) a[1]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of(repr((PyDict) self)));
        t.define("__hash__", Py.None);
        MethodDescriptor.define(t, "__len__", "", (self, a) -> (long) ((PyDict) self).size());
        MethodDescriptor.define(t, "__getitem__", "key, /", (self, a) -> getItem((PyDict) self, a[0]));
        MethodDescriptor.define(t, "__setitem__", "key, value, /", (self, a) -> {
            ((PyDict) self).put(a[0], a[1]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__delitem__", "key, /", (self, a) -> {
            if (((PyDict) self).remove(a[0]) == null) {
                throw Exceptions.keyError(a[0]);
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "__contains__", "key, /", (self, a) -> Py.bool(((PyDict) self).containsKey(a[0])));
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> new DictIterator((PyDict) self, Kind.KEYS, false));
        MethodDescriptor.define(t, "__reversed__", "", (self, a) -> new DictIterator((PyDict) self, Kind.KEYS, true));
        MethodDescriptor.define(t, "__eq__", "other, /", (self, a) ->
            a[0] instanceof PyDict o ? Py.bool(equal((PyDict) self, o)) : Py.NotImplemented);
        MethodDescriptor.define(t, "__ne__", "other, /", (self, a) ->
            a[0] instanceof PyDict o ? Py.bool(!equal((PyDict) self, o)) : Py.NotImplemented);
        MethodDescriptor.define(t, "__or__", "other, /", (self, a) -> {
            if (!(a[0] instanceof PyDict o)) {
                return Py.NotImplemented;
            }
            PyDict r = ((PyDict) self).copy();
            merge(r, o);
            return r;
        });
        MethodDescriptor.define(t, "__ror__", "other, /", (self, a) -> {
            if (!(a[0] instanceof PyDict o)) {
                return Py.NotImplemented;
            }
            PyDict r = o.copy();
            merge(r, (PyDict) self);
            return r;
        });
        MethodDescriptor.define(t, "__ior__", "other, /", (self, a) -> {
            updateFrom((PyDict) self, a[0]);
            return self;
        });
        MethodDescriptor.define(t, "get", "key, default=None, /", (self, a) -> {
            Object v = ((PyDict) self).get(a[0]);
            return v == null ? a[1] : v;
        });
        MethodDescriptor.define(t, "setdefault", "key, default=None, /", (self, a) -> {
            PyDict d = (PyDict) self;
            Object old = d.putIfAbsent(a[0], Ops.hash(a[0]), a[1]);
            return old != null ? old : a[1];
        });
        MethodDescriptor.define(t, "pop", "key, default=?, /", (self, a) -> {
            PyDict d = (PyDict) self;
            Object v = d.size() == 0 ? null : d.remove(a[0]);
            if (v == null) {
                if (a[1] == null) {
                    throw Exceptions.keyError(a[0]);
                }
                return a[1];
            }
            return v;
        });
        MethodDescriptor.define(t, "popitem", "", (self, a) -> {
            PyDict d = (PyDict) self;
            int i = d.lastEntry();
            if (i < 0) {
                throw Exceptions.error(Exceptions.KEY_ERROR, "popitem(): dictionary is empty");
            }
            Object k = d.keyAt(i);
            Object v = d.valueAt(i);
            d.remove(k);
            return PyTuple.of(k, v);
        });
        MethodDescriptor.define(t, "keys", "", (self, a) -> new DictViews.View(DictViews.KEYS, (PyDict) self));
        MethodDescriptor.define(t, "values", "", (self, a) -> new DictViews.View(DictViews.VALUES, (PyDict) self));
        MethodDescriptor.define(t, "items", "", (self, a) -> new DictViews.View(DictViews.ITEMS, (PyDict) self));
        MethodDescriptor.define(t, "clear", "", (self, a) -> {
            ((PyDict) self).clear();
            return Py.None;
        });
        MethodDescriptor.define(t, "copy", "", (self, a) -> ((PyDict) self).copy());
        t.define("fromkeys", new ClassMethod(BuiltinTypes.CLASSMETHOD,
            BuiltinFunction.of("builtins", "fromkeys", "cls, *args", (s, a) -> {
                Object[] args = ((PyTuple) a[1]).items;
                if (args.length == 0) {
                    throw Exceptions.typeError("fromkeys expected at least 1 argument, got 0");
                }
                if (args.length > 2) {
                    throw Exceptions.typeError("fromkeys expected at most 2 arguments, got " + args.length);
                }
                Object value = args.length == 2 ? args[1] : Py.None;
                Object d = Ops.call(a[0]);
                boolean exact = d instanceof PyDict pd && pd.type == BuiltinTypes.DICT;
                if (exact && fromKeysHashed((PyDict) d, args[0], value)) {
                    return d;
                }
                Object it = Ops.iter(args[0]);
                for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
                    if (exact) {
                        ((PyDict) d).put(k, value);
                    } else {
                        Ops.setItem(d, k, value);
                    }
                }
                return d;
            })));
        t.define("__class_getitem__", new ClassMethod(BuiltinTypes.CLASSMETHOD,
            BuiltinFunction.of("builtins", "dict.__class_getitem__", "cls, item, /", (s, a) -> new GenericAlias(a[0], a[1]))));
        DictViews.install();
    }

    /**
     * dict.fromkeys into an exact dict from an exact dict, set or frozenset, reusing the hashes they
     * keep (no key is hashed again); false for other iterables.
     */
    private static boolean fromKeysHashed(PyDict d, Object keys, Object value) {
        if (keys instanceof PyDict src && src.type == BuiltinTypes.DICT) {
            int n = src.entryLimit();
            for (int i = 0; i < n && i < src.entryLimit(); i++) {
                Object k = src.keyAt(i);
                if (k != null) {
                    d.put(k, src.hashAt(i), value);
                }
            }
            return true;
        }
        if (keys instanceof PySet src && (src.type == BuiltinTypes.SET || src.type == BuiltinTypes.FROZENSET)) {
            Object[] table = src.table;
            long[] hashes = src.hashes;
            for (int i = 0; i < table.length; i++) {
                Object k = table[i];
                if (k != null && k != PySet.DUMMY) {
                    d.put(k, hashes[i], value);
                }
            }
            return true;
        }
        return false;
    }

    /** {@code repr(dict)}: {@code {1: 2}}, {@code {...}} when recursive. */
    static String repr(PyDict d) {
        if (d.size() == 0) {
            return "{}";
        }
        if (!ReprGuard.enter(d)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < d.entryLimit(); i++) {
                Object k = d.keyAt(i);
                if (k == null) {
                    continue;
                }
                Object v = d.valueAt(i);
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Ops.reprString(k)).append(": ").append(Ops.reprString(v));
            }
            return sb.append('}').toString();
        } finally {
            ReprGuard.exit(d);
        }
    }

    /** {@code d[key]}: KeyError, or {@code __missing__} of a subclass. */
    static Object getItem(PyDict d, Object key) {
        Object v = d.get(key);
        if (v != null) {
            return v;
        }
        if (d.type != BuiltinTypes.DICT) {
            Object missing = d.type.lookup("__missing__");
            if (missing != null) {
                return Ops.invoke(missing, d, key);
            }
        }
        throw Exceptions.keyError(key);
    }

    /** Order-insensitive equality of two dicts. */
    static boolean equal(PyDict a, PyDict b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.entryLimit(); i++) {
            Object k = a.keyAt(i);
            if (k == null) {
                continue;
            }
            Object av = a.valueAt(i);
            int j = b.find(k, a.hashAt(i));
            if (j < 0) {
                return false;
            }
            if (!Ops.eq(av, b.valueAt(j))) {
                return false;
            }
        }
        return true;
    }

    /** {@code dict(*args, **kw)} and {@code d.update(*args, **kw)}. */
    static void update(PyDict d, String name, PyTuple args, PyDict kwargs) {
        if (args.items.length > 1) {
            throw Exceptions.typeError(name + " expected at most 1 argument, got " + args.items.length);
        }
        if (args.items.length == 1) {
            updateFrom(d, args.items[0]);
        }
        if (kwargs.size() > 0) {
            merge(d, kwargs);
        }
    }

    /** Adds the items of a mapping (anything with {@code keys()}) or of an iterable of pairs. */
    static void updateFrom(PyDict d, Object arg) {
        if (arg instanceof PyDict o && o.type.lookup("__iter__") == BuiltinTypes.DICT.ownMember("__iter__")
            && o.type.lookup("keys") == BuiltinTypes.DICT.ownMember("keys")) {
            merge(d, o);
            return;
        }
        Object keys = Ops.getAttrOrNull(arg, "keys");
        if (keys != null) {
            Object it = Ops.iter(Ops.call(keys));
            for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
                d.put(k, Ops.getItem(arg, k));
            }
            return;
        }
        Object it = Ops.iter(arg);
        int n = 0;
        for (Object item = Ops.next(it); item != null; item = Ops.next(it), n++) {
            Object[] pair;
            try {
                pair = Iterables.toArray(item);
            } catch (PyException e) {
                if (e.matches(Exceptions.TYPE_ERROR)) {
                    throw Exceptions.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
                }
                throw e;
            }
            if (pair.length != 2) {
                throw Exceptions.valueError("dictionary update sequence element #" + n + " has length " + pair.length
                    + "; 2 is required");
            }
            d.put(pair[0], pair[1]);
        }
    }

    /** Copies every item of {@code src} into {@code d}; RuntimeError when key comparisons add to or clear {@code src}. */
    static void merge(PyDict d, PyDict src) {
        if (d == src) {
            return;
        }
        int n = src.entryLimit();
        for (int i = 0; i < n; i++) {
            Object k = src.keyAt(i);
            if (k != null) {
                d.put(k, src.hashAt(i), src.valueAt(i));
                if (src.entryLimit() != n) {
                    throw Exceptions.runtimeError("dict mutated during update");
                }
            }
        }
    }

    /** The iterators over a dict's keys, values or items, forwards or backwards. */
    static final class DictIterator extends PyIterator {
        private PyDict dict;
        private final Kind kind;
        private final boolean reversed;
        /** The dict's size when iteration began; -1 once a size change was reported (the error repeats). */
        private int size;
        private int remaining;
        private int pos;

        DictIterator(PyDict dict, Kind kind, boolean reversed) {
            super(typeFor(kind, reversed));
            this.dict = dict;
            this.kind = kind;
            this.reversed = reversed;
            this.size = dict.size();
            this.remaining = size;
            this.pos = reversed ? dict.entryLimit() - 1 : 0;
        }

        private static PyType typeFor(Kind kind, boolean reversed) {
            return switch (kind) {
                case KEYS -> reversed ? REVERSE_KEY_ITERATOR : KEY_ITERATOR;
                case VALUES -> reversed ? REVERSE_VALUE_ITERATOR : VALUE_ITERATOR;
                case ITEMS -> reversed ? REVERSE_ITEM_ITERATOR : ITEM_ITERATOR;
            };
        }

        @Override
        public Object next() {
            PyDict d = dict;
            if (d == null) {
                return null;
            }
            if (d.size() != size) {
                size = -1;
                throw Exceptions.runtimeError("dictionary changed size during iteration");
            }
            int i = pos;
            if (reversed) {
                while (i >= 0 && (i >= d.entryLimit() || d.keyAt(i) == null)) {
                    i--;
                }
                if (i < 0) {
                    dict = null;
                    return null;
                }
                pos = i - 1;
            } else {
                int limit = d.entryLimit();
                while (i < limit && d.keyAt(i) == null) {
                    i++;
                }
                if (i >= limit) {
                    dict = null;
                    return null;
                }
                pos = i + 1;
            }
            if (remaining == 0) {
                dict = null;
                throw Exceptions.runtimeError("dictionary keys changed during iteration");
            }
            remaining--;
            return switch (kind) {
                case KEYS -> d.keyAt(i);
                case VALUES -> d.valueAt(i);
                case ITEMS -> PyTuple.of(d.keyAt(i), d.valueAt(i));
            };
        }

        @Override
        public int lengthHint() {
            return dict != null && dict.size() == size ? remaining : 0;
        }

        /** Pickled as the list of what is left, as CPython does. */
        @Override
        public PyTuple reduce() {
            PyList rest = new PyList();
            if (dict != null) {
                DictIterator copy = new DictIterator(dict, kind, reversed);
                copy.size = size;
                copy.remaining = remaining;
                copy.pos = pos;
                for (Object x = copy.next(); x != null; x = copy.next()) {
                    rest.append(x);
                }
            }
            return PyTuple.of(builtin("iter"), PyTuple.of(rest));
        }
    }
}
