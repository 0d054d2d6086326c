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
 */
final class AttributeCache {
    private AttributeCache() {}

    /** An instance attribute: receivers of {@code type}/{@code version} with {@code shape} keep it at {@code slot}. */
    record InstanceSlot(PyType type, int version, Shape shape, int slot) {}

    /** A class attribute read through an instance whose shape lacks the name: the value, bound when method-like. */
    record ClassAttribute(PyType type, int version, Shape shape, Object value, boolean bind) {}

    /** A module attribute: valid while the module's dict has the same version. */
    record ModuleAttribute(PyDict dict, int version, Object value) {}

    /** An attribute read from a class itself whose metaclass is type. */
    record TypeAttribute(PyType type, int version, Object value) {}

    /** A method found on the class: receivers of {@code type}/{@code version} and {@code shape} (which lacks the name). */
    record ClassMethodEntry(PyType type, int version, Shape shape, Object descr) {}

    /** An attribute store: from {@code before} to {@code after} (equal when the attribute exists) at {@code slot}. */
    record StoreSlot(PyType type, int version, Shape before, Shape after, int slot) {}

    static Object load(CodeObject code, int pc, Object obj, String name) {
        Object c = code.inlineCaches[pc];
        if (obj instanceof PyInstance p) {
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
                code.inlineCaches[pc] = new InstanceSlot(t, t.version, shape, slot);
                return p.slots[slot];
            }
            if (descr != null && slot < 0) {
                if (descr instanceof MethodLike) {
                    code.inlineCaches[pc] = new ClassAttribute(t, t.version, shape, descr, true);
                    return new PyMethod(descr, p);
                }
                if (!(descr instanceof Descriptor) && !(descr instanceof PyObject d && Py.typeOf(d).lookup("__get__") != null)) {
                    code.inlineCaches[pc] = new ClassAttribute(t, t.version, shape, descr, false);
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
            PyType t = p.type;
            if (c instanceof StoreSlot s && s.type == t && s.version == t.version && s.before == p.shape) {
                if (s.after != s.before) {
                    if (s.slot >= p.slots.length) {
                        p.slots = Arrays.copyOf(p.slots, Math.max(4, p.slots.length * 2));
                    }
                    p.shape = s.after;
                }
                p.slots[s.slot] = value;
                return;
            }
            Shape before = p.shape;
            Object descr = t.lookup(name);
            if (before != Shape.DICT && t.lookup("__setattr__") instanceof MethodDescriptor md
                && md.owner == BuiltinTypes.OBJECT
                && (descr == null && t.instancesHaveDict || descr instanceof SlotDescriptor)) {
                Attributes.setInstanceAttribute(p, name, value);
                Shape after = p.shape;
                if (after != Shape.DICT) {
                    code.inlineCaches[pc] = new StoreSlot(t, t.version, before, after, after.indexOf(name));
                }
                return;
            }
        }
        Ops.setAttr(obj, name, value);
    }

    static void loadMethod(CodeObject code, int pc, Object[] stack, int i, String name) {
        Object obj = stack[i];
        PyType t = Py.typeOf(obj);
        Object c = code.inlineCaches[pc];
        Shape shape = obj instanceof PyObject p ? p.shape : null;
        if (c instanceof ClassMethodEntry e && e.type == t && e.version == t.version && e.shape == shape) {
            stack[i] = e.descr;
            stack[i + 1] = obj;
            return;
        }
        if (!(obj instanceof PyType) && !(obj instanceof PyModule) && Ops.hasGenericGetattr(t)) {
            Object descr = t.lookup(name);
            if ((descr instanceof MethodLike || descr instanceof MethodDescriptor) && notShadowed(obj, name)) {
                if (shape != Shape.DICT) {
                    code.inlineCaches[pc] = new ClassMethodEntry(t, t.version, shape, descr);
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
