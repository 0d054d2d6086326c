package taipan.builtins;

import java.math.BigInteger;

import taipan.runtime.Arithmetic;
import taipan.runtime.BinaryOp;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.CompareOp;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyBytes;
import taipan.runtime.PyDict;
import taipan.runtime.PyList;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * The builtins that consume an iterable: all, any, min, max, sum and sorted,
 * as CPython 3.11 defines them. sum adds left to right (3.11 has no
 * compensated float summation), with exact int and float running totals
 * while the items allow it; sorted makes a list and calls its {@code sort}
 * method with the given key and reverse.
 */
public final class Aggregates {
    private Aggregates() {}

    static void installInto(PyDict d) {
        BuiltinFunctions.put(d, BuiltinFunction.of("builtins", "all", "iterable, /", (s, a) -> {
            Cursor it = cursor(a[0]);
            for (Object x = it.next(); x != null; x = it.next()) {
                if (!Ops.isTrue(x)) {
                    return Boolean.FALSE;
                }
            }
            return Boolean.TRUE;
        }));
        BuiltinFunctions.put(d, BuiltinFunction.of("builtins", "any", "iterable, /", (s, a) -> {
            Cursor it = cursor(a[0]);
            for (Object x = it.next(); x != null; x = it.next()) {
                if (Ops.isTrue(x)) {
                    return Boolean.TRUE;
                }
            }
            return Boolean.FALSE;
        }));
        BuiltinFunctions.put(d, BuiltinFunction.of("builtins", "max", "*args, **kwargs",
            (s, a) -> minMax((PyTuple) a[0], (PyDict) a[1], CompareOp.GT, "max")));
        BuiltinFunctions.put(d, BuiltinFunction.of("builtins", "min", "*args, **kwargs",
            (s, a) -> minMax((PyTuple) a[0], (PyDict) a[1], CompareOp.LT, "min")));
        BuiltinFunctions.put(d, BuiltinFunction.of("builtins", "sum", "*args, start=?", (s, a) -> {
            Object[] args = ((PyTuple) a[1]).items;
            if (args.length == 0) {
                throw Exceptions.typeError("sum() takes at least 1 positional argument (0 given)");
            }
            if (args.length > 2) {
                throw Exceptions.typeError("sum() takes at most 2 arguments (" + args.length + " given)");
            }
            if (args.length == 2 && a[0] != null) {
                throw Exceptions.typeError("argument for sum() given by name ('start') and position (2)");
            }
            return sum(args[0], args.length == 2 ? args[1] : a[0] != null ? a[0] : (Object) 0L);
        }));
        BuiltinFunctions.put(d, BuiltinFunction.of("builtins", "sorted", "*args, **kwargs", (s, a) -> {
            Object[] args = ((PyTuple) a[0]).items;
            BuiltinFunctions.checkCount("sorted", args.length, 1, 1);
            return sorted(args[0], (PyDict) a[1]);
        }));
    }

    /** A pass over an iterable: {@link #next} gives the items, then null. */
    @FunctionalInterface
    interface Cursor {
        Object next();
    }

    /**
     * A cursor over {@code iterable}: exact lists and tuples are read directly
     * (a list by index against its current size, as its iterator does), anything
     * else through the iterator protocol.
     */
    static Cursor cursor(Object iterable) {
        if (iterable instanceof PyList l && l.type == BuiltinTypes.LIST) {
            int[] i = {0};
            return () -> i[0] < l.size ? l.items[i[0]++] : null;
        }
        if (iterable instanceof PyTuple t && t.type == BuiltinTypes.TUPLE) {
            int[] i = {0};
            return () -> i[0] < t.items.length ? t.items[i[0]++] : null;
        }
        Object it = Ops.iter(iterable);
        return () -> Ops.next(it);
    }

    /** A new list of the items of {@code iterable}. */
    public static PyList toList(Object iterable) {
        if (iterable instanceof PyList l) {
            return new PyList(l.toArray());
        }
        if (iterable instanceof PyTuple t) {
            return new PyList(t.items.clone());
        }
        PyList out = new PyList();
        Cursor it = cursor(iterable);
        for (Object x = it.next(); x != null; x = it.next()) {
            out.append(x);
        }
        return out;
    }

    private static Object sorted(Object iterable, PyDict kwargs) {
        PyList list = toList(iterable);
        String[] names = new String[kwargs.size()];
        Object[] values = new Object[names.length];
        int k = 0;
        for (int i = 0; i < kwargs.entryLimit(); i++) {
            if (kwargs.keyAt(i) != null) {
                names[k] = ((PyStr) kwargs.keyAt(i)).value();
                values[k++] = kwargs.valueAt(i);
            }
        }
        Ops.call(Ops.getAttr(list, "sort"), values, names.length == 0 ? null : names);
        return list;
    }

    private static Object minMax(PyTuple args, PyDict kwargs, CompareOp op, String name) {
        Object key = null;
        Object dflt = null;
        for (int i = 0; i < kwargs.entryLimit(); i++) {
            Object k = kwargs.keyAt(i);
            if (k == null) {
                continue;
            }
            switch (((PyStr) k).value()) {
                case "key" -> key = kwargs.valueAt(i);
                case "default" -> dflt = kwargs.valueAt(i);
                default -> throw Exceptions.typeError("'" + ((PyStr) k).value() + "' is an invalid keyword argument for "
                    + name + "()");
            }
        }
        int n = args.items.length;
        if (n == 0) {
            throw Exceptions.typeError(name + " expected at least 1 argument, got 0");
        }
        if (n > 1 && dflt != null) {
            throw Exceptions.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        if (key == Py.None) {
            key = null;
        }
        Cursor it = cursor(n == 1 ? args.items[0] : args);
        Object best = null;
        Object bestValue = null;
        for (Object x = it.next(); x != null; x = it.next()) {
            Object v = key == null ? x : Ops.call(key, x);
            if (bestValue == null || Ops.isTrue(Ops.richCompare(v, bestValue, op))) {
                best = x;
                bestValue = v;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Exceptions.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    /** {@code sum(iterable, start)}. */
    public static Object sum(Object iterable, Object start) {
        if (start instanceof PyStr) {
            throw Exceptions.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw Exceptions.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (start instanceof PyByteArray) {
            throw Exceptions.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        Cursor it = cursor(iterable);
        Object result = start;
        if (result instanceof Long total) {
            long t = total;
            while (true) {
                Object x = it.next();
                if (x == null) {
                    return t;
                }
                if (x instanceof Long || x instanceof Boolean) {
                    long b = x instanceof Long l ? l : ((Boolean) x ? 1 : 0);
                    long r = t + b;
                    if (((t ^ r) & (b ^ r)) >= 0) {
                        t = r;
                        continue;
                    }
                }
                result = add(t, x);
                break;
            }
        }
        if (result instanceof Double total) {
            double f = total;
            while (true) {
                Object x = it.next();
                if (x == null) {
                    return f;
                }
                if (x instanceof Double v) {
                    f += v;
                    continue;
                }
                if (Ops.isInt(x) && Ops.intValue(x) instanceof Long l) {
                    f += (double) l;
                    continue;
                }
                result = add(f, x);
                break;
            }
        }
        for (Object x = it.next(); x != null; x = it.next()) {
            result = add(result, x);
        }
        return result;
    }

    /** {@code a + b}, computing int + int and int + float here (same results as int.__add__). */
    private static Object add(Object a, Object b) {
        if ((a instanceof Long || a instanceof BigInteger) && (b instanceof Long || b instanceof BigInteger
            || b instanceof Boolean)) {
            return Py.newInt(Py.toBig(a).add(Py.toBig(b)));
        }
        if (a instanceof Long x && b instanceof Double y) {
            return (double) x + y;
        }
        if (a instanceof Double x && b instanceof Long y) {
            return x + (double) y;
        }
        return Arithmetic.binary(BinaryOp.ADD, a, b);
    }
}
