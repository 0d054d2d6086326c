package taipan.runtime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Instance attribute storage: reads and writes {@link PyObject#slots} through
 * the object's {@link Shape}, or through its dict once in DICT mode.
 *
 * <p>Contract: these are the raw storage operations under
 * {@code object.__getattribute__}/{@code __setattr__}; they run no descriptors
 * and no Python code (except str-key hashing in DICT mode, which is pure).
 */
public final class Attributes {
    private Attributes() {}

    /** The stored value of attribute {@code name}, or null. */
    public static Object getInstanceAttribute(PyObject o, String name) {
        Shape s = o.shape;
        if (s == null) {
            return null;
        }
        if (s == Shape.DICT) {
            return ((PyDict) o.slots[0]).get(PyStr.of(name));
        }
        int i = s.indexOf(name);
        return i < 0 ? null : o.slots[i];
    }

    /** Stores attribute {@code name}. */
    public static void setInstanceAttribute(PyObject o, String name, Object value) {
        Shape s = o.shape;
        if (s == null) {
            s = Shape.EMPTY;
            o.shape = s;
            o.slots = new Object[4];
        }
        if (s == Shape.DICT) {
            ((PyDict) o.slots[0]).put(PyStr.of(name), value);
            return;
        }
        int i = s.indexOf(name);
        if (i >= 0) {
            o.slots[i] = value;
            return;
        }
        if (s.size() >= Shape.MAX_SLOTS) {
            dictOf(o).put(PyStr.of(name), value);
            return;
        }
        Shape next = s.with(name);
        int slot = next.indexOf(name);
        if (slot >= o.slots.length) {
            o.slots = Arrays.copyOf(o.slots, Math.max(4, o.slots.length * 2));
        }
        o.slots[slot] = value;
        o.shape = next;
    }

    /** Removes attribute {@code name}; false when it was not there. */
    public static boolean deleteInstanceAttribute(PyObject o, String name) {
        Shape s = o.shape;
        if (s == null) {
            return false;
        }
        if (s != Shape.DICT && s.indexOf(name) < 0) {
            return false;
        }
        return dictOf(o).remove(PyStr.of(name)) != null;
    }

    /** The value of {@code __slots__} member {@code name}, or null: with the attributes, or beside the dict in DICT mode. */
    public static Object getSlotMember(PyObject o, String name) {
        if (o.shape == Shape.DICT) {
            return o.slots.length > 1 ? members(o).get(name) : null;
        }
        return getInstanceAttribute(o, name);
    }

    /** Stores {@code __slots__} member {@code name}, or removes it for a null value (false when it was not set). */
    public static boolean setSlotMember(PyObject o, String name, Object value) {
        if (o.shape != Shape.DICT) {
            if (value != null) {
                setInstanceAttribute(o, name, value);
                return true;
            }
            if (getInstanceAttribute(o, name) == null) {
                return false;
            }
            dictOf(o);
        }
        if (value == null) {
            return o.slots.length > 1 && members(o).remove(name) != null;
        }
        if (o.slots.length == 1) {
            o.slots = new Object[] {o.slots[0], new HashMap<String, Object>()};
        }
        members(o).put(name, value);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> members(PyObject o) {
        return (Map<String, Object>) o.slots[1];
    }

    /** Whether {@code name} is declared in the {@code __slots__} of {@code t} or a base. */
    private static boolean isSlotMember(PyType t, String name) {
        for (PyType k : t.mro()) {
            if (k.slotNames != null && Arrays.asList(k.slotNames).contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The object's {@code __dict__}: moves the attributes into a real dict
     * (DICT mode) the first time it is asked for. {@code __slots__} members stay
     * out of it, in a map beside it ({@code slots[1]}), as CPython keeps them in
     * the instance's own fields.
     */
    public static PyDict dictOf(PyObject o) {
        Shape s = o.shape;
        if (s == Shape.DICT) {
            return (PyDict) o.slots[0];
        }
        PyDict d = new PyDict();
        Map<String, Object> members = null;
        if (s != null) {
            String[] names = s.names();
            for (int i = 0; i < names.length; i++) {
                if (o.slots[i] == null) {
                    continue;
                }
                if (isSlotMember(o.type, names[i])) {
                    if (members == null) {
                        members = new HashMap<>();
                    }
                    members.put(names[i], o.slots[i]);
                    continue;
                }
                d.put(PyStr.of(names[i]), o.slots[i]);
            }
        }
        o.shape = Shape.DICT;
        o.slots = members == null ? new Object[] {d} : new Object[] {d, members};
        return d;
    }

    /** Replaces the object's {@code __dict__} (assignment to {@code obj.__dict__}); its slot members stay. */
    public static void setDict(PyObject o, PyDict d) {
        dictOf(o);
        o.slots[0] = d;
    }
}
