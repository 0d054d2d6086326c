package taipan.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import taipan.runtime.Arithmetic;
import taipan.runtime.BinaryOp;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.GenericAlias;
import taipan.runtime.ClassMethod;
import taipan.runtime.Exceptions;
import taipan.runtime.Iterables;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyComplex;
import taipan.runtime.PyDict;
import taipan.runtime.PyFloat;
import taipan.runtime.PyIterator;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * The {@code itertools} module with CPython 3.11's argument checking, messages and the reprs
 * of {@code count} and {@code repeat}. Every iterator is a {@link PyIterator} whose steps come
 * from a {@link Supplier} (null = exhausted, and it stays exhausted); the classes accept
 * Python subclasses as CPython's do.
 */
public final class ItertoolsModule {
    private ItertoolsModule() {}

    /** An itertools iterator: {@code step} gives the next item or null at the end. */
    static class It extends PyIterator {
        Supplier<Object> step;

        It(PyType type, Supplier<Object> step) {
            super(type);
            this.step = step;
        }

        @Override
        public Object next() {
            if (step == null) {
                return null;
            }
            Object v = step.get();
            if (v == null) {
                step = null;
            }
            return v;
        }
    }

    /** {@code count}: kept apart for its repr. */
    static final class Count extends PyIterator {
        Object current;
        final Object step;

        Count(PyType type, Object start, Object step) {
            super(type);
            this.current = start;
            this.step = step;
        }

        @Override
        public Object next() {
            Object v = current;
            current = Arithmetic.binary(BinaryOp.ADD, current, step);
            return v;
        }
    }

    /** {@code repeat}: kept apart for its repr and length hint. */
    static final class Repeat extends PyIterator {
        final Object object;
        long remaining;

        Repeat(PyType type, Object object, long times) {
            super(type);
            this.object = object;
            this.remaining = times;
        }

        @Override
        public Object next() {
            if (remaining == 0) {
                return null;
            }
            if (remaining > 0) {
                remaining--;
            }
            return object;
        }
    }

    /** The state {@code tee} iterators share: the items some iterator has read and another not yet. */
    static final class TeeData {
        final Object source;
        final List<Object> buffer = new ArrayList<>();
        long base;
        boolean done;

        TeeData(Object source) {
            this.source = source;
        }
    }

    static final class Tee extends PyIterator {
        final TeeData data;
        long index;

        Tee(TeeData data, long index) {
            super(TEE);
            this.data = data;
            this.index = index;
        }

        @Override
        public Object next() {
            TeeData d = data;
            long pos = index - d.base;
            if (pos >= d.buffer.size()) {
                if (d.done) {
                    return null;
                }
                Object v = Ops.next(d.source);
                if (v == null) {
                    d.done = true;
                    return null;
                }
                d.buffer.add(v);
            }
            Object v = d.buffer.get((int) (index - d.base));
            index++;
            return v;
        }
    }

    static final PyType COUNT = type("count");
    static final PyType CYCLE = type("cycle");
    static final PyType REPEAT = type("repeat");
    static final PyType ACCUMULATE = type("accumulate");
    static final PyType CHAIN = type("chain");
    static final PyType COMPRESS = type("compress");
    static final PyType DROPWHILE = type("dropwhile");
    static final PyType FILTERFALSE = type("filterfalse");
    static final PyType GROUPBY = type("groupby");
    static final PyType GROUPER = type("_grouper");
    static final PyType ISLICE = type("islice");
    static final PyType PAIRWISE = type("pairwise");
    static final PyType STARMAP = type("starmap");
    static final PyType TAKEWHILE = type("takewhile");
    static final PyType TEE = type("_tee");
    static final PyType ZIP_LONGEST = type("zip_longest");
    static final PyType PRODUCT = type("product");
    static final PyType PERMUTATIONS = type("permutations");
    static final PyType COMBINATIONS = type("combinations");
    static final PyType CWR = type("combinations_with_replacement");

    private static PyType type(String name) {
        PyType t = BuiltinTypes.builtin(name, BuiltinTypes.OBJECT, null);
        t.define("__module__", PyStr.of("itertools"));
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> self);
        MethodDescriptor.define(t, "__next__", "", (self, a) -> {
            Object v = ((PyIterator) self).next();
            if (v == null) {
                throw Exceptions.stopIteration(Py.None);
            }
            return v;
        });
        return t;
    }

    /** Defines {@code __new__} taking {@code spec} after the class; the body gets the class as self. */
    private static void defineNew(PyType t, String spec, BuiltinFunction.Body body) {
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("itertools", t.name(), "cls, " + spec, (s, a) ->
                body.call(a[0], Arrays.copyOfRange(a, 1, a.length)))));
    }

    /** A positional-only constructor of exactly {@code n} arguments, messages as CPython's. */
    private static Object[] exactly(PyType t, Object[] a, int n) {
        Object[] args = ((PyTuple) a[0]).items;
        noKeywords(t, (PyDict) a[1]);
        if (args.length != n) {
            throw Exceptions.typeError(t.name() + " expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.length);
        }
        return args;
    }

    private static void noKeywords(PyType t, PyDict kw) {
        if (kw.size() > 0 && t.builtin) {
            throw Exceptions.typeError(t.name() + "() takes no keyword arguments");
        }
    }

    private static boolean isNumber(Object o) {
        if (Ops.isInt(o) || o instanceof Double || o instanceof PyFloat || o instanceof PyComplex) {
            return true;
        }
        PyType t = Py.typeOf(o);
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null
            || t.lookup("__complex__") != null;
    }

    static {
        installSimple();
        installCombinatorics();
    }

    public static PyModule create() {
        PyModule m = new PyModule("itertools");
        for (PyType t : new PyType[] {COUNT, CYCLE, REPEAT, ACCUMULATE, CHAIN, COMPRESS, DROPWHILE, FILTERFALSE,
            GROUPBY, GROUPER, ISLICE, PAIRWISE, STARMAP, TAKEWHILE, TEE, ZIP_LONGEST, PRODUCT, PERMUTATIONS,
            COMBINATIONS, CWR}) {
            m.dict.put(PyStr.of(t.name()), t);
        }
        m.dict.put(PyStr.of("tee"), BuiltinFunction.of("itertools", "tee", "iterable, n=2, /", (s, a) -> tee(a[0], a[1])));
        return m;
    }

    private static PyTuple tee(Object iterable, Object nObj) {
        long n = (Long) Ops.index(nObj);
        if (n < 0) {
            throw Exceptions.valueError("n must be >= 0");
        }
        Object[] out = new Object[(int) n];
        if (n == 0) {
            return new PyTuple(out);
        }
        Object it = Ops.iter(iterable);
        if (it instanceof Tee first) {
            out[0] = first;
            for (int i = 1; i < n; i++) {
                out[i] = new Tee(first.data, first.index);
            }
            return new PyTuple(out);
        }
        TeeData data = new TeeData(it);
        for (int i = 0; i < n; i++) {
            out[i] = new Tee(data, 0);
        }
        return new PyTuple(out);
    }

    private static void installSimple() {
        defineNew(COUNT, "start=0, step=1", (cls, a) -> {
            if (!isNumber(a[0]) || !isNumber(a[1])) {
                throw Exceptions.typeError("a number is required");
            }
            return new Count((PyType) cls, a[0], a[1]);
        });
        MethodDescriptor.define(COUNT, "__repr__", "", (self, a) -> {
            Count c = (Count) self;
            String name = c.type.name();
            boolean plainStep = c.step instanceof Long l && l == 1;
            return PyStr.of(name + "(" + Ops.reprString(c.current) + (plainStep ? "" : ", " + Ops.reprString(c.step)) + ")");
        });
        defineNew(REPEAT, "object, times=?", (cls, a) -> {
            long times = a[1] == null ? -1 : Math.max(0, (Long) Ops.index(a[1]));
            return new Repeat((PyType) cls, a[0], times);
        });
        MethodDescriptor.define(REPEAT, "__repr__", "", (self, a) -> {
            Repeat r = (Repeat) self;
            return PyStr.of(r.type.name() + "(" + Ops.reprString(r.object) + (r.remaining < 0 ? "" : ", " + r.remaining) + ")");
        });
        MethodDescriptor.define(REPEAT, "__length_hint__", "", (self, a) -> {
            Repeat r = (Repeat) self;
            if (r.remaining < 0) {
                throw Exceptions.typeError("len() of unsized object");
            }
            return r.remaining;
        });
        defineNew(CYCLE, "*args, **kwargs", (cls, a) -> {
            Object it = Ops.iter(exactly((PyType) cls, a, 1)[0]);
            List<Object> saved = new ArrayList<>();
            return new It((PyType) cls, new Supplier<>() {
                int pos = -1;

                @Override
                public Object get() {
                    if (pos < 0) {
                        Object v = Ops.next(it);
                        if (v != null) {
                            saved.add(v);
                            return v;
                        }
                        if (saved.isEmpty()) {
                            return null;
                        }
                        pos = 0;
                    }
                    Object v = saved.get(pos);
                    pos = (pos + 1) % saved.size();
                    return v;
                }
            });
        });
        defineNew(ACCUMULATE, "iterable, func=None, *, initial=None", (cls, a) -> {
            Object it = Ops.iter(a[0]);
            Object func = a[1];
            return new It((PyType) cls, new Supplier<>() {
                Object total = a[2] == Py.None ? null : a[2];
                boolean initialPending = total != null;

                @Override
                public Object get() {
                    if (initialPending) {
                        initialPending = false;
                        return total;
                    }
                    Object v = Ops.next(it);
                    if (v == null) {
                        return null;
                    }
                    total = total == null ? v
                        : func == Py.None ? Arithmetic.binary(BinaryOp.ADD, total, v) : Ops.call(func, total, v);
                    return total;
                }
            });
        });
        defineNew(CHAIN, "*args, **kwargs", (cls, a) -> {
            noKeywords((PyType) cls, (PyDict) a[1]);
            return chain((PyType) cls, Ops.iter(a[0]));
        });
        GenericAlias.defineClassGetItem(CHAIN, "itertools");
        CHAIN.define("from_iterable", new ClassMethod(BuiltinTypes.CLASSMETHOD,
            BuiltinFunction.of("itertools", "from_iterable", "cls, iterable, /", (s, a) -> chain((PyType) a[0], Ops.iter(a[1])))));
        defineNew(COMPRESS, "data, selectors", (cls, a) -> {
            Object data = Ops.iter(a[0]);
            Object sel = Ops.iter(a[1]);
            return new It((PyType) cls, () -> {
                while (true) {
                    Object d = Ops.next(data);
                    if (d == null) {
                        return null;
                    }
                    Object s = Ops.next(sel);
                    if (s == null) {
                        return null;
                    }
                    if (Ops.isTrue(s)) {
                        return d;
                    }
                }
            });
        });
        defineNew(DROPWHILE, "*args, **kwargs", (cls, a) -> {
            Object[] args = exactly((PyType) cls, a, 2);
            Object it = Ops.iter(args[1]);
            return new It((PyType) cls, new Supplier<>() {
                boolean dropping = true;

                @Override
                public Object get() {
                    while (true) {
                        Object v = Ops.next(it);
                        if (v == null || !dropping) {
                            return v;
                        }
                        if (!Ops.isTrue(Ops.call(args[0], v))) {
                            dropping = false;
                            return v;
                        }
                    }
                }
            });
        });
        defineNew(TAKEWHILE, "*args, **kwargs", (cls, a) -> {
            Object[] args = exactly((PyType) cls, a, 2);
            Object it = Ops.iter(args[1]);
            return new It((PyType) cls, () -> {
                Object v = Ops.next(it);
                return v == null || !Ops.isTrue(Ops.call(args[0], v)) ? null : v;
            });
        });
        defineNew(FILTERFALSE, "*args, **kwargs", (cls, a) -> {
            Object[] args = exactly((PyType) cls, a, 2);
            Object it = Ops.iter(args[1]);
            return new It((PyType) cls, () -> {
                while (true) {
                    Object v = Ops.next(it);
                    if (v == null) {
                        return null;
                    }
                    if (!Ops.isTrue(args[0] == Py.None ? v : Ops.call(args[0], v))) {
                        return v;
                    }
                }
            });
        });
        defineNew(STARMAP, "*args, **kwargs", (cls, a) -> {
            Object[] args = exactly((PyType) cls, a, 2);
            Object it = Ops.iter(args[1]);
            return new It((PyType) cls, () -> {
                Object v = Ops.next(it);
                if (v == null) {
                    return null;
                }
                Object[] callArgs = v instanceof PyTuple t ? t.items : Iterables.toArray(v);
                return Ops.call(args[0], callArgs);
            });
        });
        defineNew(PAIRWISE, "*args, **kwargs", (cls, a) -> {
            Object it = Ops.iter(exactly((PyType) cls, a, 1)[0]);
            return new It((PyType) cls, new Supplier<>() {
                Object last;

                @Override
                public Object get() {
                    if (last == null) {
                        last = Ops.next(it);
                        if (last == null) {
                            return null;
                        }
                    }
                    Object v = Ops.next(it);
                    if (v == null) {
                        return null;
                    }
                    PyTuple pair = Py.tuple(last, v);
                    last = v;
                    return pair;
                }
            });
        });
        defineNew(ISLICE, "*args, **kwargs", (cls, a) -> islice((PyType) cls, a));
        defineNew(ZIP_LONGEST, "*args, **kwargs", (cls, a) -> zipLongest((PyType) cls, a));
        defineNew(GROUPBY, "iterable, key=None", (cls, a) -> new GroupBy((PyType) cls, Ops.iter(a[0]), a[1]));
        MethodDescriptor.define(TEE, "__copy__", "", (self, a) -> new Tee(((Tee) self).data, ((Tee) self).index));
        defineNew(TEE, "iterable, /", (cls, a) -> tee(a[0], 1L).items[0]);
    }

    private static It chain(PyType cls, Object sources) {
        return new It(cls, new Supplier<>() {
            Object current;

            @Override
            public Object get() {
                while (true) {
                    if (current == null) {
                        Object next = Ops.next(sources);
                        if (next == null) {
                            return null;
                        }
                        current = Ops.iter(next);
                    }
                    Object v = Ops.next(current);
                    if (v != null) {
                        return v;
                    }
                    current = null;
                }
            }
        });
    }

    private static long sliceIndex(Object o, String which) {
        if (o == Py.None) {
            return -1;
        }
        long v;
        try {
            Object i = Ops.index(o);
            v = i instanceof Long l ? l : Long.MAX_VALUE;
        } catch (taipan.runtime.PyException e) {
            v = -1;
        }
        if (v < 0) {
            throw Exceptions.valueError(which + " for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        return v;
    }

    private static It islice(PyType cls, Object[] a) {
        Object[] args = ((PyTuple) a[0]).items;
        noKeywords(cls, (PyDict) a[1]);
        if (args.length < 2) {
            throw Exceptions.typeError("islice expected at least 2 arguments, got " + args.length);
        }
        if (args.length > 4) {
            throw Exceptions.typeError("islice expected at most 4 arguments, got " + args.length);
        }
        long start = 0;
        long stop;
        long step = 1;
        if (args.length == 2) {
            stop = sliceIndex(args[1], "Stop argument");
        } else {
            start = Math.max(0, sliceIndex(args[1], "Indices"));
            stop = sliceIndex(args[2], "Stop argument");
            if (args.length == 4 && args[3] != Py.None) {
                Object s = Ops.index(args[3]);
                step = s instanceof Long l ? l : Long.MAX_VALUE;
                if (step <= 0) {
                    throw Exceptions.valueError("Step for islice() must be a positive integer or None.");
                }
            }
        }
        Object it = Ops.iter(args[0]);
        long first = start;
        long last = stop;
        long by = step;
        return new It(cls, new Supplier<>() {
            long pos;
            long next = first;

            @Override
            public Object get() {
                if (last >= 0 && next >= last) {
                    while (pos < last) {
                        if (Ops.next(it) == null) {
                            break;
                        }
                        pos++;
                    }
                    return null;
                }
                while (pos < next) {
                    if (Ops.next(it) == null) {
                        return null;
                    }
                    pos++;
                }
                Object v = Ops.next(it);
                if (v == null) {
                    return null;
                }
                pos++;
                next = next + by;
                if (last >= 0 && next > last) {
                    next = last;
                }
                return v;
            }
        });
    }

    private static It zipLongest(PyType cls, Object[] a) {
        Object[] args = ((PyTuple) a[0]).items;
        PyDict kw = (PyDict) a[1];
        Object fill = Py.None;
        for (int i = 0; i < kw.entryLimit(); i++) {
            Object k = kw.keyAt(i);
            if (k == null) {
                continue;
            }
            if (!k.equals(PyStr.of("fillvalue"))) {
                throw Exceptions.typeError("zip_longest() got an unexpected keyword argument");
            }
            fill = kw.valueAt(i);
        }
        Object[] its = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            its[i] = Ops.iter(args[i]);
        }
        Object fillValue = fill;
        return new It(cls, new Supplier<>() {
            int active = its.length;

            @Override
            public Object get() {
                if (active == 0) {
                    return null;
                }
                Object[] row = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    Object v = its[i] == null ? null : Ops.next(its[i]);
                    if (v == null) {
                        if (its[i] != null) {
                            its[i] = null;
                            if (--active == 0) {
                                return null;
                            }
                        }
                        v = fillValue;
                    }
                    row[i] = v;
                }
                return new PyTuple(row);
            }
        });
    }

    /** {@code groupby}: the current group's key and the next item not yet handed out. */
    static final class GroupBy extends PyIterator {
        final Object it;
        final Object keyFunc;
        Object currentKey;
        Object currentValue;
        Object targetKey;
        boolean exhausted;
        Object currentGrouper;

        GroupBy(PyType type, Object it, Object keyFunc) {
            super(type);
            this.it = it;
            this.keyFunc = keyFunc;
        }

        boolean step() {
            Object v = Ops.next(it);
            if (v == null) {
                exhausted = true;
                return false;
            }
            currentValue = v;
            currentKey = keyFunc == Py.None ? v : Ops.call(keyFunc, v);
            return true;
        }

        @Override
        public Object next() {
            currentGrouper = null;
            if (exhausted) {
                return null;
            }
            if (currentValue == null) {
                if (!step()) {
                    return null;
                }
            } else if (targetKey != null) {
                while (Ops.eq(targetKey, currentKey)) {
                    if (!step()) {
                        return null;
                    }
                }
            }
            targetKey = currentKey;
            Object grouper = new Grouper(this, targetKey);
            currentGrouper = grouper;
            return Py.tuple(currentKey, grouper);
        }
    }

    static final class Grouper extends PyIterator {
        final GroupBy parent;
        final Object key;

        Grouper(GroupBy parent, Object key) {
            super(GROUPER);
            this.parent = parent;
            this.key = key;
        }

        @Override
        public Object next() {
            GroupBy g = parent;
            if (g.currentGrouper != this || g.exhausted) {
                return null;
            }
            if (g.currentValue == null && !g.step()) {
                return null;
            }
            if (!Ops.eq(key, g.currentKey)) {
                return null;
            }
            Object v = g.currentValue;
            g.currentValue = null;
            return v;
        }
    }

    // ---- combinatorics

    private static Object[][] pools(Object[] iterables, long repeat) {
        Object[][] p = new Object[(int) (iterables.length * repeat)][];
        for (int i = 0; i < iterables.length; i++) {
            Object[] items = Iterables.toArray(iterables[i]);
            for (int r = 0; r < repeat; r++) {
                p[r * iterables.length + i] = items;
            }
        }
        return p;
    }

    private static long rArg(Object r) {
        long v = (Long) Ops.index(r);
        if (v < 0) {
            throw Exceptions.valueError("r must be non-negative");
        }
        return v;
    }

    private static void installCombinatorics() {
        defineNew(PRODUCT, "*args, **kwargs", (cls, a) -> {
            PyDict kw = (PyDict) a[1];
            long repeat = 1;
            for (int i = 0; i < kw.entryLimit(); i++) {
                Object k = kw.keyAt(i);
                if (k == null) {
                    continue;
                }
                if (!k.equals(PyStr.of("repeat"))) {
                    throw Exceptions.typeError("'" + ((PyStr) k).value() + "' is an invalid keyword argument for product()");
                }
                repeat = (Long) Ops.index(kw.valueAt(i));
            }
            if (repeat < 0) {
                throw Exceptions.valueError("repeat argument cannot be negative");
            }
            Object[][] pools = pools(((PyTuple) a[0]).items, repeat);
            return new It((PyType) cls, new Supplier<>() {
                int[] idx;

                @Override
                public Object get() {
                    if (idx == null) {
                        for (Object[] p : pools) {
                            if (p.length == 0) {
                                return null;
                            }
                        }
                        idx = new int[pools.length];
                    } else {
                        int i = pools.length - 1;
                        while (i >= 0 && ++idx[i] == pools[i].length) {
                            idx[i] = 0;
                            i--;
                        }
                        if (i < 0) {
                            return null;
                        }
                    }
                    Object[] row = new Object[pools.length];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = pools[i][idx[i]];
                    }
                    return new PyTuple(row);
                }
            });
        });
        defineNew(COMBINATIONS, "iterable, r", (cls, a) -> combinations((PyType) cls, Iterables.toArray(a[0]), (int) rArg(a[1]), false));
        defineNew(CWR, "iterable, r", (cls, a) -> combinations((PyType) cls, Iterables.toArray(a[0]), (int) rArg(a[1]), true));
        defineNew(PERMUTATIONS, "iterable, r=None", (cls, a) -> {
            Object[] pool = Iterables.toArray(a[0]);
            int r = a[1] == Py.None ? pool.length : (int) rArg(a[1]);
            int n = pool.length;
            return new It((PyType) cls, new Supplier<>() {
                int[] indices;
                int[] cycles;

                @Override
                public Object get() {
                    if (r > n) {
                        return null;
                    }
                    if (indices == null) {
                        indices = new int[n];
                        for (int i = 0; i < n; i++) {
                            indices[i] = i;
                        }
                        cycles = new int[r];
                        for (int i = 0; i < r; i++) {
                            cycles[i] = n - i;
                        }
                        return row();
                    }
                    for (int i = r - 1; i >= 0; i--) {
                        cycles[i]--;
                        if (cycles[i] == 0) {
                            int first = indices[i];
                            System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                            indices[n - 1] = first;
                            cycles[i] = n - i;
                        } else {
                            int j = cycles[i];
                            int tmp = indices[i];
                            indices[i] = indices[n - j];
                            indices[n - j] = tmp;
                            return row();
                        }
                    }
                    return null;
                }

                private Object row() {
                    Object[] out = new Object[r];
                    for (int i = 0; i < r; i++) {
                        out[i] = pool[indices[i]];
                    }
                    return new PyTuple(out);
                }
            });
        });
    }

    private static It combinations(PyType cls, Object[] pool, int r, boolean replace) {
        int n = pool.length;
        return new It(cls, new Supplier<>() {
            int[] idx;

            @Override
            public Object get() {
                if (idx == null) {
                    if (replace ? n == 0 && r > 0 : r > n) {
                        return null;
                    }
                    idx = new int[r];
                    if (!replace) {
                        for (int i = 0; i < r; i++) {
                            idx[i] = i;
                        }
                    }
                } else {
                    int i = r - 1;
                    if (replace) {
                        while (i >= 0 && idx[i] == n - 1) {
                            i--;
                        }
                        if (i < 0) {
                            return null;
                        }
                        int v = idx[i] + 1;
                        for (int j = i; j < r; j++) {
                            idx[j] = v;
                        }
                    } else {
                        while (i >= 0 && idx[i] == i + n - r) {
                            i--;
                        }
                        if (i < 0) {
                            return null;
                        }
                        idx[i]++;
                        for (int j = i + 1; j < r; j++) {
                            idx[j] = idx[j - 1] + 1;
                        }
                    }
                }
                Object[] out = new Object[r];
                for (int i = 0; i < r; i++) {
                    out[i] = pool[idx[i]];
                }
                return new PyTuple(out);
            }
        });
    }
}
