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

    /** Inserts {@code v} before index {@code i} (0 ≤ i ≤ size). */
    public void insert(int i, Object v) {
        ensureCapacity(1);
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    /** Removes and returns the element at {@code i}. */
    public Object removeAt(int i) {
        Object v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    /** Replaces elements {@code lo..hi-1} with {@code src} (the list may grow or shrink). */
    public void replace(int lo, int hi, Object[] src) {
        int delta = src.length - (hi - lo);
        if (delta > 0) {
            ensureCapacity(delta);
        }
        System.arraycopy(items, hi, items, hi + delta, size - hi);
        System.arraycopy(src, 0, items, lo, src.length);
        if (delta < 0) {
            java.util.Arrays.fill(items, size + delta, size, null);
        }
        size += delta;
    }

    /** Makes {@code src} the elements (owned, not copied). */
    public void setAll(Object[] src) {
        items = src;
        size = src.length;
    }

    /** Appends every element of {@code src}. */
    public void appendAll(Object[] src, int n) {
        ensureCapacity(n);
        System.arraycopy(src, 0, items, size, n);
        size += n;
    }

    /** A new plain list: these elements, then those of {@code other}. */
    public PyList concat(PyList other) {
        Object[] out = Arrays.copyOf(items, size + other.size);
        System.arraycopy(other.items, 0, out, size, other.size);
        return new PyList(out);
    }

    /** Reverses the elements in place. */
    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    /** The elements selected by a resolved slice, as a new array. */
    public Object[] slice(SliceIndices s) {
        Object[] out = new Object[s.count()];
        if (s.step() == 1) {
            System.arraycopy(items, s.start(), out, 0, s.count());
        } else {
            for (int k = 0; k < out.length; k++) {
                out[k] = items[s.at(k)];
            }
        }
        return out;
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
