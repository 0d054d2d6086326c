package taipan.runtime;

import java.util.Arrays;

/**
 * A Python list: a growable array of objects.
 *
 * <p>Contract: the first {@link #size} entries of {@link #items} are the
 * elements; the rest are null. Every change goes through these methods or
 * keeps that invariant. Instances of list subclasses are PyList objects whose
 * {@link #type} is the subclass.
 */
public final class PyList extends PyObject {
    public Object[] items;
    public int size;

    public PyList(PyType type) {
        super(type);
        this.items = new Object[0];
    }

    public PyList() {
        this(BuiltinTypes.LIST);
    }

    /** A list that owns {@code items} (not copied). */
    public PyList(Object[] items) {
        super(BuiltinTypes.LIST);
        this.items = items;
        this.size = items.length;
    }

    public static PyList of(Object... items) {
        return new PyList(items.clone());
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object v) {
        items[i] = v;
    }

    public void append(Object v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        items[size++] = v;
    }

    /** Makes room for {@code extra} more elements without changing the contents. */
    public void ensureCapacity(int extra) {
        if (size + extra > items.length) {
            items = Arrays.copyOf(items, Math.max(size + extra, size + (size >> 1) + 1));
        }
    }

    public void clear() {
        items = new Object[0];
        size = 0;
    }

    /** A copy of the elements. */
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
