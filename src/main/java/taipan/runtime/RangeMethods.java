package taipan.runtime;

import java.math.BigInteger;

/**
 * The methods of {@code range} with CPython 3.11's behaviour and messages:
 * construction, len, indexing and slicing (a slice is a range), O(1)
 * containment, count and index for ints, equality as sequences, hash, repr,
 * the start/stop/step attributes, and the iterators: a cheap long
 * {@code range_iterator} and a BigInteger {@code longrange_iterator}.
 */
public final class RangeMethods {
    private RangeMethods() {}

    public static final PyType ITERATOR = PyIterator.defineIteratorType("range_iterator");
    public static final PyType LONG_ITERATOR = PyIterator.defineIteratorType("longrange_iterator");

    static void install() {
        PyType t = BuiltinTypes.RANGE;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "range", "cls, *args, **kwargs", (s, a) -> {
                if (((PyDict) a[2]).size() > 0) {
                    throw Exceptions.typeError("range() takes no keyword arguments");
                }
                Object[] args = ((PyTuple) a[1]).items;
                return switch (args.length) {
                    case 0 -> throw Exceptions.typeError("range expected at least 1 argument, got 0");
                    case 1 -> new PyRange(0L, Ops.index(args[0]), 1L);
                    case 2 -> new PyRange(Ops.index(args[0]), Ops.index(args[1]), 1L);
                    case 3 -> make(Ops.index(args[0]), Ops.index(args[1]), Ops.index(args[2]));
                    default -> throw Exceptions.typeError("range expected at most 3 arguments, got " + args.length);
                };
            })));
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            PyRange r = (PyRange) self;
            String s = "range(" + Ops.reprString(r.start) + ", " + Ops.reprString(r.stop);
            if (!(r.step instanceof Long l && l == 1)) {
                s += ", " + Ops.reprString(r.step);
            }
            return PyStr.of(s + ")");
        });
        MethodDescriptor.define(t, "__len__", "", (self, a) -> {
            Object n = ((PyRange) self).length;
            if (n instanceof BigInteger) {
                throw Exceptions.overflowError("Python int too large to convert to C ssize_t");
            }
            return n;
        });
        MethodDescriptor.define(t, "__bool__", "", (self, a) -> Py.bool(!(((PyRange) self).length instanceof Long l && l == 0)));
        MethodDescriptor.define(t, "__getitem__", "key, /", (self, a) -> getItem((PyRange) self, a[0]));
        MethodDescriptor.define(t, "__contains__", "key, /", (self, a) -> Py.bool(contains((PyRange) self, a[0])));
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> iterator((PyRange) self));
        MethodDescriptor.define(t, "__reversed__", "", (self, a) -> {
            PyRange r = (PyRange) self;
            BigInteger len = Py.toBig(r.length);
            BigInteger step = Py.toBig(r.step);
            BigInteger last = Py.toBig(r.start).add(len.subtract(BigInteger.ONE).multiply(step));
            Object newStop = Py.newInt(Py.toBig(r.start).subtract(step));
            return iterator(new PyRange(Py.newInt(last), newStop, Py.newInt(step.negate())));
        });
        MethodDescriptor.define(t, "count", "value, /", (self, a) -> {
            PyRange r = (PyRange) self;
            if (isExactInt(a[0])) {
                return contains(r, a[0]) ? 1L : 0L;
            }
            long n = 0;
            Object it = iterator(r);
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                if (Ops.eq(x, a[0])) {
                    n++;
                }
            }
            return n;
        });
        MethodDescriptor.define(t, "index", "value, /", (self, a) -> {
            PyRange r = (PyRange) self;
            if (isExactInt(a[0])) {
                if (contains(r, a[0])) {
                    BigInteger x = Py.toBig(Ops.intValue(a[0]));
                    return Py.newInt(x.subtract(Py.toBig(r.start)).divide(Py.toBig(r.step)));
                }
            } else {
                long i = 0;
                Object it = iterator(r);
                for (Object x = Ops.next(it); x != null; x = Ops.next(it), i++) {
                    if (Ops.eq(x, a[0])) {
                        return i;
                    }
                }
                throw Exceptions.valueError("sequence.index(x): x not in sequence");
            }
            throw Exceptions.valueError(Ops.reprString(a[0]) + " is not in range");
        });
        MethodDescriptor.define(t, "__eq__", "other, /", (self, a) ->
            a[0] instanceof PyRange o ? Py.bool(equal((PyRange) self, o)) : Py.NotImplemented);
        MethodDescriptor.define(t, "__ne__", "other, /", (self, a) ->
            a[0] instanceof PyRange o ? Py.bool(!equal((PyRange) self, o)) : Py.NotImplemented);
        MethodDescriptor.define(t, "__hash__", "", (self, a) -> {
            PyRange r = (PyRange) self;
            Object len = r.length;
            boolean empty = len instanceof Long l && l == 0;
            boolean one = len instanceof Long l && l == 1;
            return Ops.hash(PyTuple.of(len, empty ? Py.None : r.start, empty || one ? Py.None : r.step));
        });
        GetSetDescriptor.define(t, "start", self -> ((PyRange) self).start);
        GetSetDescriptor.define(t, "stop", self -> ((PyRange) self).stop);
        GetSetDescriptor.define(t, "step", self -> ((PyRange) self).step);
        MethodDescriptor.define(t, "__reduce__", "", (self, a) -> {
            PyRange r = (PyRange) self;
            return PyTuple.of(BuiltinTypes.RANGE, PyTuple.of(r.start, r.stop, r.step));
        });
    }

    private static PyRange make(Object start, Object stop, Object step) {
        if (step instanceof Long l && l == 0) {
            throw Exceptions.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(start, stop, step);
    }

    private static boolean isExactInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    /** Whether {@code x} is in the range: O(1) for ints, a scan with == otherwise. */
    static boolean contains(PyRange r, Object x) {
        if (isExactInt(x)) {
            Object v = Ops.intValue(x);
            if (v instanceof Long lv && r.isSmall()) {
                long start = (Long) r.start;
                long stop = (Long) r.stop;
                long step = (Long) r.step;
                if (step > 0) {
                    return start <= lv && lv < stop && Long.remainderUnsigned(lv - start, step) == 0;
                }
                return stop < lv && lv <= start && Long.remainderUnsigned(start - lv, -step) == 0;
            }
            BigInteger b = Py.toBig(v);
            BigInteger start = Py.toBig(r.start);
            BigInteger stop = Py.toBig(r.stop);
            BigInteger step = Py.toBig(r.step);
            boolean inBounds = step.signum() > 0 ? start.compareTo(b) <= 0 && b.compareTo(stop) < 0
                : stop.compareTo(b) < 0 && b.compareTo(start) <= 0;
            return inBounds && b.subtract(start).mod(step.abs()).signum() == 0;
        }
        Object it = iterator(r);
        for (Object y = Ops.next(it); y != null; y = Ops.next(it)) {
            if (Ops.eq(y, x)) {
                return true;
            }
        }
        return false;
    }

    static boolean equal(PyRange a, PyRange b) {
        if (a == b) {
            return true;
        }
        if (!a.length.equals(b.length)) {
            return false;
        }
        if (a.length instanceof Long l && l == 0) {
            return true;
        }
        if (!a.start.equals(b.start)) {
            return false;
        }
        if (a.length instanceof Long l && l == 1) {
            return true;
        }
        return a.step.equals(b.step);
    }

    static Object getItem(PyRange r, Object key) {
        if (ListMethods.isIndex(key)) {
            BigInteger i = Py.toBig(Ops.index(key));
            BigInteger len = Py.toBig(r.length);
            if (i.signum() < 0) {
                i = i.add(len);
            }
            if (i.signum() < 0 || i.compareTo(len) >= 0) {
                throw Exceptions.indexError("range object index out of range");
            }
            return Py.newInt(Py.toBig(r.start).add(i.multiply(Py.toBig(r.step))));
        }
        if (key instanceof PySlice s) {
            PyTuple ix = SliceMethods.indices(s, r.length);
            BigInteger start = Py.toBig(r.start);
            BigInteger step = Py.toBig(r.step);
            BigInteger sliceStep = Py.toBig(ix.items[2]);
            return new PyRange(Py.newInt(start.add(Py.toBig(ix.items[0]).multiply(step))),
                Py.newInt(start.add(Py.toBig(ix.items[1]).multiply(step))), Py.newInt(step.multiply(sliceStep)));
        }
        throw Exceptions.typeError("range indices must be integers or slices, not " + Py.typeOf(key).name());
    }

    /**
     * An iterator over {@code r}: the long one when everything fits, with CPython's rule that
     * stepping past the stop must not overflow either (so both pick the same iterator type).
     */
    public static PyIterator iterator(PyRange r) {
        if (r.isSmall() && r.stop instanceof Long stop) {
            long step = (Long) r.step;
            long len = (Long) r.length;
            boolean overflow = len > 0 && (step > 0 ? stop > Long.MAX_VALUE - (step - 1)
                : stop < Long.MIN_VALUE + (-1 - step));
            if (!overflow) {
                return new RangeIterator((Long) r.start, step, len);
            }
        }
        return new LongRangeIterator(Py.toBig(r.start), Py.toBig(r.step), Py.toBig(r.length));
    }

    /** The iterator of a range of longs: three fields and no allocation but the boxed result. */
    public static final class RangeIterator extends PyIterator {
        private long next;
        private final long step;
        private long remaining;
        private final long start;
        private final long length;

        public RangeIterator(long start, long step, long length) {
            super(ITERATOR);
            this.next = start;
            this.step = step;
            this.remaining = length;
            this.start = start;
            this.length = length;
        }

        @Override
        public Object next() {
            if (remaining <= 0) {
                return null;
            }
            long v = next;
            next = v + step;
            remaining--;
            return v;
        }

        @Override
        public int lengthHint() {
            return (int) Math.min(remaining, Integer.MAX_VALUE);
        }

        /** As CPython: the iterator of range(start, start + length * step, step) at its position. */
        @Override
        public PyTuple reduce() {
            Object stop = Py.newInt(java.math.BigInteger.valueOf(start).add(
                java.math.BigInteger.valueOf(step).multiply(java.math.BigInteger.valueOf(length))));
            Object r = Ops.call(BuiltinTypes.RANGE, start, stop, step);
            return PyTuple.of(builtin("iter"), PyTuple.of(r), length - Math.max(remaining, 0));
        }

        @Override
        public void setState(Object state) {
            long i = Math.max(0, Math.min((Long) Ops.index(state), length));
            next = start + i * step;
            remaining = length - i;
        }
    }

    /** The iterator of a range whose bounds or length do not fit a long. */
    static final class LongRangeIterator extends PyIterator {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;
        private final BigInteger start;
        private final BigInteger length;

        LongRangeIterator(BigInteger start, BigInteger step, BigInteger length) {
            super(LONG_ITERATOR);
            this.next = start;
            this.step = step;
            this.remaining = length;
            this.start = start;
            this.length = length;
        }

        @Override
        public int lengthHint() {
            return remaining.signum() <= 0 ? 0 : remaining.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
        }

        @Override
        public PyTuple reduce() {
            Object r = Ops.call(BuiltinTypes.RANGE, Py.newInt(start), Py.newInt(start.add(step.multiply(length))),
                Py.newInt(step));
            return PyTuple.of(builtin("iter"), PyTuple.of(r), Py.newInt(length.subtract(remaining.max(BigInteger.ZERO))));
        }

        @Override
        public void setState(Object state) {
            BigInteger i = Py.toBig(Ops.index(state)).max(BigInteger.ZERO).min(length);
            next = start.add(i.multiply(step));
            remaining = length.subtract(i);
        }

        @Override
        public Object next() {
            if (remaining.signum() <= 0) {
                return null;
            }
            BigInteger v = next;
            next = v.add(step);
            remaining = remaining.subtract(BigInteger.ONE);
            return Py.newInt(v);
        }
    }
}
