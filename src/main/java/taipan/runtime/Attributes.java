package taipan.runtime;

import java.util.Arrays;

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

    /**
     * The object's {@code __dict__}: moves the attributes into a real dict
     * (DICT mode) the first time it is asked for.
     */
    public static PyDict dictOf(PyObject o) {
        Shape s = o.shape;
        if (s == Shape.DICT) {
            return (PyDict) o.slots[0];
        }
        PyDict d = new PyDict();
        if (s != null) {
            String[] names = s.names();
            for (int i = 0; i < names.length; i++) {
                if (o.slots[i] != null) {
                    d.put(PyStr.of(names[i]), o.slots[i]);
                }
            }
        }
        o.shape = Shape.DICT;
        o.slots = new Object[] {d};
        return d;
    }

    /** Replaces the object's {@code __dict__} (assignment to {@code obj.__dict__}). */
    public static void setDict(PyObject o, PyDict d) {
        o.shape = Shape.DICT;
        o.slots = new Object[] {d};
    }
}
