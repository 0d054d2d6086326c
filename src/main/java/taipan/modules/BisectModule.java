package taipan.modules;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;

/**
 * The {@code _bisect} module: binary search of a sorted sequence between {@code lo} and
 * {@code hi} (default, or -1: its length), comparing {@code x} with {@code key(a[mid])} by
 * {@code <} only, and insertion at the found place (a list's own insert for plain lists,
 * the object's {@code insert} method otherwise), with CPython's argument errors.
 */
public final class BisectModule {
    private BisectModule() {}

    private static final String SPEC = "a, x, lo=0, hi=None, *, key=None";

    public static PyModule create() {
        PyModule m = new PyModule("_bisect");
        define(m, "bisect_right", (a, x, lo, hi, key) -> (Object) search(a, x, lo, hi, key, true));
        define(m, "bisect_left", (a, x, lo, hi, key) -> (Object) search(a, x, lo, hi, key, false));
        define(m, "insort_right", (a, x, lo, hi, key) -> insort(a, x, lo, hi, key, true));
        define(m, "insort_left", (a, x, lo, hi, key) -> insort(a, x, lo, hi, key, false));
        return m;
    }

    private interface Body {
        Object apply(Object a, Object x, Object lo, Object hi, Object key);
    }

    private static void define(PyModule m, String name, Body body) {
        m.dict.put(PyStr.of(name), BuiltinFunction.of("_bisect", name, SPEC,
            (s, a) -> body.apply(a[0], a[1], a[2], a[3], a[4])));
    }

    private static long ssize(Object index) {
        if (index instanceof Long l) {
            return l;
        }
        throw Exceptions.overflowError("Python int too large to convert to C ssize_t");
    }

    /** The insertion point of {@code x}: after equal items when {@code right}, before them otherwise. */
    private static long search(Object seq, Object x, Object loArg, Object hiArg, Object key, boolean right) {
        long lo = ssize(Ops.index(loArg));
        long hi = -1;
        if (hiArg != Py.None) {
            if (!Ops.isInt(hiArg) && Py.typeOf(hiArg).lookup("__index__") == null) {
                throw Exceptions.typeError("argument should be integer or None, not '" + Py.typeOf(hiArg).name() + "'");
            }
            hi = ssize(Ops.index(hiArg));
        }
        if (lo < 0) {
            throw Exceptions.valueError("lo must be non-negative");
        }
        if (hi == -1) {
            hi = Ops.len(seq);
        }
        if (lo < hi && Py.typeOf(seq).lookup("__getitem__") == null) {
            throw Exceptions.typeError("'" + Py.typeOf(seq).name() + "' object does not support indexing");
        }
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            Object item = Ops.getItem(seq, mid);
            if (key != Py.None) {
                item = Ops.call(key, item);
            }
            boolean goLeft = right ? Ops.lessThan(x, item) : !Ops.lessThan(item, x);
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static Object insort(Object seq, Object x, Object lo, Object hi, Object key, boolean right) {
        Object probe = key == Py.None ? x : Ops.call(key, x);
        long index = search(seq, probe, lo, hi, key, right);
        if (seq instanceof PyList list && list.type == BuiltinTypes.LIST) {
            list.insert((int) Math.min(index, list.size), x);
        } else {
            Ops.call(Ops.getAttr(seq, "insert"), index, x);
        }
        return Py.None;
    }
}
