package taipan.runtime;

/** A cell: the box a closure shares with the scope that defines the variable. Empty while value is null. */
public final class PyCell extends PyObject {
    public Object value;

    public PyCell(Object value) {
        super(BuiltinTypes.CELL);
        this.value = value;
    }
}
