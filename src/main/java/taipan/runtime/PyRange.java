package taipan.runtime;

/** A Python range: start, stop and step as Python ints (Long or BigInteger); immutable. */
public final class PyRange extends PyObject {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PyRange(Object start, Object stop, Object step) {
        super(BuiltinTypes.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }
}
