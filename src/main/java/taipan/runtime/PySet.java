package taipan.runtime;

/**
 * A Python set or frozenset (by {@link #type}). The table follows CPython's
 * set implementation (open addressing with linear probes then perturbation),
 * so iteration order equals CPython's for the same insertions — programs that
 * print sets of ints print what CPython prints.
 *
 * <p>Contract: {@link #table} holds keys (null = free, {@link #DUMMY} =
 * deleted) and {@link #hashes} their hashes; iterate the table in slot order
 * skipping null and DUMMY. {@link #modCount} changes on every insertion or
 * deletion so iterators can detect a size change.
 */
public final class PySet extends PyObject {
    /** The marker of a deleted slot. */
    public static final Object DUMMY = new Object();
    public Object[] table = new Object[8];
    public long[] hashes = new long[8];
    /** Live keys. */
    public int used;
    /** Live plus deleted slots. */
    public int fill;
    public int modCount;

    public PySet(PyType type) {
        super(type);
    }

    public PySet() {
        this(BuiltinTypes.SET);
    }

    public boolean isFrozen() {
        return type.isSubtypeOf(BuiltinTypes.FROZENSET);
    }
}
