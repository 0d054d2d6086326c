package taipan.interpreter;

import java.util.ArrayList;
import java.util.List;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * The structural pattern matching instructions: what counts as a mapping or a
 * sequence for {@code match}, mapping key lookup, and class patterns through
 * {@code __match_args__} (with the self-matching built-in types).
 */
final class Matching {
    private Matching() {}

    private static final PyType[] SELF_MATCHING = {
        BuiltinTypes.BOOL, BuiltinTypes.BYTEARRAY, BuiltinTypes.BYTES, BuiltinTypes.DICT, BuiltinTypes.FLOAT,
        BuiltinTypes.FROZENSET, BuiltinTypes.INT, BuiltinTypes.LIST, BuiltinTypes.SET, BuiltinTypes.STR,
        BuiltinTypes.TUPLE,
    };

    /** MATCH_MAPPING: whether the subject's type has the mapping flag (dict and its subclasses, registered Mappings). */
    static Object isMapping(Object subject) {
        return Py.bool((Py.typeOf(subject).collectionFlags & PyType.MAPPING_FLAG) != 0);
    }

    /** MATCH_SEQUENCE: whether the subject's type has the sequence flag (list, tuple, range, ..., registered Sequences). */
    static Object isSequence(Object subject) {
        return Py.bool((Py.typeOf(subject).collectionFlags & PyType.SEQUENCE_FLAG) != 0);
    }

    static Object matchKeys(Object subject, Object keysTuple) {
        Object[] keys = ((PyTuple) keysTuple).items;
        Object[] values = new Object[keys.length];
        Object get = subject instanceof PyDict d && d.type == BuiltinTypes.DICT ? null : Ops.getAttr(subject, "get");
        Object dummy = new PyTuple(new Object[0]);
        for (int i = 0; i < keys.length; i++) {
            for (int j = 0; j < i; j++) {
                if (Ops.eq(keys[i], keys[j])) {
                    throw Exceptions.valueError("mapping pattern checks duplicate key (" + Ops.reprString(keys[i]) + ")");
                }
            }
            Object v = get == null ? ((PyDict) subject).get(keys[i]) : Ops.call(get, keys[i], dummy);
            if (v == null || v == dummy) {
                return Py.None;
            }
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    static Object copyDictWithoutKeys(Object subject, Object keysTuple) {
        PyDict rest = new PyDict();
        Object it = Ops.iter(Ops.call(Ops.getAttr(subject, "keys")));
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
            rest.put(k, Ops.getItem(subject, k));
        }
        for (Object k : ((PyTuple) keysTuple).items) {
            rest.remove(k);
        }
        return rest;
    }

    static int matchClass(Object[] stack, int sp, int npos) {
        Object subject = stack[sp - 3];
        Object cls = stack[sp - 2];
        Object[] kwNames = ((PyTuple) stack[sp - 1]).items;
        Object result = matchClass(subject, cls, npos, kwNames);
        sp = Instructions.clear(stack, sp, 3);
        stack[sp] = result;
        return sp + 1;
    }

    private static Object matchClass(Object subject, Object clsObj, int npos, Object[] kwNames) {
        if (!(clsObj instanceof PyType cls)) {
            throw Exceptions.typeError("called match pattern must be a type");
        }
        if (!Ops.isTrue(Ops.callSpecial(cls, "__instancecheck__", subject))) {
            return Py.None;
        }
        List<Object> attrs = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        if (npos > 0) {
            Object matchArgs = Ops.getAttrOrNull(cls, "__match_args__");
            if (matchArgs == null) {
                if (isSelfMatching(cls)) {
                    if (npos > 1) {
                        throw Exceptions.typeError(cls.name() + "() accepts 1 positional sub-pattern (" + npos + " given)");
                    }
                    attrs.add(subject);
                } else {
                    throw Exceptions.typeError(cls.name() + "() accepts 0 positional sub-patterns (" + npos + " given)");
                }
            } else {
                if (!(matchArgs instanceof PyTuple t)) {
                    throw Exceptions.typeError(cls.name() + ".__match_args__ must be a tuple (got " + Py.typeOf(matchArgs).name() + ")");
                }
                if (npos > t.items.length) {
                    throw Exceptions.typeError(cls.name() + "() accepts " + t.items.length + " positional sub-pattern"
                        + (t.items.length == 1 ? "" : "s") + " (" + npos + " given)");
                }
                for (int i = 0; i < npos; i++) {
                    if (!(t.items[i] instanceof PyStr name)) {
                        throw Exceptions.typeError("__match_args__ elements must be strings (got " + Py.typeOf(t.items[i]).name() + ")");
                    }
                    Object v = attribute(subject, name.value(), cls, seen);
                    if (v == null) {
                        return Py.None;
                    }
                    attrs.add(v);
                }
            }
        }
        for (Object k : kwNames) {
            Object v = attribute(subject, ((PyStr) k).value(), cls, seen);
            if (v == null) {
                return Py.None;
            }
            attrs.add(v);
        }
        return PyTuple.of(attrs.toArray());
    }

    private static Object attribute(Object subject, String name, PyType cls, List<String> seen) {
        if (seen.contains(name)) {
            throw Exceptions.typeError(cls.name() + "() got multiple sub-patterns for attribute '" + name + "'");
        }
        seen.add(name);
        return Ops.getAttrOrNull(subject, name);
    }

    private static boolean isSelfMatching(PyType cls) {
        for (PyType t : SELF_MATCHING) {
            if (cls.isSubtypeOf(t) && cls.lookup("__match_args__") == null) {
                return true;
            }
        }
        return false;
    }
}
