package taipan.runtime;

/**
 * The methods of {@code set} and {@code frozenset} with CPython 3.11's
 * behaviour, messages and result orders: construction, repr, comparisons
 * (subset tests), the operators {@code | & - ^} and their in-place forms, the
 * named methods, the frozenset hash, and the set iterator. The algorithms
 * (which set is iterated, which is probed, when a copy is taken) follow
 * setobject.c so that the resulting tables, hence iteration orders, match.
 * The hash table itself is {@link PySet}.
 */
public final class SetMethods {
    private SetMethods() {}

    public static final PyType ITERATOR = PyIterator.defineIteratorType("set_iterator");

    static void install() {
        PyType set = BuiltinTypes.SET;
        PyType frozen = BuiltinTypes.FROZENSET;
        set.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "set.__new__", "cls, *args, **kwargs", (s, a) -> {
                if (!(a[0] instanceof PyType cls) || !cls.isSubtypeOf(BuiltinTypes.SET)) {
                    throw Exceptions.typeError("set.__new__(X): X is not a subtype of set");
                }
                return new PySet(cls);
            })));
        MethodDescriptor.define(set, "__init__", "*args, **kwargs", (self, a) -> {
            Object[] args = ((PyTuple) a[0]).items;
            if (((PyDict) a[1]).size() > 0) {
                throw Exceptions.typeError("set() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Exceptions.typeError("set expected at most 1 argument, got " + args.length);
            }
            PySet s = (PySet) self;
            if (s.used > 0) {
                s.clear();
            }
            if (args.length == 1) {
                updateInternal(s, args[0]);
            }
            return Py.None;
        });
        frozen.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "frozenset.__new__", "cls, *args, **kwargs", (s, a) -> {
                if (!(a[0] instanceof PyType cls) || !cls.isSubtypeOf(BuiltinTypes.FROZENSET)) {
                    throw Exceptions.typeError("frozenset.__new__(X): X is not a subtype of frozenset");
                }
                Object[] args = ((PyTuple) a[1]).items;
                if (((PyDict) a[2]).size() > 0 && Iterators.keepsInit(cls, BuiltinTypes.FROZENSET)) {
                    throw Exceptions.typeError("frozenset() takes no keyword arguments");
                }
                if (args.length > 1) {
                    throw Exceptions.typeError("frozenset expected at most 1 argument, got " + args.length);
                }
                if (cls == BuiltinTypes.FROZENSET && args.length == 1 && args[0] instanceof PySet f
                    && f.type == BuiltinTypes.FROZENSET) {
                    return f;
                }
                PySet r = new PySet(cls);
                if (args.length == 1) {
                    updateInternal(r, args[0]);
                }
                return r;
            })));
        set.define("__hash__", Py.None);
        MethodDescriptor.define(frozen, "__hash__", "", (self, a) -> frozensetHash((PySet) self));
        for (PyType t : new PyType[] {set, frozen}) {
            installCommon(t);
        }
        installMutators(set);
    }

    private static void installCommon(PyType t) {
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of(repr((PySet) self)));
        MethodDescriptor.define(t, "__len__", "", (self, a) -> (long) ((PySet) self).used);
        MethodDescriptor.define(t, "__contains__", "key, /", (self, a) -> Py.bool(containsKey((PySet) self, a[0])));
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> new SetIterator((PySet) self));
        for (CompareOp op : CompareOp.values()) {
            MethodDescriptor.define(t, op.method, "other, /", (self, a) ->
                a[0] instanceof PySet o ? Py.bool(compare((PySet) self, o, op)) : Py.NotImplemented);
        }
        MethodDescriptor.define(t, "__or__", "other, /", (self, a) -> or(self, a[0]));
        MethodDescriptor.define(t, "__ror__", "other, /", (self, a) -> or(a[0], self));
        MethodDescriptor.define(t, "__and__", "other, /", (self, a) -> and(self, a[0]));
        MethodDescriptor.define(t, "__rand__", "other, /", (self, a) -> and(a[0], self));
        MethodDescriptor.define(t, "__sub__", "other, /", (self, a) -> sub(self, a[0]));
        MethodDescriptor.define(t, "__rsub__", "other, /", (self, a) -> sub(a[0], self));
        MethodDescriptor.define(t, "__xor__", "other, /", (self, a) -> xor(self, a[0]));
        MethodDescriptor.define(t, "__rxor__", "other, /", (self, a) -> xor(a[0], self));
        // (type(s), (list(s),), s.__getstate__()), as CPython reduces sets
        MethodDescriptor.define(t, "__reduce__", "", (self, a) -> PyTuple.of(Py.typeOf(self),
            PyTuple.of(new PyList(Iterables.toArray(self))), Ops.call(Ops.getAttr(self, "__getstate__"))));
        MethodDescriptor.define(t, "copy", "", (self, a) -> {
            PySet s = (PySet) self;
            return s.type == BuiltinTypes.FROZENSET ? s : copy(s);
        });
        MethodDescriptor.define(t, "union", "*others", (self, a) -> {
            PySet r = copy((PySet) self);
            for (Object o : ((PyTuple) a[0]).items) {
                if (o != self) {
                    updateInternal(r, o);
                }
            }
            return r;
        });
        MethodDescriptor.define(t, "intersection", "*others", (self, a) -> intersectionMulti((PySet) self, (PyTuple) a[0]));
        MethodDescriptor.define(t, "difference", "*others", (self, a) -> {
            Object[] others = ((PyTuple) a[0]).items;
            if (others.length == 0) {
                return copy((PySet) self);
            }
            PySet r = difference((PySet) self, others[0]);
            for (int i = 1; i < others.length; i++) {
                differenceUpdateInternal(r, others[i]);
            }
            return r;
        });
        MethodDescriptor.define(t, "symmetric_difference", "other, /", (self, a) -> symmetricDifference((PySet) self, a[0]));
        MethodDescriptor.define(t, "isdisjoint", "other, /", (self, a) -> Py.bool(isDisjoint((PySet) self, a[0])));
        MethodDescriptor.define(t, "issubset", "other, /", (self, a) -> Py.bool(isSubset((PySet) self, a[0])));
        MethodDescriptor.define(t, "issuperset", "other, /", (self, a) -> Py.bool(isSuperset((PySet) self, a[0])));
        t.define("__class_getitem__", new ClassMethod(BuiltinTypes.CLASSMETHOD,
            BuiltinFunction.of("builtins", t.name() + ".__class_getitem__", "cls, item, /", (s, a) -> new GenericAlias(a[0], a[1]))));
    }

    private static void installMutators(PyType t) {
        MethodDescriptor.define(t, "add", "object, /", (self, a) -> {
            ((PySet) self).add(a[0]);
            return Py.None;
        });
        MethodDescriptor.define(t, "discard", "object, /", (self, a) -> {
            discardKey((PySet) self, a[0]);
            return Py.None;
        });
        MethodDescriptor.define(t, "remove", "object, /", (self, a) -> {
            if (!discardKey((PySet) self, a[0])) {
                throw Exceptions.keyError(a[0]);
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "pop", "", (self, a) -> {
            Object k = ((PySet) self).pop();
            if (k == null) {
                throw Exceptions.error(Exceptions.KEY_ERROR, "pop from an empty set");
            }
            return k;
        });
        MethodDescriptor.define(t, "clear", "", (self, a) -> {
            ((PySet) self).clear();
            return Py.None;
        });
        MethodDescriptor.define(t, "update", "*others", (self, a) -> {
            for (Object o : ((PyTuple) a[0]).items) {
                updateInternal((PySet) self, o);
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "intersection_update", "*others", (self, a) -> {
            ((PySet) self).swapBodies(intersectionMulti((PySet) self, (PyTuple) a[0]));
            return Py.None;
        });
        MethodDescriptor.define(t, "difference_update", "*others", (self, a) -> {
            for (Object o : ((PyTuple) a[0]).items) {
                differenceUpdateInternal((PySet) self, o);
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "symmetric_difference_update", "other, /", (self, a) -> {
            symmetricDifferenceUpdate((PySet) self, a[0]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__ior__", "other, /", (self, a) -> {
            if (!(a[0] instanceof PySet)) {
                return Py.NotImplemented;
            }
            updateInternal((PySet) self, a[0]);
            return self;
        });
        MethodDescriptor.define(t, "__iand__", "other, /", (self, a) -> {
            if (!(a[0] instanceof PySet)) {
                return Py.NotImplemented;
            }
            ((PySet) self).swapBodies(intersection((PySet) self, a[0]));
            return self;
        });
        MethodDescriptor.define(t, "__isub__", "other, /", (self, a) -> {
            if (!(a[0] instanceof PySet)) {
                return Py.NotImplemented;
            }
            differenceUpdateInternal((PySet) self, a[0]);
            return self;
        });
        MethodDescriptor.define(t, "__ixor__", "other, /", (self, a) -> {
            if (!(a[0] instanceof PySet)) {
                return Py.NotImplemented;
            }
            symmetricDifferenceUpdate((PySet) self, a[0]);
            return self;
        });
    }

    /** {@code repr(set)}: {@code {1, 2}}, {@code set()}, {@code frozenset({1})}, {@code MySet({1})}. */
    static String repr(PySet s) {
        String name = s.type.name();
        if (s.used == 0) {
            return name + "()";
        }
        if (!ReprGuard.enter(s)) {
            return name + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder();
            boolean plain = s.type == BuiltinTypes.SET;
            if (!plain) {
                sb.append(name).append('(');
            }
            sb.append('{');
            boolean first = true;
            for (Object k : snapshot(s)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Ops.reprString(k));
            }
            sb.append('}');
            if (!plain) {
                sb.append(')');
            }
            return sb.toString();
        } finally {
            ReprGuard.exit(s);
        }
    }

    /** The keys in table order. */
    static Object[] snapshot(PySet s) {
        Object[] out = new Object[s.used];
        int n = 0;
        Object[] t = s.table;
        for (Object k : t) {
            if (k != null && k != PySet.DUMMY) {
                out[n++] = k;
            }
        }
        return out;
    }

    /** A new empty set of the built-in base of {@code s}'s type (set or frozenset). */
    static PySet newLike(PySet s) {
        return new PySet(s.isFrozen() ? BuiltinTypes.FROZENSET : BuiltinTypes.SET);
    }

    /** A copy of {@code s} as a plain set or frozenset. */
    static PySet copy(PySet s) {
        PySet r = newLike(s);
        r.merge(s);
        return r;
    }

    /** Adds everything of {@code other}: a set (table merge), an exact dict (its keys, presized) or any iterable. */
    static void updateInternal(PySet s, Object other) {
        if (other instanceof PySet o) {
            s.merge(o);
            return;
        }
        if (other instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            int n = d.size();
            if ((long) (s.fill + n) * 5 >= (long) (s.table.length - 1) * 3) {
                s.resize((s.used + n) * 2);
            }
            for (int i = 0; i < d.entryLimit(); i++) {
                Object k = d.keyAt(i);
                if (k != null) {
                    s.add(k, d.hashAt(i));
                }
            }
            return;
        }
        Object it = Ops.iter(other);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            s.add(x);
        }
    }

    /** Membership with CPython's retry of an unhashable set key as a frozenset. */
    static boolean containsKey(PySet s, Object key) {
        try {
            return s.contains(key);
        } catch (PyException e) {
            if (key instanceof PySet k && !k.isFrozen() && e.matches(Exceptions.TYPE_ERROR)) {
                return s.contains(asFrozen(k));
            }
            throw e;
        }
    }

    private static boolean discardKey(PySet s, Object key) {
        try {
            return s.discard(key);
        } catch (PyException e) {
            if (key instanceof PySet k && !k.isFrozen() && e.matches(Exceptions.TYPE_ERROR)) {
                return s.discard(asFrozen(k));
            }
            throw e;
        }
    }

    private static PySet asFrozen(PySet k) {
        PySet f = new PySet(BuiltinTypes.FROZENSET);
        f.merge(k);
        return f;
    }

    private static boolean containsEntry(Object container, Object key, long h) {
        if (container instanceof PySet s) {
            return s.find(key, h) >= 0;
        }
        return ((PyDict) container).find(key, h) >= 0;
    }

    /** {@code so & other} (CPython's set_intersection: iterate the smaller set, probe the larger). */
    static PySet intersection(PySet so, Object other) {
        if (so == other) {
            return copy(so);
        }
        PySet result = newLike(so);
        if (other instanceof PySet o) {
            PySet big = so;
            PySet small = o;
            if (o.used > so.used) {
                big = o;
                small = so;
            }
            Object[] t = small.table;
            long[] h = small.hashes;
            for (int i = 0; i < t.length; i++) {
                Object k = t[i];
                if (k != null && k != PySet.DUMMY && big.find(k, h[i]) >= 0) {
                    result.add(k, h[i]);
                }
            }
            return result;
        }
        Object it = Ops.iter(other);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            long h = Ops.hash(x);
            if (so.find(x, h) >= 0) {
                result.add(x, h);
            }
        }
        return result;
    }

    private static PySet intersectionMulti(PySet so, PyTuple others) {
        if (others.items.length == 0) {
            return copy(so);
        }
        PySet result = so;
        for (Object o : others.items) {
            result = intersection(result, o);
        }
        return result;
    }

    /** {@code so -= other} in place (CPython's set_difference_update_internal). */
    static void differenceUpdateInternal(PySet so, Object other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PySet o) {
            PySet src = (o.used >> 3) > so.used ? intersection(so, o) : o;
            Object[] t = src.table;
            long[] h = src.hashes;
            for (int i = 0; i < t.length; i++) {
                Object k = t[i];
                if (k != null && k != PySet.DUMMY) {
                    so.discard(k, h[i]);
                }
            }
        } else {
            Object it = Ops.iter(other);
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                discardKey(so, x);
            }
        }
        so.compactIfSparse();
    }

    /** {@code so - other} (CPython's set_difference). */
    static PySet difference(PySet so, Object other) {
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.used;
        } else if (other instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            otherSize = d.size();
        } else {
            PySet r = copy(so);
            differenceUpdateInternal(r, other);
            return r;
        }
        if ((so.used >> 2) > otherSize) {
            PySet r = copy(so);
            differenceUpdateInternal(r, other);
            return r;
        }
        PySet result = newLike(so);
        Object[] t = so.table;
        long[] h = so.hashes;
        for (int i = 0; i < t.length; i++) {
            Object k = t[i];
            if (k != null && k != PySet.DUMMY && !containsEntry(other, k, h[i])) {
                result.add(k, h[i]);
            }
        }
        return result;
    }

    /** {@code so ^= other} in place (CPython's set_symmetric_difference_update). */
    static void symmetricDifferenceUpdate(PySet so, Object other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            for (int i = 0; i < d.entryLimit(); i++) {
                Object k = d.keyAt(i);
                long h = d.hashAt(i);
                if (k != null && !so.discard(k, h)) {
                    so.add(k, h);
                }
            }
            return;
        }
        PySet o;
        if (other instanceof PySet s) {
            o = s;
        } else {
            o = newLike(so);
            updateInternal(o, other);
        }
        Object[] t = o.table;
        long[] h = o.hashes;
        for (int i = 0; i < t.length; i++) {
            Object k = t[i];
            if (k != null && k != PySet.DUMMY && !so.discard(k, h[i])) {
                so.add(k, h[i]);
            }
        }
    }

    /** {@code so ^ other}: a copy of other, updated with so (as CPython does). */
    static PySet symmetricDifference(PySet so, Object other) {
        PySet r = newLike(so);
        updateInternal(r, other);
        symmetricDifferenceUpdate(r, so);
        return r;
    }

    private static Object or(Object a, Object b) {
        if (!(a instanceof PySet x) || !(b instanceof PySet y)) {
            return Py.NotImplemented;
        }
        PySet r = copy(x);
        if (x != y) {
            updateInternal(r, y);
        }
        return r;
    }

    private static Object and(Object a, Object b) {
        if (!(a instanceof PySet x) || !(b instanceof PySet y)) {
            return Py.NotImplemented;
        }
        return intersection(x, y);
    }

    private static Object sub(Object a, Object b) {
        if (!(a instanceof PySet x) || !(b instanceof PySet y)) {
            return Py.NotImplemented;
        }
        return difference(x, y);
    }

    private static Object xor(Object a, Object b) {
        if (!(a instanceof PySet x) || !(b instanceof PySet y)) {
            return Py.NotImplemented;
        }
        return symmetricDifference(x, y);
    }

    static boolean isSubset(PySet so, Object other) {
        if (!(other instanceof PySet o)) {
            PySet tmp = new PySet();
            updateInternal(tmp, other);
            return isSubset(so, tmp);
        }
        if (so.used > o.used) {
            return false;
        }
        Object[] t = so.table;
        long[] h = so.hashes;
        for (int i = 0; i < t.length; i++) {
            Object k = t[i];
            if (k != null && k != PySet.DUMMY && o.find(k, h[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isSuperset(PySet so, Object other) {
        if (other instanceof PySet o) {
            return isSubset(o, so);
        }
        Object it = Ops.iter(other);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (!so.contains(x)) {
                return false;
            }
        }
        return true;
    }

    static boolean isDisjoint(PySet so, Object other) {
        if (so == other) {
            return so.used == 0;
        }
        if (other instanceof PySet o) {
            PySet small = so.used > o.used ? o : so;
            PySet big = small == so ? o : so;
            Object[] t = small.table;
            long[] h = small.hashes;
            for (int i = 0; i < t.length; i++) {
                Object k = t[i];
                if (k != null && k != PySet.DUMMY && big.find(k, h[i]) >= 0) {
                    return false;
                }
            }
            return true;
        }
        Object it = Ops.iter(other);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (so.contains(x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean compare(PySet v, PySet w, CompareOp op) {
        return switch (op) {
            case EQ -> v.used == w.used && !(v.hashed && w.hashed && v.hash != w.hash) && isSubset(v, w);
            case NE -> !(v.used == w.used && !(v.hashed && w.hashed && v.hash != w.hash) && isSubset(v, w));
            case LE -> isSubset(v, w);
            case GE -> isSuperset(v, w);
            case LT -> v.used < w.used && isSubset(v, w);
            case GT -> v.used > w.used && isSuperset(v, w);
        };
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** CPython's frozenset hash: order-independent, cached. */
    static long frozensetHash(PySet s) {
        if (s.hashed) {
            return s.hash;
        }
        long h = 0;
        Object[] t = s.table;
        for (int i = 0; i < t.length; i++) {
            if (t[i] != null && t[i] != PySet.DUMMY) {
                h ^= shuffle(s.hashes[i]);
            }
        }
        h ^= ((long) s.used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        s.hash = h;
        s.hashed = true;
        return h;
    }

    /** {@code iter(set)}: RuntimeError when the set's size changes. */
    static final class SetIterator extends PyIterator {
        private PySet set;
        /** The set's size when iteration began; -1 once a size change was reported (the error repeats). */
        private int size;
        private int pos;
        private int yielded;

        SetIterator(PySet set) {
            super(ITERATOR);
            this.set = set;
            this.size = set.used;
        }

        @Override
        public Object next() {
            PySet s = set;
            if (s == null) {
                return null;
            }
            if (s.used != size) {
                size = -1;
                throw Exceptions.runtimeError("Set changed size during iteration");
            }
            Object[] t = s.table;
            int i = pos;
            while (i < t.length && (t[i] == null || t[i] == PySet.DUMMY)) {
                i++;
            }
            if (i >= t.length) {
                set = null;
                return null;
            }
            pos = i + 1;
            yielded++;
            return t[i];
        }

        @Override
        public int lengthHint() {
            return set != null && set.used == size ? size - yielded : 0;
        }

        /** Pickled as the list of what is left, as CPython does. */
        @Override
        public PyTuple reduce() {
            PyList rest = new PyList();
            if (set != null) {
                SetIterator copy = new SetIterator(set);
                copy.size = size;
                copy.pos = pos;
                for (Object x = copy.next(); x != null; x = copy.next()) {
                    rest.append(x);
                }
            }
            return PyTuple.of(builtin("iter"), PyTuple.of(rest));
        }
    }
}
