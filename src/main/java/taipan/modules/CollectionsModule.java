package taipan.modules;

import java.util.Arrays;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.ClassMethod;
import taipan.runtime.CompareOp;
import taipan.runtime.Exceptions;
import taipan.runtime.GenericAlias;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyIterator;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.ReprGuard;

/**
 * The {@code _collections} module: {@code deque} (a ring buffer with an optional maxlen;
 * iterators fail with "deque mutated during iteration" after any change), {@code defaultdict}
 * (a dict subclass whose {@code __missing__} calls {@code default_factory}) and
 * {@code _count_elements}. {@code OrderedDict} stays the pure-Python one.
 */
public final class CollectionsModule {
    private CollectionsModule() {}

    public static final PyType DEQUE = BuiltinTypes.builtin("deque", BuiltinTypes.OBJECT, Deque::new)
        .withCollectionFlags(PyType.SEQUENCE_FLAG);
    static final PyType DEQUE_ITER = PyIterator.defineIteratorType("_deque_iterator");
    static final PyType DEQUE_REV_ITER = PyIterator.defineIteratorType("_deque_reverse_iterator");
    public static final PyType DEFAULTDICT = BuiltinTypes.builtin("defaultdict", BuiltinTypes.DICT, null);

    /** A deque: {@code size} items from {@code head} in the circular {@code items}. */
    static final class Deque extends PyObject {
        Object[] items = new Object[8];
        int head;
        int size;
        int maxlen = -1;
        long state;

        Deque(PyType type) {
            super(type);
        }

        Object get(int i) {
            return items[(head + i) & (items.length - 1)];
        }

        void set(int i, Object v) {
            items[(head + i) & (items.length - 1)] = v;
        }

        private void grow() {
            if (size == items.length) {
                Object[] bigger = new Object[items.length * 2];
                for (int i = 0; i < size; i++) {
                    bigger[i] = get(i);
                }
                items = bigger;
                head = 0;
            }
        }

        void append(Object v) {
            state++;
            if (maxlen == 0) {
                return;
            }
            if (size == maxlen) {
                popLeft();
            }
            grow();
            set(size++, v);
        }

        void appendLeft(Object v) {
            state++;
            if (maxlen == 0) {
                return;
            }
            if (size == maxlen) {
                pop();
            }
            grow();
            head = (head - 1) & (items.length - 1);
            items[head] = v;
            size++;
        }

        Object pop() {
            if (size == 0) {
                throw Exceptions.indexError("pop from an empty deque");
            }
            state++;
            Object v = get(--size);
            set(size, null);
            return v;
        }

        Object popLeft() {
            if (size == 0) {
                throw Exceptions.indexError("pop from an empty deque");
            }
            state++;
            Object v = items[head];
            items[head] = null;
            head = (head + 1) & (items.length - 1);
            size--;
            return v;
        }

        Object[] toArray() {
            Object[] out = new Object[size];
            for (int i = 0; i < size; i++) {
                out[i] = get(i);
            }
            return out;
        }

        void setAll(Object[] src) {
            state++;
            int cap = 8;
            while (cap < src.length) {
                cap *= 2;
            }
            items = Arrays.copyOf(src, cap);
            head = 0;
            size = src.length;
        }

        void delete(int i) {
            Object[] a = toArray();
            Object[] b = new Object[a.length - 1];
            System.arraycopy(a, 0, b, 0, i);
            System.arraycopy(a, i + 1, b, i, a.length - i - 1);
            setAll(b);
        }
    }

    static final class DequeIterator extends PyIterator {
        final Deque d;
        final long state;
        final boolean reverse;
        int pos;
        /** Set when next() found the deque mutated. */
        boolean failed;
        final int startSize;

        DequeIterator(Deque d, boolean reverse) {
            super(reverse ? DEQUE_REV_ITER : DEQUE_ITER);
            this.d = d;
            this.state = d.state;
            this.reverse = reverse;
            this.startSize = d.size;
        }

        @Override
        public Object next() {
            if (d.state != state) {
                failed = true;
                throw Exceptions.runtimeError("deque mutated during iteration");
            }
            if (pos >= d.size) {
                return null;
            }
            return d.get(reverse ? d.size - 1 - pos++ : pos++);
        }

        /** The items left; none once a mutation stopped the iteration. */
        @Override
        public int lengthHint() {
            return failed ? 0 : Math.max(0, startSize - pos);
        }
    }

    static {
        installDeque();
        installDefaultDict();
    }

    public static PyModule create() {
        PyModule m = new PyModule("_collections");
        m.dict.put(PyStr.of("deque"), DEQUE);
        m.dict.put(PyStr.of("defaultdict"), DEFAULTDICT);
        m.dict.put(PyStr.of("_deque_iterator"), DEQUE_ITER);
        m.dict.put(PyStr.of("_deque_reverse_iterator"), DEQUE_REV_ITER);
        m.dict.put(PyStr.of("_count_elements"), BuiltinFunction.of("_collections", "_count_elements", "mapping, iterable, /",
            (s, a) -> {
                Object it = Ops.iter(a[1]);
                Object mapping = a[0];
                for (Object v; (v = Ops.next(it)) != null; ) {
                    Object old = mapping instanceof PyDict d && d.type == BuiltinTypes.DICT ? d.get(v)
                        : Ops.call(Ops.getAttr(mapping, "get"), v, 0L);
                    Ops.setItem(mapping, v, old == null ? (Object) 1L
                        : taipan.runtime.Arithmetic.binary(taipan.runtime.BinaryOp.ADD, old, 1L));
                }
                return Py.None;
            }));
        return m;
    }

    private static Deque deque(Object o) {
        return (Deque) o;
    }

    private static int index(Deque d, Object key) {
        if (!Ops.isInt(key) && Py.typeOf(key).lookup("__index__") == null) {
            throw Exceptions.typeError("sequence index must be integer, not '" + Py.typeOf(key).name() + "'");
        }
        long i = (Long) Ops.index(key);
        if (i < 0) {
            i += d.size;
        }
        if (i < 0 || i >= d.size) {
            throw Exceptions.indexError("deque index out of range");
        }
        return (int) i;
    }

    private static Deque newLike(Deque d, Object[] items) {
        Deque out = new Deque(DEQUE);
        out.maxlen = d.maxlen;
        for (Object o : items) {
            out.append(o);
        }
        return out;
    }

    private static void extend(Deque d, Object iterable, boolean left) {
        Object[] src = iterable == d ? d.toArray() : null;
        Object it = Ops.iter(src != null ? new PyTuple(src) : iterable);
        for (Object v; (v = Ops.next(it)) != null; ) {
            if (left) {
                d.appendLeft(v);
            } else {
                d.append(v);
            }
        }
    }

    private static void rotate(Deque d, long n) {
        if (d.size <= 1) {
            return;
        }
        int k = (int) Math.floorMod(n, (long) d.size);
        Object[] a = d.toArray();
        Object[] b = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            b[(i + k) % a.length] = a[i];
        }
        d.setAll(b);
    }

    private static void installDeque() {
        PyType t = DEQUE;
        t.define("__module__", PyStr.of("collections"));
        DEQUE_ITER.define("__module__", PyStr.of("_collections"));
        DEQUE_REV_ITER.define("__module__", PyStr.of("_collections"));
        t.define("__hash__", Py.None);
        MethodDescriptor.define(t, "__init__", "iterable=?, maxlen=None", (self, a) -> {
            Deque d = deque(self);
            int maxlen = -1;
            if (a[1] != Py.None) {
                if (!Ops.isInt(a[1])) {
                    throw Exceptions.typeError("an integer is required");
                }
                long m = (Long) Ops.index(a[1]);
                if (m < 0) {
                    throw Exceptions.valueError("maxlen must be non-negative");
                }
                maxlen = (int) Math.min(m, Integer.MAX_VALUE);
            }
            if (d.size > 0) {
                d.setAll(new Object[0]);
            }
            d.maxlen = maxlen;
            if (a[0] != null) {
                extend(d, a[0], false);
            }
            return Py.None;
        });
        GetSetDescriptor.define(t, "maxlen", self -> deque(self).maxlen < 0 ? Py.None : (Object) (long) deque(self).maxlen);
        MethodDescriptor.define(t, "append", "x, /", (self, a) -> {
            deque(self).append(a[0]);
            return Py.None;
        });
        MethodDescriptor.define(t, "appendleft", "x, /", (self, a) -> {
            deque(self).appendLeft(a[0]);
            return Py.None;
        });
        MethodDescriptor.define(t, "pop", "", (self, a) -> deque(self).pop());
        MethodDescriptor.define(t, "popleft", "", (self, a) -> deque(self).popLeft());
        MethodDescriptor.define(t, "extend", "iterable, /", (self, a) -> {
            extend(deque(self), a[0], false);
            return Py.None;
        });
        MethodDescriptor.define(t, "extendleft", "iterable, /", (self, a) -> {
            extend(deque(self), a[0], true);
            return Py.None;
        });
        MethodDescriptor.define(t, "clear", "", (self, a) -> {
            deque(self).setAll(new Object[0]);
            return Py.None;
        });
        MethodDescriptor.define(t, "copy", "", (self, a) -> copy(self));
        MethodDescriptor.define(t, "__copy__", "", (self, a) -> copy(self));
        MethodDescriptor.define(t, "count", "value, /", (self, a) -> {
            Deque d = deque(self);
            long state = d.state;
            long n = 0;
            for (Object v : d.toArray()) {
                if (Ops.eq(v, a[0])) {
                    n++;
                }
                if (d.state != state) {
                    throw Exceptions.runtimeError("deque mutated during iteration");
                }
            }
            return n;
        });
        MethodDescriptor.define(t, "index", "value, start=0, stop=9223372036854775807, /", (self, a) -> {
            Deque d = deque(self);
            long start = (Long) Ops.index(a[1]);
            long stop = (Long) Ops.index(a[2]);
            if (start < 0) {
                start = Math.max(0, start + d.size);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + d.size);
            }
            stop = Math.min(stop, d.size);
            long state = d.state;
            for (long i = start; i < stop; i++) {
                if (Ops.eq(d.get((int) i), a[0])) {
                    return i;
                }
                if (d.state != state) {
                    throw Exceptions.runtimeError("deque mutated during iteration");
                }
            }
            throw Exceptions.valueError(Ops.reprString(a[0]) + " is not in deque");
        });
        MethodDescriptor.define(t, "insert", "index, value, /", (self, a) -> {
            Deque d = deque(self);
            if (d.size == d.maxlen) {
                throw Exceptions.indexError("deque already at its maximum size");
            }
            long i = (Long) Ops.index(a[0]);
            if (i < 0) {
                i = Math.max(0, i + d.size);
            }
            i = Math.min(i, d.size);
            Object[] old = d.toArray();
            Object[] b = new Object[old.length + 1];
            System.arraycopy(old, 0, b, 0, (int) i);
            b[(int) i] = a[1];
            System.arraycopy(old, (int) i, b, (int) i + 1, old.length - (int) i);
            d.setAll(b);
            return Py.None;
        });
        MethodDescriptor.define(t, "remove", "value, /", (self, a) -> {
            Deque d = deque(self);
            for (int i = 0; i < d.size; i++) {
                if (Ops.eq(d.get(i), a[0])) {
                    d.delete(i);
                    return Py.None;
                }
            }
            throw Exceptions.valueError(Ops.reprString(a[0]) + " is not in deque");
        });
        MethodDescriptor.define(t, "reverse", "", (self, a) -> {
            Deque d = deque(self);
            Object[] arr = d.toArray();
            java.util.Collections.reverse(Arrays.asList(arr));
            d.setAll(arr);
            return Py.None;
        });
        MethodDescriptor.define(t, "rotate", "n=1, /", (self, a) -> {
            rotate(deque(self), (Long) Ops.index(a[0]));
            return Py.None;
        });
        MethodDescriptor.define(t, "__len__", "", (self, a) -> (long) deque(self).size);
        MethodDescriptor.define(t, "__bool__", "", (self, a) -> deque(self).size > 0);
        MethodDescriptor.define(t, "__getitem__", "key, /", (self, a) -> deque(self).get(index(deque(self), a[0])));
        MethodDescriptor.define(t, "__setitem__", "key, value, /", (self, a) -> {
            Deque d = deque(self);
            d.set(index(d, a[0]), a[1]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__delitem__", "key, /", (self, a) -> {
            Deque d = deque(self);
            d.delete(index(d, a[0]));
            return Py.None;
        });
        MethodDescriptor.define(t, "__contains__", "value, /", (self, a) -> {
            Deque d = deque(self);
            long state = d.state;
            for (int i = 0; i < d.size; i++) {
                if (Ops.eq(d.get(i), a[0])) {
                    return true;
                }
                if (d.state != state) {
                    throw Exceptions.runtimeError("deque mutated during iteration");
                }
            }
            return false;
        });
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> new DequeIterator(deque(self), false));
        MethodDescriptor.define(t, "__reversed__", "", (self, a) -> new DequeIterator(deque(self), true));
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            Deque d = deque(self);
            if (!ReprGuard.enter(self)) {
                return PyStr.of("[...]");
            }
            try {
                StringBuilder sb = new StringBuilder(d.type.name()).append("([");
                Object[] items = d.toArray();
                for (int i = 0; i < items.length; i++) {
                    sb.append(i > 0 ? ", " : "").append(Ops.reprString(items[i]));
                }
                sb.append("]");
                if (d.maxlen >= 0) {
                    sb.append(", maxlen=").append(d.maxlen);
                }
                return PyStr.of(sb.append(")").toString());
            } finally {
                ReprGuard.exit(self);
            }
        });
        for (CompareOp op : CompareOp.values()) {
            MethodDescriptor.define(t, op.method, "other, /", (self, a) -> {
                if (!(a[0] instanceof Deque)) {
                    return Py.NotImplemented;
                }
                return Ops.richCompare(new taipan.runtime.PyList(deque(self).toArray()),
                    new taipan.runtime.PyList(deque(a[0]).toArray()), op);
            });
        }
        MethodDescriptor.define(t, "__add__", "other, /", (self, a) -> {
            if (!(a[0] instanceof Deque o)) {
                throw Exceptions.typeError("can only concatenate deque (not \"" + Py.typeOf(a[0]).name() + "\") to deque");
            }
            Deque out = copy(self);
            extend(out, new PyTuple(o.toArray()), false);
            return out;
        });
        MethodDescriptor.define(t, "__iadd__", "other, /", (self, a) -> {
            extend(deque(self), a[0], false);
            return self;
        });
        MethodDescriptor.define(t, "__mul__", "n, /", (self, a) -> repeat(copy(self), a[0]));
        MethodDescriptor.define(t, "__rmul__", "n, /", (self, a) -> repeat(copy(self), a[0]));
        MethodDescriptor.define(t, "__imul__", "n, /", (self, a) -> repeat(deque(self), a[0]));
        MethodDescriptor.define(t, "__reduce__", "", (self, a) -> {
            Deque d = deque(self);
            Object maxlen = d.maxlen < 0 ? Py.None : (Object) (long) d.maxlen;
            return Py.tuple(d.type, Py.tuple(new taipan.runtime.PyList(d.toArray()), maxlen));
        });
        t.define("__class_getitem__", new ClassMethod(BuiltinTypes.CLASSMETHOD,
            BuiltinFunction.of("_collections", "__class_getitem__", "cls, item, /", (s, a) -> new GenericAlias(a[0], a[1]))));
    }

    private static Deque copy(Object self) {
        Deque d = deque(self);
        if (d.type == DEQUE) {
            return newLike(d, d.toArray());
        }
        Object maxlen = d.maxlen < 0 ? Py.None : (Object) (long) d.maxlen;
        return (Deque) Ops.call(d.type, new PyTuple(d.toArray()), maxlen);
    }

    private static Deque repeat(Deque d, Object nObj) {
        long n = (Long) Ops.index(nObj);
        Object[] items = d.toArray();
        if (n <= 0) {
            d.setAll(new Object[0]);
            return d;
        }
        for (long i = 1; i < n; i++) {
            for (Object o : items) {
                d.append(o);
            }
        }
        return d;
    }

    // ---- defaultdict

    /** default_factory per defaultdict (instances are plain PyDicts with the defaultdict type). */
    private static final java.util.Map<PyDict, Object> FACTORIES =
        java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static Object factory(Object self) {
        Object f = FACTORIES.get((PyDict) self);
        return f == null ? Py.None : f;
    }

    private static void installDefaultDict() {
        PyType t = DEFAULTDICT;
        t.define("__module__", PyStr.of("collections"));
        MethodDescriptor.define(t, "__init__", "*args, **kwargs", (self, a) -> {
            Object[] args = ((PyTuple) a[0]).items;
            Object f = Py.None;
            if (args.length > 0) {
                f = args[0];
                if (f != Py.None && !taipan.builtins.BuiltinFunctions.isCallable(f)) {
                    throw Exceptions.typeError("first argument must be callable or None");
                }
                args = Arrays.copyOfRange(args, 1, args.length);
            }
            FACTORIES.put((PyDict) self, f);
            Object[] all = new Object[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            CallArgs.call(BuiltinTypes.DICT.lookup("__init__"), all, (PyDict) a[1]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__missing__", "key, /", (self, a) -> {
            Object f = factory(self);
            if (f == Py.None) {
                throw Exceptions.keyError(a[0]);
            }
            Object v = Ops.call(f);
            Ops.setItem(self, a[0], v);
            return v;
        });
        GetSetDescriptor.define(t, "default_factory", CollectionsModule::factory,
            (self, v) -> FACTORIES.put((PyDict) self, v == null ? Py.None : v));
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            Object f = factory(self);
            String fr;
            if (!ReprGuard.enter(f)) {
                fr = "...";
            } else {
                try {
                    fr = Ops.reprString(f);
                } finally {
                    ReprGuard.exit(f);
                }
            }
            Object dictRepr = Ops.invoke(BuiltinTypes.DICT.lookup("__repr__"), self);
            return PyStr.of(((PyDict) self).type.name() + "(" + fr + ", " + ((PyStr) dictRepr).value() + ")");
        });
        MethodDescriptor.define(t, "copy", "", (self, a) -> copyDefault(self));
        MethodDescriptor.define(t, "__copy__", "", (self, a) -> copyDefault(self));
        MethodDescriptor.define(t, "__reduce__", "", (self, a) -> {
            Object items = Ops.iter(Ops.call(Ops.getAttr(self, "items")));
            Object f = factory(self);
            return Py.tuple(((PyDict) self).type, f == Py.None ? PyTuple.EMPTY : Py.tuple(f), Py.None, Py.None, items);
        });
        MethodDescriptor.define(t, "__or__", "other, /", (self, a) -> {
            if (!(a[0] instanceof PyDict)) {
                return Py.NotImplemented;
            }
            Object out = copyDefault(self);
            Ops.call(Ops.getAttr(out, "update"), a[0]);
            return out;
        });
    }

    private static Object copyDefault(Object self) {
        return Ops.call(((PyDict) self).type, factory(self), self);
    }
}
