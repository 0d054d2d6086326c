package taipan.runtime;

import java.util.Arrays;

/**
 * A Python dict: compact and insertion-ordered, like CPython's. Entries are
 * appended to parallel arrays ({@link #keyAt}, {@link #valueAt}); a separate
 * open-addressing index maps hashes to entry numbers. Deleted entries leave a
 * hole (null key) until the next resize compacts them.
 *
 * <p>Contract: keys compare with Python equality and hash with Python hashes
 * ({@link Ops#hash}, {@link Ops#eq}); str and int keys take a fast path that
 * calls no Python code. Iterate with {@code for (int i = 0; i < d.entryLimit(); i++)}
 * skipping null keys; {@link #modCount} changes on every insertion or
 * deletion so iterators can detect a size change.
 */
public final class PyDict extends PyObject {
    private static final int FREE = -1;
    private static final int DUMMY = -2;

    private Object[] keys;
    private Object[] values;
    private long[] hashes;
    private int[] index;
    private int used;
    private int filled;
    /** Changes whenever a key is added or removed. */
    public int modCount;
    /** Changes whenever anything in the dict changes (values too): inline caches of globals check it. */
    public int version;

    public PyDict(PyType type) {
        super(type);
        init(8);
    }

    public PyDict() {
        this(BuiltinTypes.DICT);
    }

    private void init(int indexSize) {
        index = new int[indexSize];
        Arrays.fill(index, FREE);
        int cap = indexSize * 2 / 3;
        keys = new Object[cap];
        values = new Object[cap];
        hashes = new long[cap];
        filled = 0;
        used = 0;
    }

    /** The number of items. */
    public int size() {
        return used;
    }

    /** Entries below this number may hold items (null key = deleted). */
    public int entryLimit() {
        return filled;
    }

    public Object keyAt(int i) {
        return keys[i];
    }

    public Object valueAt(int i) {
        return values[i];
    }

    public void setValueAt(int i, Object v) {
        values[i] = v;
        version++;
    }

    private static boolean sameKey(Object a, Object b, long hb, long ha) {
        if (a == b) {
            return true;
        }
        if (ha != hb) {
            return false;
        }
        if (a instanceof PyStr x && b instanceof PyStr y && x.type == BuiltinTypes.STR && y.type == BuiltinTypes.STR) {
            return x.value().equals(y.value());
        }
        return Ops.eq(a, b);
    }

    /** The entry number holding {@code key}, or -1. */
    public int find(Object key, long hash) {
        int slot = slotOf(key, hash);
        return slot < 0 ? -1 : index[slot];
    }

    /**
     * The position in the index of the entry holding {@code key}, or -1. When a key's {@code __eq__}
     * changes the dict, the lookup starts again, as in CPython.
     */
    private int slotOf(Object key, long hash) {
        restart:
        while (true) {
            int[] idx = index;
            Object[] ks = keys;
            long[] hs = hashes;
            int mask = idx.length - 1;
            long perturb = hash;
            int i = (int) hash & mask;
            while (true) {
                int ix = idx[i];
                if (ix == FREE) {
                    return -1;
                }
                if (ix >= 0) {
                    Object k = ks[ix];
                    if (k != null) {
                        boolean same = sameKey(k, key, hash, hs[ix]);
                        if (idx != index || ks[ix] != k) {
                            continue restart;
                        }
                        if (same) {
                            return i;
                        }
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    /** The value for {@code key}, or null when absent. */
    public Object get(Object key) {
        int ix = find(key, Ops.hash(key));
        return ix < 0 ? null : values[ix];
    }

    /** The value for the str key {@code name}, or null. */
    public Object getStr(String name) {
        return get(PyStr.of(name));
    }

    public boolean containsKey(Object key) {
        return find(key, Ops.hash(key)) >= 0;
    }

    /** Sets {@code key} to {@code value} (keeps the original key object when present). */
    public void put(Object key, Object value) {
        put(key, Ops.hash(key), value);
    }

    public void put(Object key, long hash, Object value) {
        version++;
        int ix = find(key, hash);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        append(key, hash, value);
    }

    /**
     * The value of {@code key}; when absent, sets it to {@code value} and returns null. Looks the
     * key up once (so its {@code __eq__} runs at most once per colliding key, as in CPython's setdefault).
     */
    public Object putIfAbsent(Object key, long hash, Object value) {
        int ix = find(key, hash);
        if (ix >= 0) {
            return values[ix];
        }
        version++;
        append(key, hash, value);
        return null;
    }

    /** Adds a key known to be absent. */
    private void append(Object key, long hash, Object value) {
        if (filled == keys.length) {
            resize();
        }
        keys[filled] = key;
        values[filled] = value;
        hashes[filled] = hash;
        insertIndex(hash, filled);
        filled++;
        used++;
        modCount++;
    }

    private void insertIndex(long hash, int entry) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (index[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = entry;
    }

    private void resize() {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        long[] oldHashes = hashes;
        int oldFilled = filled;
        int n = 8;
        while (n * 2 / 3 < used * 3 + 1) {
            n <<= 1;
        }
        init(n);
        for (int i = 0; i < oldFilled; i++) {
            if (oldKeys[i] != null) {
                keys[filled] = oldKeys[i];
                values[filled] = oldValues[i];
                hashes[filled] = oldHashes[i];
                insertIndex(oldHashes[i], filled);
                filled++;
                used++;
            }
        }
    }

    /** Removes {@code key}; returns its value, or null when it was absent. */
    public Object remove(Object key) {
        int slot = slotOf(key, Ops.hash(key));
        if (slot < 0) {
            return null;
        }
        int ix = index[slot];
        Object v = values[ix];
        index[slot] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        used--;
        modCount++;
        version++;
        return v;
    }

    /** Removes every item. */
    public void clear() {
        init(8);
        modCount++;
        version++;
    }

    /** The last entry number in use, or -1 when empty (for popitem). */
    public int lastEntry() {
        for (int i = filled - 1; i >= 0; i--) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /** A shallow copy with the same order. */
    public PyDict copy() {
        PyDict d = new PyDict();
        for (int i = 0; i < filled; i++) {
            if (keys[i] != null) {
                d.put(keys[i], hashes[i], values[i]);
            }
        }
        return d;
    }

    /** The hash stored with entry {@code i}. */
    public long hashAt(int i) {
        return hashes[i];
    }
}
