package taipan.modules;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.CallArgs;
import taipan.runtime.ClassMethod;
import taipan.runtime.CompareOp;
import taipan.runtime.Exceptions;
import taipan.runtime.GenericAlias;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.ObjectMethods;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyMethod;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.ReprGuard;
import taipan.runtime.StaticMethod;

/**
 * The {@code _functools} module under {@code functools}: {@code reduce}, {@code cmp_to_key}
 * (type {@code functools.KeyWrapper}), {@code partial} (flattening nested partials, with
 * CPython's repr, {@code __reduce__}/{@code __setstate__} and an instance dict) and
 * {@code _lru_cache_wrapper}, the cache behind {@code functools.lru_cache}: keys made as
 * {@code functools._make_key} makes them, a least-recently-used order kept by a
 * {@link LinkedHashMap} in access order over keys compared with Python equality, hit and
 * miss counts, {@code cache_info}/{@code cache_clear}, binding as a method like a function.
 */
public final class FunctoolsModule {
    private FunctoolsModule() {}

    static final PyType PARTIAL = BuiltinTypes.builtin("partial", BuiltinTypes.OBJECT, null);
    static final PyType KEY_WRAPPER = BuiltinTypes.builtin("KeyWrapper", BuiltinTypes.OBJECT, null);
    static final PyType LRU_WRAPPER = BuiltinTypes.builtin("_lru_cache_wrapper", BuiltinTypes.OBJECT, null);
    /** Separates positional from keyword arguments in cache keys (CPython's {@code kwd_mark}). */
    private static final PyObject KWD_MARK = new PyObject(BuiltinTypes.OBJECT) { };

    private static boolean installed;

    public static PyModule create() {
        install();
        PyModule m = new PyModule("_functools");
        m.dict.put(PyStr.of("partial"), PARTIAL);
        m.dict.put(PyStr.of("KeyWrapper"), KEY_WRAPPER);
        m.dict.put(PyStr.of("_lru_cache_wrapper"), LRU_WRAPPER);
        m.dict.put(PyStr.of("reduce"), BuiltinFunction.of("_functools", "reduce", "*args", (s, a) -> reduce(((PyTuple) a[0]).items)));
        m.dict.put(PyStr.of("cmp_to_key"), BuiltinFunction.of("_functools", "cmp_to_key", "mycmp", (s, a) -> new KeyWrapper(a[0], null)));
        return m;
    }

    private static Object reduce(Object[] args) {
        if (args.length < 2 || args.length > 3) {
            throw Exceptions.typeError("reduce expected " + (args.length < 2 ? "at least 2" : "at most 3")
                + " arguments, got " + args.length);
        }
        Object it;
        try {
            it = Ops.iter(args[1]);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(Exceptions.TYPE_ERROR)) {
                throw Exceptions.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        Object result = args.length == 3 ? args[2] : null;
        for (Object v; (v = Ops.next(it)) != null; ) {
            result = result == null ? v : Ops.call(args[0], result, v);
        }
        if (result == null) {
            throw Exceptions.typeError("reduce() of empty iterable with no initial value");
        }
        return result;
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        installPartial();
        installKeyWrapper();
        installLruWrapper();
    }

    // ------------------------------------------------------------------ partial

    /** {@code functools.partial}: a callable with some arguments filled in. */
    static final class Partial extends PyObject {
        Object func;
        PyTuple args;
        PyDict keywords;

        Partial(PyType type) {
            super(type);
        }
    }

    private static void installPartial() {
        PyType t = PARTIAL;
        t.define("__module__", PyStr.of("functools"));
        t.instancesHaveDict = true;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("functools", "partial.__new__",
            "cls, *args, **keywords", (s, a) -> {
                Object[] args = ((PyTuple) a[1]).items;
                if (args.length == 0) {
                    throw Exceptions.typeError("type 'partial' takes at least one argument");
                }
                Object func = args[0];
                if (!taipan.builtins.BuiltinFunctions.isCallable(func)) {
                    throw Exceptions.typeError("the first argument must be callable");
                }
                Object[] rest = Arrays.copyOfRange(args, 1, args.length);
                PyDict keywords = (PyDict) a[2];
                if (func instanceof Partial inner && inner.slots == null
                        && Py.typeOf(inner).lookup("__call__") == PARTIAL.lookup("__call__")) {
                    rest = concat(inner.args.items, rest);
                    PyDict merged = inner.keywords.copy();
                    putAll(merged, keywords);
                    keywords = merged;
                    func = inner.func;
                }
                Partial p = new Partial((PyType) a[0]);
                p.func = func;
                p.args = new PyTuple(rest);
                p.keywords = keywords.copy();
                return p;
            })));
        GetSetDescriptor.define(t, "func", self -> ((Partial) self).func);
        GetSetDescriptor.define(t, "args", self -> ((Partial) self).args);
        GetSetDescriptor.define(t, "keywords", self -> ((Partial) self).keywords);
        MethodDescriptor.define(t, "__call__", "*args, **kwargs", (self, a) -> {
            Partial p = (Partial) self;
            Object[] args = concat(p.args.items, ((PyTuple) a[0]).items);
            PyDict kw = (PyDict) a[1];
            PyDict keywords;
            if (kw.size() == 0) {
                keywords = p.keywords;
            } else {
                keywords = p.keywords.copy();
                putAll(keywords, kw);
            }
            return CallArgs.call(p.func, args, keywords);
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            Partial p = (Partial) self;
            PyType type = Py.typeOf(self);
            String name = type == PARTIAL ? "functools.partial" : type.name();
            if (!ReprGuard.enter(self)) {
                return PyStr.of("...");
            }
            try {
                StringBuilder sb = new StringBuilder(name).append('(').append(Ops.reprString(p.func));
                for (Object arg : p.args.items) {
                    sb.append(", ").append(Ops.reprString(arg));
                }
                for (int i = 0; i < p.keywords.entryLimit(); i++) {
                    Object k = p.keywords.keyAt(i);
                    if (k != null) {
                        sb.append(", ").append(Ops.strString(k)).append('=').append(Ops.reprString(p.keywords.valueAt(i)));
                    }
                }
                return PyStr.of(sb.append(')').toString());
            } finally {
                ReprGuard.exit(self);
            }
        });
        MethodDescriptor.define(t, "__reduce__", "", (self, a) -> {
            Partial p = (Partial) self;
            Object dict = p.slots == null ? Py.None : Ops.getAttr(self, "__dict__");
            return PyTuple.of(Py.typeOf(self), PyTuple.of(p.func), PyTuple.of(p.func, p.args, p.keywords, dict));
        });
        MethodDescriptor.define(t, "__setstate__", "state, /", (self, a) -> {
            if (!(a[0] instanceof PyTuple state) || state.items.length != 4
                    || !taipan.builtins.BuiltinFunctions.isCallable(state.items[0])
                    || !(state.items[1] instanceof PyTuple args)
                    || state.items[2] != Py.None && !(state.items[2] instanceof PyDict)) {
                throw Exceptions.typeError("invalid partial state");
            }
            Partial p = (Partial) self;
            p.func = state.items[0];
            p.args = args.type == BuiltinTypes.TUPLE ? args : new PyTuple(args.items);
            p.keywords = state.items[2] == Py.None ? new PyDict() : ((PyDict) state.items[2]).copy();
            Object dict = state.items[3];
            if (dict != Py.None) {
                PyDict target = (PyDict) Ops.getAttr(self, "__dict__");
                target.clear();
                Object it = Ops.iter(dict);
                for (Object k; (k = Ops.next(it)) != null; ) {
                    target.put(k, Ops.getItem(dict, k));
                }
            }
            return Py.None;
        });
        t.define("__class_getitem__", new ClassMethod(BuiltinTypes.CLASSMETHOD,
            BuiltinFunction.of("functools", "__class_getitem__", "cls, item, /", (s, a) -> new GenericAlias(a[0], a[1]))));
    }

    private static void putAll(PyDict target, PyDict source) {
        for (int i = 0; i < source.entryLimit(); i++) {
            Object k = source.keyAt(i);
            if (k != null) {
                target.put(k, source.valueAt(i));
            }
        }
    }

    private static Object[] concat(Object[] a, Object[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        Object[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    // ------------------------------------------------------------------ cmp_to_key

    /** {@code functools.KeyWrapper}: from cmp_to_key (obj null), and the keys it makes when called. */
    static final class KeyWrapper extends PyObject {
        final Object cmp;
        final Object obj;

        KeyWrapper(Object cmp, Object obj) {
            super(KEY_WRAPPER);
            this.cmp = cmp;
            this.obj = obj;
        }
    }

    private static void installKeyWrapper() {
        PyType t = KEY_WRAPPER;
        t.define("__module__", PyStr.of("functools"));
        t.acceptsSubclasses = false;
        t.define("__hash__", Py.None);
        MethodDescriptor.define(t, "__call__", "*args, **kwargs", (self, a) -> {
            Object[] args = ((PyTuple) a[0]).items;
            PyDict kw = (PyDict) a[1];
            Object obj = args.length > 0 ? args[0] : kw.get(PyStr.of("obj"));
            if (args.length + kw.size() > 1 || obj == null) {
                if (obj == null && args.length + kw.size() == 0) {
                    throw Exceptions.typeError("K() missing required argument 'obj' (pos 1)");
                }
                throw Exceptions.typeError("K() takes at most 1 argument (" + (args.length + kw.size()) + " given)");
            }
            return new KeyWrapper(((KeyWrapper) self).cmp, obj);
        });
        GetSetDescriptor.define(t, "obj", self -> {
            Object obj = ((KeyWrapper) self).obj;
            if (obj == null) {
                throw Exceptions.noAttribute(self, "obj");
            }
            return obj;
        });
        for (CompareOp op : CompareOp.values()) {
            MethodDescriptor.define(t, op.method, "other, /", (self, a) -> {
                if (!(a[0] instanceof KeyWrapper other)) {
                    throw Exceptions.typeError("other argument must be K instance");
                }
                KeyWrapper k = (KeyWrapper) self;
                if (k.obj == null || other.obj == null) {
                    throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, "object");
                }
                return Ops.richCompare(Ops.call(k.cmp, k.obj, other.obj), 0L, op);
            });
        }
    }

    // ------------------------------------------------------------------ lru cache

    /** A cache key: a Python object with its hash, compared with Python equality. */
    private record Key(Object value, long hash) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && (k.value == value || Ops.eq(k.value, value));
        }

        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }
    }

    /** {@code functools._lru_cache_wrapper}. */
    static final class LruWrapper extends PyObject {
        final Object function;
        /** -1 for an unbounded cache. */
        final long maxsize;
        final boolean typed;
        final Object cacheInfoType;
        final LinkedHashMap<Key, Object> cache = new LinkedHashMap<>(16, 0.75f, true);
        long hits;
        long misses;

        LruWrapper(PyType type, Object function, long maxsize, boolean typed, Object cacheInfoType) {
            super(type);
            this.function = function;
            this.maxsize = maxsize;
            this.typed = typed;
            this.cacheInfoType = cacheInfoType;
        }

        Key key(Object[] args, PyDict kwargs) {
            int nkw = kwargs.size();
            if (nkw == 0 && !typed && args.length == 1) {
                Object a = args[0];
                if (a instanceof Long || a instanceof PyStr s && s.type == BuiltinTypes.STR) {
                    return new Key(a, Ops.hash(a));
                }
            }
            int n = args.length + (nkw > 0 ? 1 + 2 * nkw : 0);
            if (typed) {
                n += args.length + nkw;
            }
            Object[] parts = new Object[n];
            int i = 0;
            for (Object a : args) {
                parts[i++] = a;
            }
            if (nkw > 0) {
                parts[i++] = KWD_MARK;
                for (int j = 0; j < kwargs.entryLimit(); j++) {
                    if (kwargs.keyAt(j) != null) {
                        parts[i++] = kwargs.keyAt(j);
                        parts[i++] = kwargs.valueAt(j);
                    }
                }
            }
            if (typed) {
                for (Object a : args) {
                    parts[i++] = Py.typeOf(a);
                }
                for (int j = 0; j < kwargs.entryLimit(); j++) {
                    if (kwargs.keyAt(j) != null) {
                        parts[i++] = Py.typeOf(kwargs.valueAt(j));
                    }
                }
            }
            PyTuple t = new PyTuple(parts);
            return new Key(t, Ops.hash(t));
        }

        Object call(Object[] args, PyDict kwargs) {
            if (maxsize == 0) {
                synchronized (this) {
                    misses++;
                }
                return CallArgs.call(function, args, kwargs);
            }
            Key key = key(args, kwargs);
            Object cached;
            synchronized (this) {
                cached = cache.get(key);
                if (cached != null) {
                    hits++;
                    return cached;
                }
                misses++;
            }
            Object result = CallArgs.call(function, args, kwargs);
            synchronized (this) {
                if (!cache.containsKey(key)) {
                    cache.put(key, result);
                    if (maxsize > 0 && cache.size() > maxsize) {
                        Iterator<Map.Entry<Key, Object>> oldest = cache.entrySet().iterator();
                        oldest.next();
                        oldest.remove();
                    }
                }
            }
            return result;
        }
    }

    private static void installLruWrapper() {
        PyType t = LRU_WRAPPER;
        t.define("__module__", PyStr.of("functools"));
        t.instancesHaveDict = true;
        t.callFlags = PyType.METHOD_DESCRIPTOR;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("functools",
            "_lru_cache_wrapper.__new__", "cls, user_function, maxsize, typed, cache_info_type", (s, a) -> {
                if (!taipan.builtins.BuiltinFunctions.isCallable(a[1])) {
                    throw Exceptions.typeError("the first argument must be callable");
                }
                long maxsize;
                if (a[2] == Py.None) {
                    maxsize = -1;
                } else if (Ops.isInt(a[2])) {
                    Object v = Ops.intValue(a[2]);
                    maxsize = v instanceof Long l ? Math.max(l, 0) : Ops.lessThan(v, 0L) ? 0 : Long.MAX_VALUE;
                } else {
                    throw Exceptions.typeError("maxsize should be integer or None");
                }
                return new LruWrapper((PyType) a[0], a[1], maxsize, Ops.isTrue(a[3]), a[4]);
            })));
        MethodDescriptor.define(t, "__call__", "*args, **kwargs", (self, a) ->
            ((LruWrapper) self).call(((PyTuple) a[0]).items, (PyDict) a[1]));
        MethodDescriptor.define(t, "__get__", "instance, owner=None, /", (self, a) ->
            a[0] == Py.None ? self : new PyMethod(self, a[0]));
        MethodDescriptor.define(t, "cache_info", "", (self, a) -> {
            LruWrapper w = (LruWrapper) self;
            synchronized (w) {
                Object maxsize = w.maxsize < 0 ? Py.None : (Object) w.maxsize;
                return Ops.call(w.cacheInfoType, w.hits, w.misses, maxsize, (long) w.cache.size());
            }
        });
        MethodDescriptor.define(t, "cache_clear", "", (self, a) -> {
            LruWrapper w = (LruWrapper) self;
            synchronized (w) {
                w.cache.clear();
                w.hits = 0;
                w.misses = 0;
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "__reduce__", "", (self, a) -> Ops.getAttr(self, "__qualname__"));
        MethodDescriptor.define(t, "__copy__", "", (self, a) -> self);
        MethodDescriptor.define(t, "__deepcopy__", "memo, /", (self, a) -> self);
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of(ObjectMethods.defaultRepr(self)));
    }
}
