package taipan.interpreter;

import taipan.bytecode.CodeObject;
import taipan.runtime.Attributes;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.MethodLike;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyInstance;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyType;
import taipan.runtime.Shape;

/**
 * Inline caches for attribute reads and method loads. A cache entry lives in
 * the code object's per-instruction slot and is valid while the receiver's type
 * has the same version (no class in its MRO changed) and, for instance
 * attributes, the receiver has the same shape. The entries double as type
 * feedback for the JIT's recorder.
 */
final class AttributeCache {
    private AttributeCache() {}

    /** An instance attribute read: receivers of {@code type}/{@code version} with {@code shape} keep it at {@code slot}. */
    record InstanceSlot(PyType type, int version, Shape shape, int slot) {}

    /** A method found on the class: receivers of {@code type}/{@code version} without a shadowing attribute. */
    record ClassMethodEntry(PyType type, int version, Object descr) {}

    static Object load(CodeObject code, int pc, Object obj, String name) {
        if (obj instanceof PyInstance p) {
            Object c = code.inlineCaches[pc];
            if (c instanceof InstanceSlot s && s.type == p.type && s.version == p.type.version && s.shape == p.shape) {
                return p.slots[s.slot];
            }
            PyType t = p.type;
            Shape shape = p.shape;
            if (shape != null && shape != Shape.DICT && t.lookup(name) == null
                && Ops.hasGenericGetattr(t)) {
                int slot = shape.indexOf(name);
                if (slot >= 0) {
                    code.inlineCaches[pc] = new InstanceSlot(t, t.version, shape, slot);
                    return p.slots[slot];
                }
            }
        }
        return Ops.getAttr(obj, name);
    }

    static void loadMethod(CodeObject code, int pc, Object[] stack, int i, String name) {
        Object obj = stack[i];
        PyType t = Py.typeOf(obj);
        Object c = code.inlineCaches[pc];
        if (c instanceof ClassMethodEntry e && e.type == t && e.version == t.version && notShadowed(obj, name)) {
            stack[i] = e.descr;
            stack[i + 1] = obj;
            return;
        }
        if (!(obj instanceof PyType) && !(obj instanceof PyModule) && Ops.hasGenericGetattr(t)) {
            Object descr = t.lookup(name);
            if ((descr instanceof MethodLike || descr instanceof MethodDescriptor) && notShadowed(obj, name)) {
                code.inlineCaches[pc] = new ClassMethodEntry(t, t.version, descr);
                stack[i] = descr;
                stack[i + 1] = obj;
                return;
            }
        }
        stack[i] = Ops.getAttr(obj, name);
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
