package taipan.builtins;

import taipan.interpreter.ThreadState;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * {@code isinstance} and {@code issubclass} as CPython 3.11 computes them:
 * the exact-type fast path, tuples (nested) tried in order, unions through
 * their {@code __args__}, {@code __instancecheck__}/{@code __subclasscheck__}
 * on the metaclass, and the abstract protocol ({@code __class__},
 * {@code __bases__}) for objects that only pretend to be classes.
 */
public final class TypeChecks {
    private TypeChecks() {}

    static void installInto(PyDict d) {
        BuiltinFunctions.put(d, BuiltinFunctions.positional("isinstance", 2, 2, (s, a) -> Py.bool(isInstance(a[0], a[1]))));
        BuiltinFunctions.put(d, BuiltinFunctions.positional("issubclass", 2, 2, (s, a) -> Py.bool(isSubclass(a[0], a[1]))));
    }

    private static boolean isUnion(Object o) {
        return Py.typeOf(o).name().equals("UnionType");
    }

    /** Counts one level of tuple nesting against the recursion limit, as CPython does. */
    private static ThreadState enterNested(String where) {
        ThreadState ts = ThreadState.current();
        if (ts.depth + 1 > ThreadState.recursionLimit) {
            throw Exceptions.error(Exceptions.RECURSION_ERROR, "maximum recursion depth exceeded in " + where);
        }
        ts.depth++;
        return ts;
    }

    /** {@code isinstance(inst, cls)}. */
    public static boolean isInstance(Object inst, Object cls) {
        if (Py.typeOf(inst) == cls) {
            return true;
        }
        if (cls instanceof PyType t && t.type == BuiltinTypes.TYPE) {
            return objectIsInstance(inst, t);
        }
        if (isUnion(cls)) {
            cls = Ops.getAttr(cls, "__args__");
        }
        if (cls instanceof PyTuple tuple) {
            ThreadState ts = enterNested("__instancecheck__");
            try {
                for (Object item : tuple.items) {
                    if (isInstance(inst, item)) {
                        return true;
                    }
                }
                return false;
            } finally {
                ts.depth--;
            }
        }
        Object checker = Py.typeOf(cls).lookup("__instancecheck__");
        if (checker != null) {
            return Ops.isTrue(Ops.invoke(checker, cls, inst));
        }
        return objectIsInstance(inst, cls);
    }

    private static boolean objectIsInstance(Object inst, Object cls) {
        if (cls instanceof PyType t) {
            if (Py.typeOf(inst).isSubtypeOf(t)) {
                return true;
            }
            Object icls = BuiltinFunctions.getAttrOrNull(inst, "__class__");
            return icls != null && icls != Py.typeOf(inst) && icls instanceof PyType it && it.isSubtypeOf(t);
        }
        if (bases(cls) == null) {
            throw Exceptions.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        Object icls = BuiltinFunctions.getAttrOrNull(inst, "__class__");
        return icls != null && abstractIsSubclass(icls, cls);
    }

    /** {@code issubclass(derived, cls)}. */
    public static boolean isSubclass(Object derived, Object cls) {
        if (cls instanceof PyType t && t.type == BuiltinTypes.TYPE) {
            return derived == cls || recursiveIsSubclass(derived, cls);
        }
        if (isUnion(cls)) {
            cls = Ops.getAttr(cls, "__args__");
        }
        if (cls instanceof PyTuple tuple) {
            ThreadState ts = enterNested("__subclasscheck__");
            try {
                for (Object item : tuple.items) {
                    if (isSubclass(derived, item)) {
                        return true;
                    }
                }
                return false;
            } finally {
                ts.depth--;
            }
        }
        Object checker = Py.typeOf(cls).lookup("__subclasscheck__");
        if (checker != null) {
            return Ops.isTrue(Ops.invoke(checker, cls, derived));
        }
        return recursiveIsSubclass(derived, cls);
    }

    private static boolean recursiveIsSubclass(Object derived, Object cls) {
        if (cls instanceof PyType c && derived instanceof PyType d) {
            return d.isSubtypeOf(c);
        }
        if (bases(derived) == null) {
            throw Exceptions.typeError("issubclass() arg 1 must be a class");
        }
        if (bases(cls) == null) {
            throw Exceptions.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(derived, cls);
    }

    /** {@code __bases__} when it is a tuple, else null (CPython's abstract_get_bases). */
    private static PyTuple bases(Object cls) {
        try {
            return Ops.getAttrOrNull(cls, "__bases__") instanceof PyTuple t ? t : null;
        } catch (PyException e) {
            if (e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    private static boolean abstractIsSubclass(Object derived, Object cls) {
        while (true) {
            if (derived == cls) {
                return true;
            }
            PyTuple bases = bases(derived);
            if (bases == null || bases.items.length == 0) {
                return false;
            }
            if (bases.items.length == 1) {
                derived = bases.items[0];
                continue;
            }
            for (Object b : bases.items) {
                if (abstractIsSubclass(b, cls)) {
                    return true;
                }
            }
            return false;
        }
    }
}
