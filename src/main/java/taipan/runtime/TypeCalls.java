package taipan.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Calling a type and making new classes: {@code type.__call__} (new, then
 * init), {@code type(x)}, and {@code type.__new__(meta, name, bases, ns)} with
 * the C3 MRO, layout and metaclass checks, {@code __slots__},
 * {@code __set_name__} and {@code __init_subclass__}.
 */
public final class TypeCalls {
    private TypeCalls() {}

    /** {@code type.__call__(cls, *args, **kw)}. */
    public static Object call(PyType type, Object[] args, String[] kwnames) {
        PyType meta = type.type;
        if (meta != BuiltinTypes.TYPE) {
            Object metaCall = meta.lookup("__call__");
            if (!(metaCall instanceof MethodDescriptor)) {
                Object[] all = prepend(type, args);
                return metaCall instanceof MethodLike f ? f.call(all, kwnames) : Ops.call(Ops.bind(metaCall, type, meta), args, kwnames);
            }
        }
        return defaultCall(type, args, kwnames);
    }

    /** The default {@code type.__call__}: {@code __new__}, then {@code __init__} when the result is an instance. */
    public static Object defaultCall(PyType type, Object[] args, String[] kwnames) {
        if (type == BuiltinTypes.TYPE) {
            int positional = args.length - (kwnames == null ? 0 : kwnames.length);
            if (positional == 1 && kwnames == null) {
                return Py.typeOf(args[0]);
            }
            if (positional != 1 && positional != 3) {
                throw Exceptions.typeError("type() takes 1 or 3 arguments");
            }
        }
        Object newMethod = type.lookup(SlotName.NEW);
        Object obj;
        Object init = type.lookup(SlotName.INIT);
        if (newMethod == objectNew() && init != objectInit() && type.factory != null
            && !type.hasAbstractMethods()) {
            obj = type.factory.create(type);
        } else {
            obj = callNew(newMethod, type, args, kwnames);
        }
        PyType objType = Py.typeOf(obj);
        if (!objType.isSubtypeOf(type)) {
            return obj;
        }
        if (objType != type) {
            init = objType.lookup(SlotName.INIT);
        }
        if (init == objectInit() && newMethod != objectNew()) {
            // object.__init__ ignores the arguments when __new__ is overridden: nothing to call
            return obj;
        }
        Object r;
        if (init instanceof MethodDescriptor md) {
            r = md.callWithSelf(obj, args, kwnames);
        } else if (init instanceof MethodLike f) {
            r = f.callWithSelf(obj, args, kwnames);
        } else {
            r = Ops.call(Ops.bind(init, obj, objType), args, kwnames);
        }
        if (r != Py.None) {
            throw Exceptions.typeError("__init__() should return None, not '" + Py.typeOf(r).name() + "'");
        }
        return obj;
    }

    private static Object objectNew;
    private static Object objectInit;

    private static Object objectInit() {
        Object o = objectInit;
        if (o == null) {
            o = BuiltinTypes.OBJECT.ownMember("__init__");
            objectInit = o;
        }
        return o;
    }

    private static Object objectNew() {
        Object o = objectNew;
        if (o == null) {
            o = BuiltinTypes.OBJECT.ownMember("__new__");
            objectNew = o;
        }
        return o;
    }

    private static Object callNew(Object newMethod, PyType type, Object[] args, String[] kwnames) {
        // type.__new__ read as an attribute of the class (a classmethod binds it), called with the class first
        Object f = newMethod instanceof StaticMethod s ? s.function : Ops.bind(newMethod, null, type);
        return Ops.call(f, prepend(type, args), kwnames);
    }

    static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** {@code type[...]} and other subscripted built-in generics. */
    public static Object genericAlias(PyType origin, Object args) {
        return new GenericAlias(origin, args);
    }

    /** The most derived metaclass of {@code meta} and the bases' metaclasses. */
    public static PyType calculateMetaclass(PyType meta, PyType[] bases) {
        return calculateMetaclass(meta, (Object[]) bases);
    }

    /** The most derived metaclass of {@code meta} and the types of {@code bases} (any objects, as in a class statement). */
    public static PyType calculateMetaclass(PyType meta, Object[] bases) {
        PyType winner = meta;
        for (Object b : bases) {
            PyType bt = Py.typeOf(b);
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw Exceptions.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static volatile java.util.function.Supplier<PyDict> callerGlobals = () -> null;

    /** How {@code type(name, bases, ns)} finds the calling code's globals (set by the interpreter). */
    public static void setCallerGlobals(java.util.function.Supplier<PyDict> s) {
        callerGlobals = s;
    }

    /** {@code type.__new__(meta, name, bases, namespace)}: a new class. */
    public static PyType newClass(PyType meta, String name, PyType[] bases, PyDict namespace) {
        if (bases.length == 0) {
            bases = new PyType[] {BuiltinTypes.OBJECT};
        }
        for (PyType b : bases) {
            if (!b.acceptsSubclasses) {
                throw Exceptions.typeError("type '" + b.name() + "' is not an acceptable base type");
            }
        }
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw Exceptions.typeError("duplicate base class " + bases[i].name());
                }
            }
        }
        PyType solid = solidBase(bases);
        PyType[] mro = c3(bases);
        PyType t = PyType.create(meta, name, bases, solid, null);
        PyType[] full = new PyType[mro.length + 1];
        full[0] = t;
        System.arraycopy(mro, 0, full, 1, mro.length);
        t.setBases(bases, full);

        Object slots = namespace.get(PyStr.of("__slots__"));
        boolean baseHasDict = false;
        for (PyType b : bases) {
            baseHasDict |= b.instancesHaveDict;
        }
        t.instancesHaveDict = baseHasDict || slots == null;
        for (int i = 0; i < namespace.entryLimit(); i++) {
            Object k = namespace.keyAt(i);
            if (k instanceof PyStr s) {
                Object v = namespace.valueAt(i);
                String key = s.value();
                if ((key.equals("__init_subclass__") || key.equals("__class_getitem__")) && isPlainFunction(v)) {
                    v = new ClassMethod(BuiltinTypes.CLASSMETHOD, v);
                } else if (key.equals("__new__") && isPlainFunction(v)) {
                    v = new StaticMethod(BuiltinTypes.STATICMETHOD, v);
                }
                if (!key.equals("__classcell__") && !key.equals("__qualname__")) {
                    t.define(key, v);
                }
            }
        }
        if (t.ownMember("__module__") == null) {
            PyDict globals = callerGlobals.get();
            Object module = globals == null ? null : globals.get(PyStr.of("__name__"));
            if (module != null) {
                t.define("__module__", module);
            }
        }
        if (namespace.get(PyStr.of("__qualname__")) instanceof PyStr q) {
            t.setQualname(q.value());
        } else if (namespace.get(PyStr.of("__qualname__")) != null) {
            throw Exceptions.typeError("type __qualname__ must be a str, not "
                + Py.typeOf(namespace.get(PyStr.of("__qualname__"))).name());
        }
        boolean[] wants = slots == null ? new boolean[2] : defineSlots(t, slots);
        InstanceLayout.addDescriptors(t, bases, slots != null, wants[0], wants[1]);
        if (t.ownMember("__eq__") != null && t.ownMember("__hash__") == null) {
            t.define("__hash__", Py.None);
        }
        if (t.ownMember("__doc__") == null) {
            t.define("__doc__", Py.None);
        }
        Object classcell = namespace.get(PyStr.of("__classcell__"));
        if (classcell instanceof PyCell cell) {
            cell.value = t;
        } else if (classcell != null) {
            throw Exceptions.typeError("__classcell__ must be a nonlocal cell, not " + Ops.reprString(Py.typeOf(classcell)));
        }
        Object customMro = meta.lookup("mro");
        if (customMro != null && customMro != BuiltinTypes.TYPE.ownMember("mro")) {
            Object result = Ops.call(Ops.bind(customMro, t, meta));
            Object it = Ops.iter(result);
            List<PyType> order = new ArrayList<>();
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                if (!(x instanceof PyType xt)) {
                    throw Exceptions.typeError("mro() returned a non-class ('" + Py.typeOf(x).name() + "')");
                }
                order.add(xt);
            }
            t.setBases(bases, order.toArray(new PyType[0]));
        }
        t.inheritCollectionFlags();
        return t;
    }

    private static boolean isPlainFunction(Object v) {
        return v instanceof MethodLike;
    }

    /** Defines the slot descriptors; answers whether {@code __dict__} and {@code __weakref__} were named. */
    private static boolean[] defineSlots(PyType t, Object slots) {
        boolean[] wants = new boolean[2];
        List<String> names = new ArrayList<>();
        Object it = Ops.iter(slots instanceof PyStr ? PyTuple.of(slots) : slots);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (!(x instanceof PyStr s)) {
                throw Exceptions.typeError("__slots__ items must be strings, not '" + Py.typeOf(x).name() + "'");
            }
            String n = s.value();
            if (n.equals("__dict__")) {
                if (wants[0] || t.instancesHaveDict) {
                    throw Exceptions.typeError("__dict__ slot disallowed: we already got one");
                }
                wants[0] = true;
                t.instancesHaveDict = true;
                continue;
            }
            if (n.equals("__weakref__")) {
                if (wants[1]) {
                    throw Exceptions.typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                }
                wants[1] = true;
                continue;
            }
            if (t.ownMember(n) != null && !(t.ownMember(n) instanceof SlotDescriptor)) {
                throw Exceptions.valueError("'" + n + "' in __slots__ conflicts with class variable");
            }
            names.add(n);
            t.define(n, new SlotDescriptor(t, n));
        }
        t.slotNames = names.toArray(new String[0]);
        return wants;
    }

    /** Assignment to {@code cls.__bases__}: CPython's checks, then new MROs for the class and its subclasses. */
    public static void assignBases(PyType t, Object value) {
        if (t.builtin) {
            throw Exceptions.typeError("cannot set '__bases__' attribute of immutable type '" + t.name() + "'");
        }
        if (value == null) {
            throw Exceptions.typeError("cannot delete '__bases__' attribute of immutable type '" + t.name() + "'");
        }
        if (!(value instanceof PyTuple tuple)) {
            throw Exceptions.typeError("can only assign tuple to " + t.name() + ".__bases__, not " + Py.typeOf(value).name());
        }
        if (tuple.items.length == 0) {
            throw Exceptions.typeError("can only assign non-empty tuple to " + t.name() + ".__bases__, not ()");
        }
        PyType[] bases = new PyType[tuple.items.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(tuple.items[i] instanceof PyType b)) {
                throw Exceptions.typeError(t.name() + ".__bases__ must be tuple of classes, not '"
                    + Py.typeOf(tuple.items[i]).name() + "'");
            }
            if (b.isSubtypeOf(t)) {
                throw Exceptions.typeError("a __bases__ item causes an inheritance cycle");
            }
            if (!b.acceptsSubclasses) {
                throw Exceptions.typeError("type '" + b.name() + "' is not an acceptable base type");
            }
            bases[i] = b;
        }
        PyType newSolid = solidBase(bases);
        if (newSolid != solidBase(t.bases()) || builtinLayout(bases) != builtinLayout(t.bases())) {
            throw Exceptions.typeError("__bases__ assignment: '" + bases[0].name() + "' deallocator differs from '"
                + t.bases()[0].name() + "'");
        }
        PyType[] oldBases = t.bases();
        PyType[] oldMro = t.mro();
        try {
            t.setBases(bases, withSelf(t, c3(bases)));
            remakeSubclassMros(t);
        } catch (PyException e) {
            t.setBases(oldBases, oldMro);
            remakeSubclassMros(t);
            throw e;
        }
    }

    /** The most derived built-in type behind {@code bases}: what decides how instances are made. */
    static PyType builtinLayout(PyType[] bases) {
        PyType best = BuiltinTypes.OBJECT;
        for (PyType base : bases) {
            for (PyType b : base.mro()) {
                if (b.builtin) {
                    if (b.isSubtypeOf(best)) {
                        best = b;
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static PyType[] withSelf(PyType t, PyType[] rest) {
        PyType[] full = new PyType[rest.length + 1];
        full[0] = t;
        System.arraycopy(rest, 0, full, 1, rest.length);
        return full;
    }

    private static void remakeSubclassMros(PyType t) {
        for (PyType sub : t.subclasses()) {
            sub.setBases(sub.bases(), withSelf(sub, c3(sub.bases())));
            remakeSubclassMros(sub);
        }
    }

    private static PyType solidBase(PyType[] bases) {
        PyType winner = null;
        for (PyType b : bases) {
            PyType s = b.solidBase;
            if (winner == null || s.isSubtypeOf(winner)) {
                winner = s;
            } else if (!winner.isSubtypeOf(s)) {
                throw Exceptions.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }

    /** The C3 linearization of {@code bases} (without the new class itself). */
    private static PyType[] c3(PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(Arrays.asList(b.mro())));
        }
        seqs.add(new ArrayList<>(Arrays.asList(bases)));
        List<PyType> out = new ArrayList<>();
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder names = new StringBuilder();
                List<PyType> heads = new ArrayList<>();
                for (List<PyType> s : seqs) {
                    if (!heads.contains(s.get(0))) {
                        heads.add(s.get(0));
                    }
                }
                for (PyType h : heads) {
                    names.append(names.length() == 0 ? "" : ", ").append(h.name());
                }
                throw Exceptions.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
            }
            out.add(candidate);
            for (List<PyType> s : seqs) {
                if (s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }
}
