package taipan.runtime;

import java.math.BigInteger;

/**
 * A slice resolved against a sequence length with CPython's rules
 * (PySlice_Unpack + PySlice_AdjustIndices): indices clipped to the sequence,
 * None meaning "from the end" for negative steps, huge ints clamped, and the
 * number of selected items. Element {@code k} of the slice is at
 * {@code start + k * step}.
 */
public record SliceIndices(int start, int stop, long step, int count) {
    private static final long MAX = Long.MAX_VALUE;

    /** Resolves {@code s} against a sequence of {@code length} items. */
    public static SliceIndices of(PySlice s, int length) {
        long step = s.step == Py.None ? 1 : clampedIndex(s.step);
        if (step == 0) {
            throw Exceptions.valueError("slice step cannot be zero");
        }
        if (step < -MAX) {
            step = -MAX;
        }
        long start = s.start == Py.None ? (step < 0 ? MAX : 0) : clampedIndex(s.start);
        long stop = s.stop == Py.None ? (step < 0 ? Long.MIN_VALUE : MAX) : clampedIndex(s.stop);
        start = adjust(start, length, step);
        stop = adjust(stop, length, step);
        long count;
        if (step < 0) {
            count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new SliceIndices((int) start, (int) stop, step, (int) count);
    }

    private static long adjust(long i, int length, long step) {
        if (i < 0) {
            i += length;
            if (i < 0) {
                i = step < 0 ? -1 : 0;
            }
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
        return i;
    }

    /** A slice bound as a long, clamped to the long range (CPython's _PyEval_SliceIndex). */
    static long clampedIndex(Object v) {
        Object i;
        if (Ops.isInt(v)) {
            i = Ops.intValue(v);
        } else if (Py.typeOf(v).lookup("__index__") != null) {
            i = Ops.index(v);
        } else {
            throw Exceptions.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (i instanceof Long l) {
            return l;
        }
        return ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE : MAX;
    }

    /** The index in the sequence of slice element {@code k}. */
    public int at(int k) {
        return (int) (start + k * step);
    }
}
