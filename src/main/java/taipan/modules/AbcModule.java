package taipan.modules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import taipan.builtins.TypeChecks;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PySet;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * The {@code _abc} module, the accelerator {@code abc.ABCMeta} runs on: {@code _abc_init}
 * (the class's {@code __abstractmethods__}, its registry and caches, and the collection flag a
 * class declares with {@code __abc_tpflags__}), {@code _abc_register} (which also gives the
 * registered class, and its subclasses, the ABC's sequence or mapping flag for pattern
 * matching), {@code _abc_instancecheck}, {@code _abc_subclasscheck} (CPython's order: positive
 * cache, negative cache while the invalidation counter is unchanged, {@code __subclasshook__},
 * the MRO, the registry, the subclasses), {@code _get_dump}, {@code _reset_registry},
 * {@code _reset_caches} and {@code get_cache_token}.
 *
 * <p>The registry and caches hold classes weakly (identity-keyed), as CPython's sets of weak
 * references do; the per-class data is an {@code _abc._abc_data} object in the class's
 * {@code _abc_impl} attribute.
 */
public final class AbcModule {
    private AbcModule() {}

    static final PyType ABC_DATA = BuiltinTypes.builtin("_abc_data", BuiltinTypes.OBJECT, null);

    static {
        ABC_DATA.acceptsSubclasses = false;
        ABC_DATA.define("__module__", PyStr.of("_abc"));
    }

    /** Bumped by every registration: negative caches made before it are stale. */
    private static long invalidationCounter;

    /** An ABC's registry and caches. */
    static final class AbcData extends PyObject {
        final Set<PyType> registry = Collections.newSetFromMap(new WeakHashMap<>());
        final Set<PyType> cache = Collections.newSetFromMap(new WeakHashMap<>());
        final Set<PyType> negativeCache = Collections.newSetFromMap(new WeakHashMap<>());
        long negativeCacheVersion;

        AbcData() {
            super(ABC_DATA);
            negativeCacheVersion = counter();
        }

        synchronized boolean inCache(Object cls) {
            return cls instanceof PyType t && cache.contains(t);
        }

        synchronized boolean inNegativeCache(Object cls) {
            return cls instanceof PyType t && negativeCache.contains(t);
        }

        synchronized void addToCache(PyType cls) {
            cache.add(cls);
        }

        synchronized void addToNegativeCache(PyType cls) {
            negativeCache.add(cls);
        }

        synchronized List<PyType> registered() {
            return new ArrayList<>(registry);
        }
    }

    private static synchronized long counter() {
        return invalidationCounter;
    }

    private static synchronized void invalidate() {
        invalidationCounter++;
    }

    public static PyModule create() {
        PyModule m = new PyModule("_abc");
        fn(m, "get_cache_token", "", a -> counter());
        fn(m, "_abc_init", "self, /", a -> abcInit(a[0]));
        fn(m, "_abc_register", "self, subclass, /", a -> register(a[0], a[1]));
        fn(m, "_abc_instancecheck", "self, instance, /", a -> instanceCheck(a[0], a[1]));
        fn(m, "_abc_subclasscheck", "self, subclass, /", a -> subclassCheck(a[0], a[1]));
        fn(m, "_get_dump", "self, /", a -> dump(impl(a[0])));
        fn(m, "_reset_registry", "self, /", a -> {
            AbcData d = impl(a[0]);
            synchronized (d) {
                d.registry.clear();
            }
            return Py.None;
        });
        fn(m, "_reset_caches", "self, /", a -> {
            AbcData d = impl(a[0]);
            synchronized (d) {
                d.cache.clear();
                d.negativeCache.clear();
            }
            return Py.None;
        });
        return m;
    }

    private interface Body {
        Object apply(Object[] a);
    }

    private static void fn(PyModule m, String name, String spec, Body body) {
        m.dict.put(PyStr.of(name), BuiltinFunction.of("_abc", name, spec, (s, a) -> body.apply(a)));
    }

    private static AbcData impl(Object self) {
        Object data = Ops.getAttr(self, "_abc_impl");
        if (!(data instanceof AbcData d)) {
            throw Exceptions.typeError("_abc_impl is set to a wrong type");
        }
        return d;
    }

    private static Object abcInit(Object self) {
        computeAbstractMethods(self);
        Ops.setAttr(self, "_abc_impl", new AbcData());
        if (self instanceof PyType t) {
            Object flags = t.ownMember("__abc_tpflags__");
            if (flags != null) {
                if (flags instanceof Long v) {
                    long kinds = v & (PyType.SEQUENCE_FLAG | PyType.MAPPING_FLAG);
                    if (kinds == (PyType.SEQUENCE_FLAG | PyType.MAPPING_FLAG)) {
                        throw Exceptions.typeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
                    }
                    t.collectionFlags |= kinds;
                }
                Ops.setAttr(t, "__abc_tpflags__", null);
            }
        }
        return Py.None;
    }

    /** {@code __abstractmethods__}: the abstract names of the class body and the bases' abstract names still abstract here. */
    private static void computeAbstractMethods(Object self) {
        List<Object> names = new ArrayList<>();
        Object ns = Ops.getAttr(self, "__dict__");
        Object keys = Ops.iter(Ops.call(Ops.getAttr(ns, "keys")));
        for (Object key = Ops.next(keys); key != null; key = Ops.next(keys)) {
            if (isAbstract(Ops.getItem(ns, key))) {
                names.add(key);
            }
        }
        Object bases = Ops.getAttr(self, "__bases__");
        if (!(bases instanceof PyTuple tuple)) {
            throw Exceptions.typeError("__bases__ is not tuple");
        }
        for (Object base : tuple.items) {
            Object baseAbstracts = Ops.getAttrOrNull(base, "__abstractmethods__");
            if (baseAbstracts == null) {
                continue;
            }
            Object it = Ops.iter(baseAbstracts);
            for (Object key = Ops.next(it); key != null; key = Ops.next(it)) {
                Object value = Ops.getAttrOrNull(self, attributeName(key));
                if (value != null && isAbstract(value)) {
                    names.add(key);
                }
            }
        }
        PySet frozen = new PySet(BuiltinTypes.FROZENSET);
        for (Object n : names) {
            frozen.add(n);
        }
        Ops.setAttr(self, "__abstractmethods__", frozen);
    }

    private static String attributeName(Object key) {
        if (!(key instanceof PyStr name)) {
            throw Exceptions.typeError("attribute name must be string, not '" + Py.typeOf(key).name() + "'");
        }
        return name.value();
    }

    private static Object callMethod(Object self, String name, Object arg) {
        return Ops.call(Ops.getAttr(self, name), arg);
    }

    private static boolean isAbstract(Object value) {
        Object flag = Ops.getAttrOrNull(value, "__isabstractmethod__");
        return flag != null && Ops.isTrue(flag);
    }

    private static Object register(Object self, Object subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw Exceptions.typeError("Can only register classes");
        }
        if (TypeChecks.isSubclass(subclass, self)) {
            return subclass;
        }
        if (TypeChecks.isSubclass(self, subclass)) {
            throw Exceptions.error(Exceptions.RUNTIME_ERROR, "Refusing to create an inheritance cycle");
        }
        AbcData d = impl(self);
        synchronized (d) {
            d.registry.add(sub);
        }
        invalidate();
        if (self instanceof PyType t && t.collectionFlags != 0) {
            setCollectionFlagRecursive(sub, t.collectionFlags);
        }
        return subclass;
    }

    /** Gives {@code cls} and its subclasses the collection kind {@code flag}; built-in types keep theirs. */
    private static void setCollectionFlagRecursive(PyType cls, long flag) {
        if (cls.builtin || cls.collectionFlags == flag) {
            return;
        }
        cls.collectionFlags = flag;
        for (PyType sub : cls.subclasses()) {
            setCollectionFlagRecursive(sub, flag);
        }
    }

    private static Object instanceCheck(Object self, Object instance) {
        AbcData d = impl(self);
        Object subclass = Ops.getAttr(instance, "__class__");
        if (d.inCache(subclass)) {
            return Boolean.TRUE;
        }
        PyType subtype = Py.typeOf(instance);
        if (subtype == subclass) {
            if (d.negativeCacheVersion == counter() && d.inNegativeCache(subclass)) {
                return Boolean.FALSE;
            }
            return callMethod(self, "__subclasscheck__", subclass);
        }
        Object result = callMethod(self, "__subclasscheck__", subclass);
        if (Ops.isTrue(result)) {
            return result;
        }
        return callMethod(self, "__subclasscheck__", subtype);
    }

    private static Object subclassCheck(Object self, Object subclassArg) {
        if (!(subclassArg instanceof PyType subclass)) {
            throw Exceptions.typeError("issubclass() arg 1 must be a class");
        }
        AbcData d = impl(self);
        if (d.inCache(subclass)) {
            return Boolean.TRUE;
        }
        long now = counter();
        synchronized (d) {
            if (d.negativeCacheVersion < now) {
                d.negativeCache.clear();
                d.negativeCacheVersion = now;
            } else if (d.negativeCache.contains(subclass)) {
                return Boolean.FALSE;
            }
        }
        Object ok = callMethod(self, "__subclasshook__", subclass);
        if (ok == Boolean.TRUE) {
            d.addToCache(subclass);
            return Boolean.TRUE;
        }
        if (ok == Boolean.FALSE) {
            d.addToNegativeCache(subclass);
            return Boolean.FALSE;
        }
        if (ok != Py.NotImplemented) {
            throw Exceptions.error(Exceptions.ASSERTION_ERROR, "__subclasshook__ must return either False, True, or NotImplemented");
        }
        for (PyType t : subclass.mro()) {
            if (t == self) {
                d.addToCache(subclass);
                return Boolean.TRUE;
            }
        }
        synchronized (d) {
            if (d.registry.contains(subclass)) {
                return Boolean.TRUE;                // registered itself: answered without caching
            }
        }
        for (PyType registered : d.registered()) {
            if (TypeChecks.isSubclass(subclass, registered)) {
                d.addToCache(subclass);
                return Boolean.TRUE;
            }
        }
        Object subclasses = Ops.iter(Ops.call(Ops.getAttr(self, "__subclasses__")));
        for (Object s = Ops.next(subclasses); s != null; s = Ops.next(subclasses)) {
            if (TypeChecks.isSubclass(subclass, s)) {
                d.addToCache(subclass);
                return Boolean.TRUE;
            }
        }
        d.addToNegativeCache(subclass);
        return Boolean.FALSE;
    }

    /** {@code _get_dump}: (registry, cache, negative cache) as sets of weak references, and the negative cache's version. */
    private static Object dump(AbcData d) {
        List<PyType> registry;
        List<PyType> cache;
        List<PyType> negative;
        long version;
        synchronized (d) {
            registry = new ArrayList<>(d.registry);
            cache = new ArrayList<>(d.cache);
            negative = new ArrayList<>(d.negativeCache);
            version = d.negativeCacheVersion;
        }
        return PyTuple.of(weakSet(registry), weakSet(cache), weakSet(negative), version);
    }

    private static PySet weakSet(List<PyType> classes) {
        PySet s = new PySet();
        for (PyType t : classes) {
            s.add(Ops.call(WeakrefModule.REF, t));
        }
        return s;
    }
}
