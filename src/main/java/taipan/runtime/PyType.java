package taipan.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python class: built-in or made by a class statement. Holds the name, the
 * bases, the C3 method resolution order and the class namespace.
 *
 * <p>Contract: {@link #lookup} finds a name along the MRO and caches the answer
 * per type; any change to the namespace of a type ({@link #setMember},
 * {@link #removeMember}, a new {@code __bases__}) bumps {@link #version} of the
 * type and of all its subclasses and empties their caches, so a cache keyed by
 * (type, version) stays valid exactly while nothing relevant changed. Built-in
 * types are immutable from Python code. Instances are made by
 * {@link #factory}, inherited from the nearest base with its own layout.
 */
public final class PyType extends PyObject implements PyCallable {
    /** Makes an empty instance of a type whose layout is this factory's Java class. */
    @FunctionalInterface
    public interface InstanceFactory {
        PyObject create(PyType type);
    }

    private String name;
    private String qualname;
    private PyType[] bases;
    private PyType[] mro;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    private final Map<String, Object> cache = new HashMap<>();
    /** True for types defined in Java; their namespace cannot be changed by Python code. */
    public final boolean builtin;
    /** Whether instances accept arbitrary attributes (they have a __dict__). */
    public boolean instancesHaveDict;
    /** How instances are created, inherited from the solid base. */
    public InstanceFactory factory;
    /** The nearest type (this one included) whose instances have their own Java layout. */
    public PyType solidBase;
    /** Changes whenever this type's or a base's namespace changes. */
    public int version;
    /** Whether Python classes may inherit from this type. */
    public boolean acceptsSubclasses = true;
    /** Py_TPFLAGS_SEQUENCE: instances match sequence patterns. */
    public static final long SEQUENCE_FLAG = 1L << 5;
    /** Py_TPFLAGS_MAPPING: instances match mapping patterns. */
    public static final long MAPPING_FLAG = 1L << 6;
    /**
     * {@link #SEQUENCE_FLAG} and/or {@link #MAPPING_FLAG}: what a match statement takes instances
     * for. Inherited at creation from the first class along the MRO that has one; set by
     * {@code _abc} for ABCs declaring {@code __abc_tpflags__} and classes registered with them.
     */
    public long collectionFlags;
    /** Py_TPFLAGS_METHOD_DESCRIPTOR: instances bind like functions ({@code obj.m(x)} is {@code type(m).__call__(m, obj, x)}). */
    public static final long METHOD_DESCRIPTOR = 1L << 17;
    /** Py_TPFLAGS_HAVE_VECTORCALL: Java calls instances directly with Taipan's convention (see {@link PyCallable}). */
    public static final long HAVE_VECTORCALL = 1L << 11;
    /** Which of {@link #METHOD_DESCRIPTOR} and {@link #HAVE_VECTORCALL} this built-in type reports in {@code __flags__}; never inherited. */
    public long callFlags;
    /** Names of {@code __slots__} declared by this class (null when none). */
    public String[] slotNames;

    private static int nextVersion = 1;
    /** {@link #hasGenericGetattr} as computed for version {@link #getattrCheckedVersion}. */
    private boolean genericGetattr;
    private int getattrCheckedVersion;
    private boolean isAbstract;
    private int abstractCheckedVersion;

    private PyType(PyType metatype, String name, PyType[] bases, boolean builtin) {
        super(metatype);
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.builtin = builtin;
        this.version = newVersion();
    }

    private static synchronized int newVersion() {
        return nextVersion++;
    }

    /** A built-in type; {@code factory} null means it inherits its base's. */
    public static PyType builtin(PyType metatype, String name, PyType base, InstanceFactory factory) {
        PyType t = new PyType(metatype, name, base == null ? new PyType[0] : new PyType[] {base}, true);
        t.factory = factory != null ? factory : base == null ? null : base.factory;
        t.solidBase = factory != null || base == null ? t : base.solidBase;
        t.mro = base == null ? new PyType[] {t} : prepend(t, base.mro);
        if (base != null) {
            t.collectionFlags = base.collectionFlags;
            base.addSubclass(t);
        }
        return t;
    }

    /** A new class's collection flags: those of the first class along its (final) MRO that has some. */
    public void inheritCollectionFlags() {
        for (int i = 1; i < mro.length; i++) {
            if (mro[i].collectionFlags != 0) {
                collectionFlags = mro[i].collectionFlags;
                return;
            }
        }
    }

    /** Marks a built-in type's instances as sequences or mappings for pattern matching; returns the type. */
    public PyType withCollectionFlags(long flags) {
        collectionFlags = flags;
        return this;
    }

    /**
     * A class made at run time (class statement or {@code type(name, bases, ns)}),
     * bases already checked for a compatible layout by the caller.
     */
    public static PyType create(PyType metatype, String name, PyType[] bases, PyType solidBase, PyType[] mro) {
        PyType t = new PyType(metatype, name, bases, false);
        t.solidBase = solidBase;
        t.factory = solidBase.factory;
        t.mro = mro;
        for (PyType b : bases) {
            b.addSubclass(t);
        }
        return t;
    }

    private static PyType[] prepend(PyType t, PyType[] rest) {
        PyType[] out = new PyType[rest.length + 1];
        out[0] = t;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    private synchronized void addSubclass(PyType t) {
        subclasses.add(new WeakReference<>(t));
    }

    /** The live direct subclasses, in creation order. */
    public synchronized List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        subclasses.removeIf(r -> r.get() == null);
        for (WeakReference<PyType> r : subclasses) {
            out.add(r.get());
        }
        return out;
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String qualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public PyType[] bases() {
        return bases;
    }

    /** The first base, or null for object. */
    public PyType base() {
        return bases.length == 0 ? null : bases[0];
    }

    public PyType[] mro() {
        return mro;
    }

    /** Replaces bases and MRO (assignment to {@code __bases__}), invalidating caches. */
    public void setBases(PyType[] bases, PyType[] mro) {
        PyType[] old = this.bases;
        this.bases = bases;
        this.mro = mro;
        if (old != null && old != bases) {
            for (PyType b : old) {
                synchronized (b) {
                    b.subclasses.removeIf(r -> r.get() == this || r.get() == null);
                }
            }
            for (PyType b : bases) {
                b.addSubclass(this);
            }
        }
        changed();
    }

    /** The namespace in definition order; read it, change it only through {@link #setMember}. */
    public Map<String, Object> members() {
        return dict;
    }

    /** The value of {@code name} in this class's own namespace, or null. */
    public Object ownMember(String name) {
        return dict.get(name);
    }

    /** Whether instances read attributes with object's (or type's) standard {@code __getattribute__}. */
    public boolean hasGenericGetattr() {
        if (getattrCheckedVersion != version) {
            genericGetattr = lookup("__getattribute__") instanceof MethodDescriptor md
                && (md.owner == BuiltinTypes.OBJECT || md.owner == BuiltinTypes.TYPE);
            getattrCheckedVersion = version;
        }
        return genericGetattr;
    }

    /** Whether the class has abstract methods left (a non-empty {@code __abstractmethods__}): it cannot be instantiated. */
    public boolean hasAbstractMethods() {
        if (abstractCheckedVersion != version) {
            Object am = lookup("__abstractmethods__");
            isAbstract = am != null && !(am instanceof GetSetDescriptor) && Ops.isTrue(am);
            abstractCheckedVersion = version;
        }
        return isAbstract;
    }

    private Object[] slotCache = new Object[0];
    private int slotCacheVersion;

    /** {@link #lookup(String)} for a special method, cached in an array slot per type version. */
    public Object lookup(SlotName slot) {
        Object[] cache = slotCache;
        if (slotCacheVersion != version || slot.id >= cache.length) {
            cache = new Object[Math.max(SlotName.count(), slot.id + 1)];
            slotCache = cache;
            slotCacheVersion = version;
        }
        Object v = cache[slot.id];
        if (v == null) {
            v = lookup(slot.name);
            cache[slot.id] = v == null ? Missing.MISSING : v;
            return v;
        }
        return v == Missing.MISSING ? null : v;
    }

    /** Finds {@code name} along the MRO; null when no class defines it. */
    public Object lookup(String name) {
        Object v = cache.get(name);
        if (v != null) {
            return v == Missing.MISSING ? null : v;
        }
        v = lookupUncached(name);
        cache.put(name, v == null ? Missing.MISSING : v);
        return v;
    }

    private Object lookupUncached(String name) {
        for (PyType t : mro) {
            Object v = t.dict.get(name);
            if (v != null) {
                return v;
            }
            if (t.builtin && name.equals("__doc__")) {
                return Py.None; // a built-in type without a docstring has __doc__ None, not its base's
            }
        }
        return null;
    }

    /** The class along the MRO that defines {@code name}, or null. */
    public PyType definingClass(String name) {
        for (PyType t : mro) {
            if (t.dict.containsKey(name)) {
                return t;
            }
        }
        return null;
    }

    /** Defines or replaces {@code name} in this class's namespace. */
    public void setMember(String name, Object value) {
        dict.put(name, value);
        changed();
    }

    /** Removes {@code name}; false when this class did not define it. */
    public boolean removeMember(String name) {
        boolean had = dict.remove(name) != null;
        if (had) {
            changed();
        }
        return had;
    }

    /** Defines a member while a type is being built, without invalidation. */
    public void define(String name, Object value) {
        dict.put(name, value);
        cache.clear();
    }

    private void changed() {
        version = newVersion();
        cache.clear();
        for (PyType sub : subclasses()) {
            sub.changed();
        }
    }

    /** Whether this type is {@code other} or has it in its MRO. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** The module name, from {@code __module__}, "builtins" for built-in types. */
    public String moduleName() {
        Object m = dict.get("__module__");
        if (m instanceof PyStr s) {
            return s.value();
        }
        return builtin ? "builtins" : "?";
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return TypeCalls.call(this, args, kwnames);
    }

    @Override
    public String toString() {
        return "<class '" + (builtin || "builtins".equals(moduleName()) ? qualname : moduleName() + "." + qualname) + "'>";
    }

    private enum Missing { MISSING }
}
