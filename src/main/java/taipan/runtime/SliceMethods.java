package taipan.runtime;

import java.math.BigInteger;

/**
 * The methods of {@code slice}: construction, repr, the start/stop/step
 * attributes, {@code indices(len)} with CPython's arbitrary-precision rules,
 * comparison as (start, stop, step) tuples, and no hash (3.11).
 */
public final class SliceMethods {
    private SliceMethods() {}

    static void install() {
        PyType t = BuiltinTypes.SLICE;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "slice", "cls, *args", (s, a) -> {
                Object[] args = ((PyTuple) a[1]).items;
                return switch (args.length) {
                    case 0 -> throw Exceptions.typeError("slice expected at least 1 argument, got 0");
                    case 1 -> new PySlice(Py.None, args[0], Py.None);
                    case 2 -> new PySlice(args[0], args[1], Py.None);
                    case 3 -> new PySlice(args[0], args[1], args[2]);
                    default -> throw Exceptions.typeError("slice expected at most 3 arguments, got " + args.length);
                };
            })));
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            PySlice s = (PySlice) self;
            return PyStr.of("slice(" + Ops.reprString(s.start) + ", " + Ops.reprString(s.stop) + ", "
                + Ops.reprString(s.step) + ")");
        });
        GetSetDescriptor.define(t, "start", self -> ((PySlice) self).start);
        GetSetDescriptor.define(t, "stop", self -> ((PySlice) self).stop);
        GetSetDescriptor.define(t, "step", self -> ((PySlice) self).step);
        t.define("__hash__", Py.None);
        MethodDescriptor.define(t, "indices", "length, /", (self, a) -> indices((PySlice) self, a[0]));
        for (CompareOp op : CompareOp.values()) {
            MethodDescriptor.define(t, op.method, "other, /", (self, a) -> {
                if (!(a[0] instanceof PySlice o)) {
                    return Py.NotImplemented;
                }
                return Ops.richCompare(asTuple((PySlice) self), asTuple(o), op);
            });
        }
        MethodDescriptor.define(t, "__reduce__", "", (self, a) ->
            PyTuple.of(BuiltinTypes.SLICE, asTuple((PySlice) self)));
    }

    private static PyTuple asTuple(PySlice s) {
        return PyTuple.of(s.start, s.stop, s.step);
    }

    /** {@code slice.indices(length)}: (start, stop, step) for a sequence of that length. */
    static PyTuple indices(PySlice s, Object lengthArg) {
        BigInteger length = Py.toBig(Ops.index(lengthArg));
        if (length.signum() < 0) {
            throw Exceptions.valueError("length should not be negative");
        }
        BigInteger step = s.step == Py.None ? BigInteger.ONE : bound(s.step);
        if (step.signum() == 0) {
            throw Exceptions.valueError("slice step cannot be zero");
        }
        boolean back = step.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? length.subtract(BigInteger.ONE) : length;
        BigInteger start = s.start == Py.None ? (back ? upper : lower) : clip(bound(s.start), length, lower, upper);
        BigInteger stop = s.stop == Py.None ? (back ? lower : upper) : clip(bound(s.stop), length, lower, upper);
        return PyTuple.of(Py.newInt(start), Py.newInt(stop), Py.newInt(step));
    }

    private static BigInteger clip(BigInteger i, BigInteger length, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(length);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    private static BigInteger bound(Object v) {
        if (!Ops.isInt(v) && Py.typeOf(v).lookup("__index__") == null) {
            throw Exceptions.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Py.toBig(Ops.index(v));
    }
}
