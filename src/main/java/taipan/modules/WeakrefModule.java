package taipan.modules;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import taipan.runtime.Arithmetic;
import taipan.runtime.BinaryOp;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.ClassMethod;
import taipan.runtime.CompareOp;
import taipan.runtime.Exceptions;
import taipan.runtime.GenericAlias;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.Identity;
import taipan.runtime.InstanceLayout;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyComplex;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyFloat;
import taipan.runtime.PyInt;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PySingleton;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * The {@code _weakref} module: {@code ref} (ReferenceType, subclassable), {@code proxy}
 * (ProxyType / CallableProxyType), {@code getweakrefcount}, {@code getweakrefs},
 * {@code _remove_dead_weakref}.
 *
 * <p>A weak reference holds a {@link java.lang.ref.WeakReference}; a referent is dead only once
 * the JVM has collected it. Dead referents are noticed at safe points (a ref being created or
 * called, {@link #collect}) and then their weakrefs' callbacks run, newest first, on the noticing
 * thread; a failing callback is reported on stderr as CPython's "Exception ignored in" and
 * otherwise ignored. The registry of live weakrefs per referent is keyed by identity and guarded
 * by a lock; callbacks run outside it.
 */
public final class WeakrefModule {
    private WeakrefModule() {}

    /** A Python weak reference ({@code weakref.ref} or a subclass of it). */
    public static final class PyWeakref extends PyObject {
        final Handle handle;
        final Object callback;
        long hash;
        boolean hashed;

        PyWeakref(PyType type, Object referent, Object callback) {
            super(type);
            this.handle = new Handle(referent, this);
            this.callback = callback;
        }

        /** The referent, or null once it is dead. */
        public Object get() {
            return handle.get();
        }
    }

    /** A weak proxy: forwards attribute access and operators to its live referent. */
    static final class PyWeakProxy extends PyObject {
        final Handle handle;
        final Object callback;

        PyWeakProxy(PyType type, Object referent, Object callback) {
            super(type);
            this.handle = new Handle(referent, this);
            this.callback = callback;
        }

        Object referent() {
            Object o = handle.get();
            if (o == null) {
                throw Exceptions.error(Exceptions.REFERENCE_ERROR, "weakly-referenced object no longer exists");
            }
            return o;
        }
    }

    /** The identity of a referent as a registry key; equal only to a key of the same live object. */
    private static final class IdKey extends WeakReference<Object> {
        final int hash;

        IdKey(Object o) {
            super(o);
            hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof IdKey k)) {
                return false;
            }
            Object o = get();
            return o != null && o == k.get();
        }
    }

    private static final class Handle extends WeakReference<Object> {
        final PyObject owner;

        Handle(Object referent, PyObject owner) {
            super(referent, QUEUE);
            this.owner = owner;
        }
    }

    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final Object LOCK = new Object();
    /** Per live referent, its weakrefs and proxies in creation order. */
    private static final Map<IdKey, List<PyObject>> REFS = new HashMap<>();
    private static final Map<Handle, IdKey> KEYS = new HashMap<>();

    public static final PyType REF = BuiltinTypes.builtin("ReferenceType", BuiltinTypes.OBJECT, t -> {
        throw Exceptions.typeError("cannot create 'weakref.ReferenceType' instances");
    });
    public static final PyType PROXY = BuiltinTypes.builtin("ProxyType", BuiltinTypes.OBJECT, null);
    public static final PyType CALLABLE_PROXY = BuiltinTypes.builtin("CallableProxyType", BuiltinTypes.OBJECT, null);

    static {
        PROXY.acceptsSubclasses = false;
        CALLABLE_PROXY.acceptsSubclasses = false;
        installRef();
        installProxy(PROXY);
        installProxy(CALLABLE_PROXY);
        MethodDescriptor.define(CALLABLE_PROXY, "__call__", "*args, **kwargs", (self, a) -> {
            Object f = ((PyWeakProxy) self).referent();
            return CallArgs.call(f, ((PyTuple) a[0]).items, (PyDict) a[1]);
        });
    }

    public static PyModule create() {
        PyModule m = new PyModule("_weakref");
        m.dict.put(PyStr.of("ref"), REF);
        m.dict.put(PyStr.of("ReferenceType"), REF);
        m.dict.put(PyStr.of("ProxyType"), PROXY);
        m.dict.put(PyStr.of("CallableProxyType"), CALLABLE_PROXY);
        fn(m, "proxy", "object, callback=None, /", (s, a) -> {
            poll();
            Object o = a[0];
            checkReferenceable(o);
            Object cb = a[1] == Py.None ? null : a[1];
            PyType t = taipan.builtins.BuiltinFunctions.isCallable(o) ? CALLABLE_PROXY : PROXY;
            PyWeakProxy p = new PyWeakProxy(t, o, cb);
            register(o, p);
            return p;
        });
        fn(m, "getweakrefcount", "object, /", (s, a) -> {
            poll();
            return (long) refsOf(a[0]).size();
        });
        fn(m, "getweakrefs", "object, /", (s, a) -> {
            poll();
            return new PyList(refsOf(a[0]).toArray());
        });
        fn(m, "_remove_dead_weakref", "dct, key, /", (s, a) -> {
            if (!(a[0] instanceof PyDict d)) {
                throw Exceptions.typeError("_remove_dead_weakref() argument 1 must be dict, not " + Py.typeOf(a[0]).name());
            }
            Object v = d.get(a[1]);
            if (v == null) {
                throw Exceptions.keyError(a[1]);
            }
            if (v instanceof PyWeakref w && w.get() == null) {
                d.remove(a[1]);
            }
            return Py.None;
        });
        return m;
    }

    // ---- registry and callbacks

    private static void register(Object referent, PyObject ref) {
        synchronized (LOCK) {
            IdKey probe = new IdKey(referent);
            List<PyObject> list = REFS.get(probe);
            IdKey key = probe;
            if (list == null) {
                list = new ArrayList<>(2);
                REFS.put(probe, list);
            } else {
                key = keyOf(list.get(0));
            }
            list.add(ref);
            KEYS.put(handleOf(ref), key);
        }
    }

    private static IdKey keyOf(PyObject ref) {
        return KEYS.get(handleOf(ref));
    }

    private static Handle handleOf(PyObject ref) {
        return ref instanceof PyWeakref w ? w.handle : ((PyWeakProxy) ref).handle;
    }

    private static List<PyObject> refsOf(Object referent) {
        synchronized (LOCK) {
            List<PyObject> list = REFS.get(new IdKey(referent));
            return list == null ? List.of() : new ArrayList<>(list);
        }
    }

    /** Runs the callbacks of weakrefs whose referents the JVM has collected since the last poll. */
    public static void poll() {
        List<PyObject> due = null;
        synchronized (LOCK) {
            for (Object r; (r = QUEUE.poll()) != null; ) {
                due = takeDead(KEYS.get((Handle) r), due);
            }
        }
        runCallbacks(due);
    }

    /** {@code gc.collect()}'s part: asks the JVM for a full collection, then runs due callbacks. */
    public static void collect() {
        System.gc();
        List<PyObject> due = null;
        synchronized (LOCK) {
            for (IdKey k : new ArrayList<>(REFS.keySet())) {
                if (k.get() == null) {
                    due = takeDead(k, due);
                }
            }
            while (QUEUE.poll() != null) {
                // already handled by the scan above
            }
        }
        runCallbacks(due);
    }

    private static List<PyObject> takeDead(IdKey key, List<PyObject> due) {
        if (key == null) {
            return due;
        }
        List<PyObject> list = REFS.remove(key);
        if (list == null) {
            return due;
        }
        if (due == null) {
            due = new ArrayList<>();
        }
        for (int i = list.size() - 1; i >= 0; i--) {
            PyObject r = list.get(i);
            KEYS.remove(handleOf(r));
            due.add(r);
        }
        return due;
    }

    private static void runCallbacks(List<PyObject> due) {
        if (due == null) {
            return;
        }
        for (PyObject r : due) {
            Object cb = r instanceof PyWeakref w ? w.callback : ((PyWeakProxy) r).callback;
            if (cb != null) {
                try {
                    Ops.call(cb, r);
                } catch (PyException e) {
                    taipan.interpreter.Sys.writeUnraisable(e.value, null, cb);
                }
            }
        }
    }

    private static void checkReferenceable(Object o) {
        PyType t = Py.typeOf(o);
        boolean refusing = o instanceof Long || o instanceof java.math.BigInteger || o instanceof Boolean
            || o instanceof Double || o instanceof PyInt || o instanceof PyStr || o instanceof PyTuple
            || o instanceof PyBytes || o instanceof PySingleton
            || (o instanceof PyFloat || o instanceof PyComplex) && t.builtin
            || (o instanceof PyList || o instanceof PyDict) && t.builtin
            || t == BuiltinTypes.RANGE || t == BuiltinTypes.SLICE
            || o instanceof PyWeakProxy
            || !t.builtin && !InstanceLayout.supportsWeakrefs(t);
        if (refusing) {
            throw Exceptions.typeError("cannot create weak reference to '" + t.name() + "' object");
        }
    }

    // ---- ReferenceType

    private static void installRef() {
        PyType t = REF;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("_weakref", "ReferenceType.__new__", "cls, *args, **kwargs", (s, a) -> {
                PyType cls = (PyType) a[0];
                Object[] args = ((PyTuple) a[1]).items;
                if (cls == REF && ((PyDict) a[2]).size() > 0) {
                    throw Exceptions.typeError("ref() takes no keyword arguments");
                }
                if (args.length < 1 || args.length > 2) {
                    throw Exceptions.typeError("__new__ expected " + (args.length < 1 ? "at least 1 argument, got 0"
                        : "at most 2 arguments, got " + args.length));
                }
                poll();
                Object o = args[0];
                checkReferenceable(o);
                Object cb = args.length > 1 && args[1] != Py.None ? args[1] : null;
                if (cb == null && cls == REF) {
                    for (PyObject r : refsOf(o)) {
                        if (r instanceof PyWeakref w && w.type == REF && w.callback == null) {
                            return w;
                        }
                    }
                }
                PyWeakref w = new PyWeakref(cls, o, cb);
                register(o, w);
                return w;
            })));
        MethodDescriptor.define(t, "__init__", "*args, **kwargs", (self, a) -> Py.None);
        MethodDescriptor.define(t, "__call__", "", (self, a) -> {
            poll();
            Object o = ((PyWeakref) self).get();
            return o == null ? Py.None : o;
        });
        MethodDescriptor.define(t, "__hash__", "", (self, a) -> {
            PyWeakref w = (PyWeakref) self;
            if (!w.hashed) {
                Object o = w.get();
                if (o == null) {
                    throw Exceptions.typeError("weak object has gone away");
                }
                w.hash = Ops.hash(o);
                w.hashed = true;
            }
            return w.hash;
        });
        MethodDescriptor.define(t, "__eq__", "other, /", (self, a) -> refCompare(self, a[0], true));
        MethodDescriptor.define(t, "__ne__", "other, /", (self, a) -> refCompare(self, a[0], false));
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            Object o = ((PyWeakref) self).get();
            String at = "<weakref at " + address(self) + "; ";
            if (o == null) {
                return PyStr.of(at + "dead>");
            }
            Object name = Ops.getAttrOrNull(o, "__name__");
            return PyStr.of(at + "to '" + Py.typeOf(o).qualname() + "' at " + address(o)
                + (name instanceof PyStr n ? " (" + n.value() + ")" : "") + ">");
        });
        GetSetDescriptor.define(t, "__callback__", self -> {
            Object cb = ((PyWeakref) self).callback;
            return cb == null ? Py.None : cb;
        });
        t.define("__class_getitem__", new ClassMethod(BuiltinTypes.CLASSMETHOD,
            BuiltinFunction.of("_weakref", "__class_getitem__", "cls, item, /", (s, a) -> new GenericAlias(a[0], a[1]))));
    }

    private static Object refCompare(Object self, Object other, boolean eq) {
        if (!(other instanceof PyWeakref o)) {
            return Py.NotImplemented;
        }
        Object x = ((PyWeakref) self).get();
        Object y = o.get();
        if (x == null || y == null) {
            return (self == other) == eq;
        }
        return Ops.richCompare(x, y, eq ? CompareOp.EQ : CompareOp.NE);
    }

    static String address(Object o) {
        return "0x" + String.format("%012x", Identity.id(o));
    }

    // ---- ProxyType and CallableProxyType

    private static Object target(Object o) {
        return o instanceof PyWeakProxy p ? p.referent() : o;
    }

    private static void installProxy(PyType t) {
        t.define("__hash__", Py.None);
        MethodDescriptor.define(t, "__getattribute__", "name, /", (self, a) ->
            Ops.getAttr(((PyWeakProxy) self).referent(), ((PyStr) a[0]).value()));
        SlotMethod.define(t, "__setattr__", 2, (self, a) -> {
            Ops.setAttr(((PyWeakProxy) self).referent(), ((PyStr) a[0]).value(), a[1]);
            return Py.None;
        });
        SlotMethod.define(t, "__delattr__", 1, (self, a) -> {
            Ops.setAttr(((PyWeakProxy) self).referent(), ((PyStr) a[0]).value(), null);
            return Py.None;
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            Object o = ((PyWeakProxy) self).handle.get();
            return PyStr.of("<weakproxy at " + address(self) + "; "
                + (o == null ? "dead>" : "to '" + Py.typeOf(o).qualname() + "' at " + address(o) + ">"));
        });
        MethodDescriptor.define(t, "__str__", "", (self, a) -> Ops.str(((PyWeakProxy) self).referent()));
        MethodDescriptor.define(t, "__bool__", "", (self, a) -> Ops.isTrue(((PyWeakProxy) self).referent()));
        MethodDescriptor.define(t, "__len__", "", (self, a) -> (long) Ops.len(((PyWeakProxy) self).referent()));
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> Ops.iter(((PyWeakProxy) self).referent()));
        MethodDescriptor.define(t, "__next__", "", (self, a) -> Ops.callSpecial(((PyWeakProxy) self).referent(), "__next__"));
        MethodDescriptor.define(t, "__contains__", "item, /", (self, a) ->
            Ops.contains(((PyWeakProxy) self).referent(), target(a[0])));
        MethodDescriptor.define(t, "__getitem__", "key, /", (self, a) ->
            Ops.getItem(((PyWeakProxy) self).referent(), target(a[0])));
        MethodDescriptor.define(t, "__setitem__", "key, value, /", (self, a) -> {
            Ops.setItem(((PyWeakProxy) self).referent(), target(a[0]), target(a[1]));
            return Py.None;
        });
        MethodDescriptor.define(t, "__delitem__", "key, /", (self, a) -> {
            Ops.delItem(((PyWeakProxy) self).referent(), target(a[0]));
            return Py.None;
        });
        for (CompareOp op : CompareOp.values()) {
            MethodDescriptor.define(t, op.method, "other, /", (self, a) ->
                Ops.richCompare(((PyWeakProxy) self).referent(), target(a[0]), op));
        }
        for (BinaryOp op : BinaryOp.values()) {
            if (op.inplaceMethod == null) {
                MethodDescriptor.define(t, op.method, "other, /", (self, a) ->
                    Arithmetic.binary(op, ((PyWeakProxy) self).referent(), target(a[0])));
                MethodDescriptor.define(t, op.reflectedMethod, "other, /", (self, a) ->
                    Arithmetic.binary(op, target(a[0]), ((PyWeakProxy) self).referent()));
            } else {
                MethodDescriptor.define(t, op.inplaceMethod, "other, /", (self, a) -> {
                    Arithmetic.binary(op, ((PyWeakProxy) self).referent(), target(a[0]));
                    return self;
                });
            }
        }
        MethodDescriptor.define(t, "__neg__", "", (self, a) -> Arithmetic.negative(((PyWeakProxy) self).referent()));
        MethodDescriptor.define(t, "__pos__", "", (self, a) -> Arithmetic.positive(((PyWeakProxy) self).referent()));
        MethodDescriptor.define(t, "__invert__", "", (self, a) -> Arithmetic.invert(((PyWeakProxy) self).referent()));
        MethodDescriptor.define(t, "__index__", "", (self, a) -> Ops.index(((PyWeakProxy) self).referent()));
    }

    private static void fn(PyModule m, String name, String spec, BuiltinFunction.Body body) {
        m.dict.put(PyStr.of(name), BuiltinFunction.of("_weakref", name, spec, body));
    }
}
