package taipan.runtime;

/**
 * A Python tuple. Contract: {@link #items} is never changed after construction
 * (the array is owned by the tuple); instances of tuple subclasses are PyTuple
 * objects whose {@link #type} is the subclass.
 */
public final class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    public final Object[] items;

    public PyTuple(Object[] items) {
        super(BuiltinTypes.TUPLE);
        this.items = items;
    }

    public PyTuple(PyType type, Object[] items) {
        super(type);
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }
}
