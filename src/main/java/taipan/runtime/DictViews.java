package taipan.runtime;

/**
 * The dict views {@code dict_keys}, {@code dict_values} and
 * {@code dict_items}: live windows on a dict with len, iteration (both
 * ways), containment, repr ({@code dict_keys([1, 2])}), and for keys and
 * items the set comparisons and the set operators {@code & | - ^} (returning
 * sets, with either operand any iterable) and {@code isdisjoint}.
 */
public final class DictViews {
    private DictViews() {}

    public static final PyType KEYS = viewType("dict_keys");
    public static final PyType VALUES = viewType("dict_values");
    public static final PyType ITEMS = viewType("dict_items");

    /** A view type: only dicts make views, calling the type refuses (as in CPython). */
    private static PyType viewType(String name) {
        return BuiltinTypes.builtin(name, BuiltinTypes.OBJECT, type -> {
            throw Exceptions.typeError("cannot create '" + type.name() + "' instances");
        });
    }

    /** A view of {@link #dict}; its type says which. */
    public static final class View extends PyObject {
        public final PyDict dict;

        View(PyType type, PyDict dict) {
            super(type);
            this.dict = dict;
        }

        DictMethods.Kind kind() {
            return type == KEYS ? DictMethods.Kind.KEYS : type == VALUES ? DictMethods.Kind.VALUES : DictMethods.Kind.ITEMS;
        }
    }

    static void install() {
        for (PyType t : new PyType[] {KEYS, VALUES, ITEMS}) {
            GetSetDescriptor.define(t, "mapping", self -> new MappingProxy(((View) self).dict));
        }
        for (PyType t : new PyType[] {KEYS, VALUES, ITEMS}) {
            t.acceptsSubclasses = false;
            MethodDescriptor.define(t, "__len__", "", (self, a) -> (long) ((View) self).dict.size());
            MethodDescriptor.define(t, "__iter__", "", (self, a) ->
                new DictMethods.DictIterator(((View) self).dict, ((View) self).kind(), false));
            MethodDescriptor.define(t, "__reversed__", "", (self, a) ->
                new DictMethods.DictIterator(((View) self).dict, ((View) self).kind(), true));
            MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
                if (!ReprGuard.enter(self)) {
                    return PyStr.of("...");
                }
                try {
                    PyList items = new PyList(Iterables.toArray(self));
                    return PyStr.of(t.name() + "(" + ListMethods.repr(items) + ")");
                } finally {
                    ReprGuard.exit(self);
                }
            });
            if (t == VALUES) {
                continue;
            }
            t.define("__hash__", Py.None);
            MethodDescriptor.define(t, "__contains__", "key, /", (self, a) -> Py.bool(contains((View) self, a[0])));
            for (CompareOp op : CompareOp.values()) {
                MethodDescriptor.define(t, op.method, "other, /", (self, a) -> compare((View) self, a[0], op));
            }
            MethodDescriptor.define(t, "isdisjoint", "other, /", (self, a) -> Py.bool(isDisjoint((View) self, a[0])));
            MethodDescriptor.define(t, "__sub__", "other, /", (self, a) -> sub(self, a[0]));
            MethodDescriptor.define(t, "__rsub__", "other, /", (self, a) -> sub(a[0], self));
            MethodDescriptor.define(t, "__or__", "other, /", (self, a) -> or(self, a[0]));
            MethodDescriptor.define(t, "__ror__", "other, /", (self, a) -> or(a[0], self));
            MethodDescriptor.define(t, "__xor__", "other, /", (self, a) -> xor(self, a[0]));
            MethodDescriptor.define(t, "__rxor__", "other, /", (self, a) -> xor(a[0], self));
            MethodDescriptor.define(t, "__and__", "other, /", (self, a) -> and((View) self, a[0]));
            MethodDescriptor.define(t, "__rand__", "other, /", (self, a) -> and((View) self, a[0]));
        }
    }

    static boolean contains(View v, Object x) {
        if (v.type == KEYS) {
            return v.dict.containsKey(x);
        }
        if (!(x instanceof PyTuple t) || t.items.length != 2) {
            return false;
        }
        Object found = v.dict.get(t.items[0]);
        return found != null && Ops.eq(found, t.items[1]);
    }

    private static int size(Object o) {
        return o instanceof View v ? v.dict.size() : Ops.len(o);
    }

    private static boolean allContainedIn(Object a, Object b) {
        Object it = Ops.iter(a);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (!Ops.contains(b, x)) {
                return false;
            }
        }
        return true;
    }

    private static Object compare(View self, Object other, CompareOp op) {
        if (!(other instanceof PySet) && !(other instanceof View ov && ov.type != VALUES)) {
            return Py.NotImplemented;
        }
        int ls = self.dict.size();
        int lo = size(other);
        boolean r = switch (op) {
            case EQ, NE -> ls == lo && allContainedIn(self, other);
            case LT -> ls < lo && allContainedIn(self, other);
            case LE -> ls <= lo && allContainedIn(self, other);
            case GT -> ls > lo && allContainedIn(other, self);
            case GE -> ls >= lo && allContainedIn(other, self);
        };
        return Py.bool(op == CompareOp.NE ? !r : r);
    }

    private static boolean isDisjoint(View self, Object other) {
        if (self == other) {
            return self.dict.size() == 0;
        }
        Object small = other;
        Object big = self;
        if ((other instanceof PySet || other instanceof View ov && ov.type != VALUES) && size(other) > self.dict.size()) {
            small = self;
            big = other;
        }
        Object it = Ops.iter(small);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (Ops.contains(big, x)) {
                return false;
            }
        }
        return true;
    }

    /** A new set of the items of a view or any iterable (CPython's dictviews_to_set). */
    private static PySet toSet(Object o) {
        PySet s = new PySet();
        if (o instanceof View v && v.type == KEYS) {
            SetMethods.updateInternal(s, v.dict);
        } else {
            SetMethods.updateInternal(s, o);
        }
        return s;
    }

    private static Object sub(Object left, Object right) {
        PySet r = toSet(left);
        SetMethods.differenceUpdateInternal(r, right);
        return r;
    }

    private static Object or(Object left, Object right) {
        PySet r = toSet(left);
        SetMethods.updateInternal(r, right);
        return r;
    }

    private static Object xor(Object left, Object right) {
        PySet r = toSet(left);
        SetMethods.symmetricDifferenceUpdate(r, right);
        return r;
    }

    private static Object and(View self, Object other) {
        int lenSelf = self.dict.size();
        if (other instanceof PySet s && s.type == BuiltinTypes.SET && lenSelf <= s.used) {
            return SetMethods.intersection(s, self);
        }
        View target = self;
        Object source = other;
        if (other instanceof View ov && ov.type != VALUES && ov.dict.size() > lenSelf) {
            target = ov;
            source = self;
        }
        PySet r = new PySet();
        Object it = Ops.iter(source);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (contains(target, x)) {
                r.add(x);
            }
        }
        return r;
    }
}
