package taipan.interpreter;

import java.util.Arrays;
import taipan.bytecode.CodeObject;
import taipan.runtime.Attributes;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Descriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.MethodLike;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyInstance;
import taipan.runtime.PyMethod;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyType;
import taipan.runtime.Shape;
import taipan.runtime.SlotDescriptor;

/**
 * Inline caches for attribute reads and writes and method loads. An entry
 * lives in the code object's per-instruction slot and records what the last
 * lookup depended on: the receiver's type and its version (no class in its MRO
 * changed since), the receiver's shape for instances, the dict version for
 * modules. A hit costs a few identity and integer comparisons instead of
 * dictionary lookups along the MRO. The entries double as type feedback for
 * the JIT's recorder. Anything unusual (custom {@code __getattribute__},
 * descriptors with side effects, DICT-mode instances) takes the generic path.
 *
 * <p>Sites that see instances of several types or shapes (a method of a base
 * class run on subclasses) keep up to {@link #MAX_ENTRIES} entries in an
 * {@code Object[]}; a site that sees more starts over with the newest one.
 */
final class AttributeCache {
    private AttributeCache() {}

    /** Entries a polymorphic site keeps. */
    private static final int MAX_ENTRIES = 6;

    /** An entry that applies to receivers of one type (at one version) and shape. */
    interface PerShape {
        PyType type();

        Shape shape();
    }

    /** An instance attribute: receivers of {@code type}/{@code version} with {@code shape} keep it at {@code slot}. */
    record InstanceSlot(PyType type, int version, Shape shape, int slot) implements PerShape {}

    /** A class attribute read through an instance whose shape lacks the name: the value, bound when method-like. */
    record ClassAttribute(PyType type, int version, Shape shape, Object value, boolean bind) implements PerShape {}

    /** A module attribute: valid while the module's dict has the same version. */
    record ModuleAttribute(PyDict dict, int version, Object value) {}

    /** An attribute read from a class itself whose metaclass is type. */
    record TypeAttribute(PyType type, int version, Object value) {}

    /** A method found on the class: receivers of {@code type}/{@code version} and {@code shape} (which lacks the name). */
    record ClassMethodEntry(PyType type, int version, Shape shape, Object descr) implements PerShape {}

    /** An attribute store: from {@code before} (the shape) to {@code after} (equal when the attribute exists) at {@code slot}. */
    record StoreSlot(PyType type, int version, Shape shape, Shape after, int slot) implements PerShape {}

    /**
     * Records {@code entry} for the instruction at {@code pc}: alone, or next to
     * the entries for other types and shapes (replacing a stale one for the same
     * type and shape).
     */
    private static void remember(CodeObject code, int pc, PerShape entry) {
        Object c = code.inlineCaches[pc];
        if (c instanceof PerShape old && !sameKey(old, entry)) {
            code.inlineCaches[pc] = new Object[] {old, entry};
        } else if (c instanceof Object[] many && many.length < MAX_ENTRIES) {
            Object[] grown = new Object[many.length + 1];
            int n = 0;
            for (Object e : many) {
                if (e instanceof PerShape old && !sameKey(old, entry)) {
                    grown[n++] = e;
                }
            }
            grown[n++] = entry;
            code.inlineCaches[pc] = n == grown.length ? grown : Arrays.copyOf(grown, n);
        } else {
            code.inlineCaches[pc] = entry;
        }
    }

    private static boolean sameKey(PerShape a, PerShape b) {
        return a.getClass() == b.getClass() && a.type() == b.type() && a.shape() == b.shape();
    }

    /** The attribute from a cache entry that applies to {@code p}, or null. */
    private static Object loadHit(Object c, PyInstance p) {
        PyType t = p.type;
        if (c instanceof InstanceSlot s) {
            if (s.type == t && s.version == t.version && s.shape == p.shape) {
                return p.slots[s.slot];
            }
        } else if (c instanceof ClassAttribute a) {
            if (a.type == t && a.version == t.version && a.shape == p.shape) {
                return a.bind ? new PyMethod(a.value, p) : a.value;
            }
        }
        return null;
    }

    static Object load(CodeObject code, int pc, Object obj, String name) {
        Object c = code.inlineCaches[pc];
        if (obj instanceof PyInstance p) {
            Object v;
            if (c instanceof Object[] many) {
                for (Object e : many) {
                    v = loadHit(e, p);
                    if (v != null) {
                        return v;
                    }
                }
            } else if ((v = loadHit(c, p)) != null) {
                return v;
            }
            return loadInstance(code, pc, p, name);
        }
        if (obj instanceof PyModule m) {
            if (c instanceof ModuleAttribute a && a.dict == m.dict && a.version == m.dict.version) {
                return a.value;
            }
            return loadModule(code, pc, m, name);
        }
        if (obj instanceof PyType t) {
            if (c instanceof TypeAttribute a && a.type == t && a.version == t.version) {
                return a.value;
            }
            return loadType(code, pc, t, name);
        }
        return Ops.getAttr(obj, name);
    }

    private static Object loadInstance(CodeObject code, int pc, PyInstance p, String name) {
        PyType t = p.type;
        Shape shape = p.shape;
        if (shape != Shape.DICT && Ops.hasGenericGetattr(t) && t.lookup("__getattr__") == null) {
            Object descr = t.lookup(name);
            int slot = shape == null ? -1 : shape.indexOf(name);
            if ((descr == null || descr instanceof SlotDescriptor) && slot >= 0) {
                // a __slots__ member keeps its value in the instance storage under its own name
                remember(code, pc, new InstanceSlot(t, t.version, shape, slot));
                return p.slots[slot];
            }
            if (descr != null && slot < 0) {
                if (descr instanceof MethodLike) {
                    remember(code, pc, new ClassAttribute(t, t.version, shape, descr, true));
                    return new PyMethod(descr, p);
                }
                if (!(descr instanceof Descriptor) && !(descr instanceof PyObject d && Py.typeOf(d).lookup("__get__") != null)) {
                    remember(code, pc, new ClassAttribute(t, t.version, shape, descr, false));
                    return descr;
                }
            }
        }
        return Ops.getAttr(p, name);
    }

    private static Object loadModule(CodeObject code, int pc, PyModule m, String name) {
        if (m.type == BuiltinTypes.MODULE) {
            Object v = m.dict.get(NameKeys.key(code, nameIndex(code, pc)));
            if (v != null) {
                code.inlineCaches[pc] = new ModuleAttribute(m.dict, m.dict.version, v);
                return v;
            }
        }
        return Ops.getAttr(m, name);
    }

    private static Object loadType(CodeObject code, int pc, PyType t, String name) {
        Object v = Ops.getAttr(t, name);
        if (t.type == BuiltinTypes.TYPE && BuiltinTypes.TYPE.lookup(name) == null) {
            Object raw = t.lookup(name);
            if (raw == v && !(raw instanceof Descriptor && !(raw instanceof MethodLike))) {
                code.inlineCaches[pc] = new TypeAttribute(t, t.version, v);
            }
        }
        return v;
    }

    private static int nameIndex(CodeObject code, int pc) {
        return code.code[pc] >>> 8;
    }

    static void store(CodeObject code, int pc, Object obj, String name, Object value) {
        if (obj instanceof PyInstance p) {
            Object c = code.inlineCaches[pc];
            if (c instanceof Object[] many) {
                for (Object e : many) {
                    if (storeHit(e, p, value)) {
                        return;
                    }
                }
            } else if (storeHit(c, p, value)) {
                return;
            }
            PyType t = p.type;
            Shape before = p.shape;
            Object descr = t.lookup(name);
            if (before != Shape.DICT && t.lookup("__setattr__") instanceof MethodDescriptor md
                && md.owner == BuiltinTypes.OBJECT
                && (descr == null && t.instancesHaveDict || descr instanceof SlotDescriptor)) {
                Attributes.setInstanceAttribute(p, name, value);
                Shape after = p.shape;
                if (after != Shape.DICT) {
                    remember(code, pc, new StoreSlot(t, t.version, before, after, after.indexOf(name)));
                }
                return;
            }
        }
        Ops.setAttr(obj, name, value);
    }

    /** Stores {@code value} into {@code p} when cache entry {@code c} applies to it. */
    private static boolean storeHit(Object c, PyInstance p, Object value) {
        PyType t = p.type;
        if (c instanceof StoreSlot s && s.type == t && s.version == t.version && s.shape == p.shape) {
            if (s.after != s.shape) {
                if (s.slot >= p.slots.length) {
                    p.slots = Arrays.copyOf(p.slots, Math.max(4, p.slots.length * 2));
                }
                p.shape = s.after;
            }
            p.slots[s.slot] = value;
            return true;
        }
        return false;
    }

    /** The method descriptor from a cache entry that applies to a receiver of type {@code t} and {@code shape}, or null. */
    private static Object methodHit(Object c, PyType t, Shape shape) {
        if (c instanceof ClassMethodEntry e && e.type == t && e.version == t.version && e.shape == shape) {
            return e.descr;
        }
        return null;
    }

    static void loadMethod(CodeObject code, int pc, Object[] stack, int i, String name) {
        Object obj = stack[i];
        PyType t = Py.typeOf(obj);
        Object c = code.inlineCaches[pc];
        Shape shape = obj instanceof PyObject p ? p.shape : null;
        Object descr = null;
        if (c instanceof Object[] many) {
            for (int k = 0; k < many.length && descr == null; k++) {
                descr = methodHit(many[k], t, shape);
            }
        } else {
            descr = methodHit(c, t, shape);
        }
        if (descr != null) {
            stack[i] = descr;
            stack[i + 1] = obj;
            return;
        }
        if (!(obj instanceof PyType) && !(obj instanceof PyModule) && Ops.hasGenericGetattr(t)) {
            descr = t.lookup(name);
            if ((descr instanceof MethodLike || descr instanceof MethodDescriptor) && notShadowed(obj, name)) {
                if (shape != Shape.DICT) {
                    remember(code, pc, new ClassMethodEntry(t, t.version, shape, descr));
                }
                stack[i] = descr;
                stack[i + 1] = obj;
                return;
            }
        }
        stack[i] = load(code, pc, obj, name);
        stack[i + 1] = null;
    }

    private static boolean notShadowed(Object obj, String name) {
        if (!(obj instanceof PyObject p) || p.shape == null) {
            return true;
        }
        if (p.shape == Shape.DICT) {
            return Attributes.getInstanceAttribute(p, name) == null;
        }
        return p.shape.indexOf(name) < 0;
    }
}
