package taipan.runtime;

import java.math.BigInteger;

/**
 * A Python range: start, stop and step as Python ints (Long or BigInteger);
 * immutable. {@link #length} (a Python int) is computed once; when start, step
 * and length all fit a long, {@link #isSmall} is true and iteration takes the
 * long path.
 */
public final class PyRange extends PyObject {
    public final Object start;
    public final Object stop;
    public final Object step;
    /** The number of items, a Long or BigInteger. */
    public final Object length;

    /** Makes a range; the caller checked that step is not zero. */
    public PyRange(Object start, Object stop, Object step) {
        super(BuiltinTypes.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    /** Whether start, stop, step and the length all fit a long. */
    public boolean isSmall() {
        return start instanceof Long && stop instanceof Long && step instanceof Long && length instanceof Long;
    }

    private static Object computeLength(Object start, Object stop, Object step) {
        if (start instanceof Long a && stop instanceof Long b && step instanceof Long c) {
            long lo = a;
            long hi = b;
            long st = c;
            if (st < 0) {
                lo = b;
                hi = a;
                st = -st;
            }
            if (lo >= hi) {
                return 0L;
            }
            long span = hi - lo; // positive unless it overflowed
            if (span > 0 && st > 0 && (span - 1) / st < Long.MAX_VALUE) {
                return (span - 1) / st + 1;
            }
        }
        BigInteger lo = Py.toBig(start);
        BigInteger hi = Py.toBig(stop);
        BigInteger st = Py.toBig(step);
        if (st.signum() < 0) {
            BigInteger t = lo;
            lo = hi;
            hi = t;
            st = st.negate();
        }
        if (lo.compareTo(hi) >= 0) {
            return 0L;
        }
        return Py.newInt(hi.subtract(lo).subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE));
    }
}
