package taipan.runtime;

/**
 * A Python set or frozenset (by {@link #type}). The table follows CPython's
 * setobject.c (open addressing: up to 9 linear probes, then perturbed
 * probing; minimum size 8; resize when fill*5 >= mask*3 to used*4, or used*2
 * above 50000 items; deleted slots become dummies; an insertion reuses the last dummy on its probe path), so iteration order equals
 * CPython's for the same operations — programs that print sets of ints print
 * what CPython prints.
 *
 * <p>Contract: {@link #table} holds keys (null = free, {@link #DUMMY} =
 * deleted) and {@link #hashes} their hashes; iterate the table in slot order
 * skipping null and DUMMY. {@link #modCount} changes on every insertion or
 * deletion so iterators can detect a size change. Equality calls into Python
 * code may change the set; lookups restart when the table changed under them.
 */
public final class PySet extends PyObject {
    /** The marker of a deleted slot. */
    public static final Object DUMMY = new Object();
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;

    public Object[] table = new Object[MIN_SIZE];
    public long[] hashes = new long[MIN_SIZE];
    /** Live keys. */
    public int used;
    /** Live plus deleted slots. */
    public int fill;
    public int modCount;
    /** Where pop() starts looking. */
    private int finger;
    /** The cached frozenset hash, valid while {@link #hashed}. */
    long hash;
    boolean hashed;

    public PySet(PyType type) {
        super(type);
    }

    public PySet() {
        this(BuiltinTypes.SET);
    }

    public boolean isFrozen() {
        return type.isSubtypeOf(BuiltinTypes.FROZENSET);
    }

    private static boolean sameKey(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr x && b instanceof PyStr y && x.type == BuiltinTypes.STR && y.type == BuiltinTypes.STR) {
            return x.value().equals(y.value());
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        return a instanceof java.math.BigInteger x && b instanceof java.math.BigInteger y && x.equals(y);
    }

    /** The slot holding a key equal to {@code key}, or -1. */
    public int find(Object key, long h) {
        restart:
        while (true) {
            Object[] t = table;
            long[] hs = hashes;
            int mask = t.length - 1;
            long perturb = h;
            int i = (int) (h & mask);
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    Object k = t[j];
                    if (k == null) {
                        return -1;
                    }
                    if (k != DUMMY && hs[j] == h) {
                        if (sameKey(k, key)) {
                            return j;
                        }
                        boolean eq = Ops.eq(k, key);
                        if (t != table || t[j] != k) {
                            continue restart;
                        }
                        if (eq) {
                            return j;
                        }
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    public boolean contains(Object key) {
        return find(key, Ops.hash(key)) >= 0;
    }

    /** Adds {@code key}; false when an equal key was present. */
    public boolean add(Object key) {
        return add(key, Ops.hash(key));
    }

    public boolean add(Object key, long h) {
        restart:
        while (true) {
            Object[] t = table;
            long[] hs = hashes;
            int mask = t.length - 1;
            long perturb = h;
            int i = (int) (h & mask);
            int freeslot = -1;
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    Object k = t[j];
                    if (k == null) {
                        modCount++;
                        hashed = false;
                        used++;
                        if (freeslot >= 0) {
                            t[freeslot] = key;
                            hs[freeslot] = h;
                            return true;
                        }
                        fill++;
                        t[j] = key;
                        hs[j] = h;
                        if ((long) fill * 5 >= (long) mask * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (k == DUMMY) {
                        freeslot = j;
                    } else if (hs[j] == h) {
                        if (sameKey(k, key)) {
                            return false;
                        }
                        boolean eq = Ops.eq(k, key);
                        if (eq) {
                            return false;
                        }
                        if (t != table || t[j] != k) {
                            continue restart;
                        }
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** Removes {@code key}; false when absent. */
    public boolean discard(Object key) {
        return discard(key, Ops.hash(key));
    }

    public boolean discard(Object key, long h) {
        int j = find(key, h);
        if (j < 0) {
            return false;
        }
        table[j] = DUMMY;
        hashes[j] = -1;
        used--;
        modCount++;
        hashed = false;
        return true;
    }

    /** Rebuilds the table for at least {@code minUsed} keys, dropping dummies. */
    void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        if (newSize == MIN_SIZE && table.length == MIN_SIZE && fill == used) {
            return;
        }
        Object[] oldTable = table;
        long[] oldHashes = hashes;
        table = new Object[newSize];
        hashes = new long[newSize];
        fill = used;
        for (int i = 0; i < oldTable.length; i++) {
            Object k = oldTable[i];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[i]);
            }
        }
    }

    /** Puts a key known to be absent into a table without dummies. */
    private void insertClean(Object key, long h) {
        Object[] t = table;
        int mask = t.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            if (t[i] == null) {
                t[i] = key;
                hashes[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (t[j] == null) {
                        t[j] = key;
                        hashes[j] = h;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds every key of {@code other} (CPython's set_merge, with its table-copy shortcuts). */
    public void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) (table.length - 1) * 3) {
            resize((used + other.used) * 2);
        }
        Object[] ot = other.table;
        if (fill == 0 && table.length == ot.length && other.fill == other.used) {
            System.arraycopy(ot, 0, table, 0, ot.length);
            System.arraycopy(other.hashes, 0, hashes, 0, ot.length);
            fill = other.fill;
            used = other.used;
            modCount++;
            hashed = false;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i < ot.length; i++) {
                Object k = ot[i];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[i]);
                }
            }
            modCount++;
            hashed = false;
            return;
        }
        for (int i = 0; i < other.table.length; i++) {
            Object k = other.table[i];
            if (k != null && k != DUMMY) {
                add(k, other.hashes[i]);
            }
        }
    }

    /** Removes and returns an arbitrary key (CPython's choice), or null when empty. */
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int mask = table.length - 1;
        int i = finger & mask;
        while (table[i] == null || table[i] == DUMMY) {
            i = (i + 1) & mask;
        }
        Object k = table[i];
        table[i] = DUMMY;
        hashes[i] = -1;
        used--;
        modCount++;
        hashed = false;
        finger = i + 1;
        return k;
    }

    /** Removes every key, back to the minimum table. */
    public void clear() {
        table = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        used = 0;
        fill = 0;
        modCount++;
        hashed = false;
    }

    /** Exchanges contents with {@code other} (CPython's set_swap_bodies; types stay). */
    void swapBodies(PySet other) {
        Object[] t = table;
        long[] h = hashes;
        int u = used;
        int f = fill;
        table = other.table;
        hashes = other.hashes;
        used = other.used;
        fill = other.fill;
        other.table = t;
        other.hashes = h;
        other.used = u;
        other.fill = f;
        modCount++;
        other.modCount++;
        hashed = false;
        other.hashed = false;
    }

    /** Removes dummies when more than a quarter of the table is dummies (after bulk deletions). */
    void compactIfSparse() {
        if (fill - used > (table.length - 1) / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }
}
