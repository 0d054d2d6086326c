package taipan.runtime;

/** A Python slice object: start, stop and step, any objects (None when omitted); immutable. */
public final class PySlice extends PyObject {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PySlice(Object start, Object stop, Object step) {
        super(BuiltinTypes.SLICE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }
}
