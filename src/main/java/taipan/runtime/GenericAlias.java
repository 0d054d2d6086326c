package taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code list[int]}: a parameterized generic (types.GenericAlias), as returned by
 * {@code __class_getitem__}, with CPython 3.11's behaviour: {@code __parameters__}
 * collected from the arguments (type variables are what has {@code __typing_subst__}),
 * substitution by subscription ({@code dict[str, T][int]}), {@code __mro_entries__}
 * (so a class can inherit from {@code list[int]}), equality and hash, {@code |},
 * the unpacked form {@code *tuple[int]} made by iteration, calls that record
 * {@code __orig_class__}, pickling, and every other attribute read from the origin.
 */
public final class GenericAlias extends PyObject implements PyCallable {
    public static final PyType TYPE = BuiltinTypes.builtin("GenericAlias", BuiltinTypes.OBJECT, null);

    /** Attributes the alias answers itself; all others come from the origin. */
    private static final java.util.Set<String> OWN = java.util.Set.of("__class__", "__origin__", "__args__",
        "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
        "__reduce__", "__copy__", "__deepcopy__");

    public final Object origin;
    public final PyTuple args;
    /** {@code *tuple[int]}: the unpacked form. */
    final boolean starred;
    private PyTuple parameters;

    public GenericAlias(Object origin, Object args) {
        this(TYPE, origin, args, false);
    }

    GenericAlias(PyType type, Object origin, Object args, boolean starred) {
        super(type);
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
        this.starred = starred;
    }

    @Override
    public Object call(Object[] a, String[] kwnames) {
        Object obj = Ops.call(origin, a, kwnames);
        try {
            Ops.setAttr(obj, "__orig_class__", this);
        } catch (PyException e) {
            if (!e.matches(Exceptions.ATTRIBUTE_ERROR) && !e.matches(Exceptions.TYPE_ERROR)) {
                throw e;
            }
        }
        return obj;
    }

    /** {@code iter(tuple[int])}: yields the unpacked alias {@code *tuple[int]} once. */
    private static final class AliasIterator extends PyIterator {
        static final PyType ITERATOR_TYPE = iteratorType();
        /** The alias still to unpack; null once it has been yielded. */
        private GenericAlias alias;

        AliasIterator(GenericAlias alias) {
            super(ITERATOR_TYPE);
            this.alias = alias;
        }

        private static PyType iteratorType() {
            PyType t = BuiltinTypes.builtin("generic_alias_iterator", BuiltinTypes.OBJECT, null);
            t.acceptsSubclasses = false;
            MethodDescriptor.define(t, "__iter__", "", (self, a) -> self);
            MethodDescriptor.define(t, "__next__", "", (self, a) -> {
                Object v = ((AliasIterator) self).next();
                if (v == null) {
                    throw Exceptions.stopIteration(Py.None);
                }
                return v;
            });
            MethodDescriptor.define(t, "__reduce__", "", (self, a) -> ((AliasIterator) self).reduce());
            return t;
        }

        @Override
        public Object next() {
            GenericAlias g = alias;
            if (g == null) {
                return null;
            }
            alias = null;
            return new GenericAlias(TYPE, g.origin, g.args, true);
        }

        @Override
        public PyTuple reduce() {
            return PyTuple.of(builtin("iter"), PyTuple.of(alias == null ? PyTuple.EMPTY : alias));
        }
    }

    /** Makes {@code t[item]} a GenericAlias, as CPython's {@code Py_GenericAlias} classmethod does. */
    public static void defineClassGetItem(PyType t, String module) {
        t.define("__class_getitem__", new ClassMethod(BuiltinTypes.CLASSMETHOD, BuiltinFunction.of(module,
            t.name() + ".__class_getitem__", "cls, item, /", (s, a) -> new GenericAlias(a[0], a[1]))));
    }

    private static GenericAlias ga(Object self) {
        return (GenericAlias) self;
    }

    /** The type variables in {@code args}, in order of first appearance. */
    static PyTuple collectParameters(PyTuple args) {
        List<Object> out = new ArrayList<>();
        collect(args.items, out);
        return PyTuple.of(out.toArray());
    }

    private static void collect(Object[] items, List<Object> out) {
        for (Object t : items) {
            if (t instanceof PyType) {
                continue;
            }
            if (t instanceof PyTuple tuple) {
                collect(tuple.items, out);
            } else if (Ops.getAttrOrNull(t, "__typing_subst__") != null) {
                addOnce(out, t);
            } else if (Ops.getAttrOrNull(t, "__parameters__") instanceof PyTuple sub) {
                for (Object x : sub.items) {
                    addOnce(out, x);
                }
            }
        }
    }

    private static void addOnce(List<Object> out, Object x) {
        for (Object y : out) {
            if (Ops.eq(x, y)) {
                return;
            }
        }
        out.add(x);
    }

    private PyTuple parameters() {
        if (parameters == null) {
            parameters = collectParameters(args);
        }
        return parameters;
    }

    private static int indexOf(PyTuple params, Object x) {
        for (int i = 0; i < params.items.length; i++) {
            if (Ops.eq(params.items[i], x)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code *tuple[int, str]} in a subscription stands for its arguments. */
    private static Object[] unpackItems(Object[] items) {
        List<Object> out = new ArrayList<>();
        for (Object x : items) {
            if (x instanceof GenericAlias g && g.starred && g.origin == BuiltinTypes.TUPLE
                && !(g.args.items.length > 0 && g.args.items[g.args.items.length - 1] == Py.Ellipsis)) {
                java.util.Collections.addAll(out, g.args.items);
            } else {
                out.add(x);
            }
        }
        return out.toArray();
    }

    /** {@code alias[item]}: the type variables replaced by the given arguments. */
    private Object substitute(Object item) {
        return new GenericAlias(TYPE, origin, PyTuple.of(substituteArgs(this, args, parameters(), item)), starred);
    }

    /**
     * The arguments {@code args} of the generic {@code self} (an alias or a union) with its type
     * variables {@code params} replaced by the subscription {@code item}.
     */
    static Object[] substituteArgs(Object self, PyTuple args, PyTuple params, Object item) {
        if (params.items.length == 0) {
            throw Exceptions.typeError(Ops.reprString(self) + " is not a generic class");
        }
        Object[] items = unpackItems(item instanceof PyTuple t ? t.items : new Object[] {item});
        for (Object p : params.items) {
            Object prepare = Ops.getAttrOrNull(p, "__typing_prepare_subst__");
            if (prepare != null) {
                items = ((PyTuple) Ops.call(prepare, self, PyTuple.of(items))).items;
            }
        }
        if (items.length != params.items.length) {
            throw Exceptions.typeError("Too " + (items.length > params.items.length ? "many" : "few") + " arguments for "
                + Ops.reprString(self) + "; actual " + items.length + ", expected " + params.items.length);
        }
        List<Object> newArgs = new ArrayList<>();
        for (Object arg : args.items) {
            if (arg instanceof PyType) {
                newArgs.add(arg);
                continue;
            }
            boolean unpack = Ops.getAttrOrNull(arg, "__typing_is_unpacked_typevartuple__") instanceof Object u
                && Ops.isTrue(u);
            Object subst = Ops.getAttrOrNull(arg, "__typing_subst__");
            Object value;
            if (subst != null) {
                value = Ops.call(subst, items[indexOf(params, arg)]);
            } else if (Ops.getAttrOrNull(arg, "__parameters__") instanceof PyTuple sub && sub.items.length > 0) {
                Object[] subArgs = new Object[sub.items.length];
                for (int i = 0; i < subArgs.length; i++) {
                    subArgs[i] = items[indexOf(params, sub.items[i])];
                }
                value = Ops.getItem(arg, subArgs.length == 1 ? subArgs[0] : PyTuple.of(subArgs));
            } else {
                value = arg;
            }
            if (unpack) {
                Object it = Ops.iter(value);
                for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                    newArgs.add(x);
                }
            } else {
                newArgs.add(value);
            }
        }
        return newArgs.toArray();
    }

    static {
        PyType t = TYPE;
        t.define("__module__", PyStr.of("types"));
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("types", "GenericAlias.__new__", "cls, origin, args, /",
                (s, a) -> new GenericAlias((PyType) a[0], a[1], a[2], false))));
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of(repr(ga(self))));
        MethodDescriptor.define(t, "__getattribute__", "name, /", (self, a) -> {
            String name = ((PyStr) a[0]).value();
            if (!OWN.contains(name)) {
                return Ops.getAttr(ga(self).origin, name);
            }
            Object v = Ops.genericGetAttr(self, name, Py.typeOf(self));
            if (v == null) {
                throw Exceptions.noAttribute(self, name);
            }
            return v;
        });
        GetSetDescriptor.define(t, "__origin__", self -> ga(self).origin);
        GetSetDescriptor.define(t, "__args__", self -> ga(self).args);
        GetSetDescriptor.define(t, "__parameters__", self -> ga(self).parameters());
        GetSetDescriptor.define(t, "__unpacked__", self -> Py.bool(ga(self).starred));
        GetSetDescriptor.define(t, "__typing_unpacked_tuple_args__", self -> {
            GenericAlias g = ga(self);
            return g.starred && g.origin == BuiltinTypes.TUPLE ? g.args : Py.None;
        });
        MethodDescriptor.define(t, "__getitem__", "item, /", (self, a) -> ga(self).substitute(a[0]));
        MethodDescriptor.define(t, "__mro_entries__", "bases, /", (self, a) -> PyTuple.of(ga(self).origin));
        MethodDescriptor.define(t, "__instancecheck__", "obj, /", (self, a) -> {
            throw Exceptions.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        MethodDescriptor.define(t, "__subclasscheck__", "cls, /", (self, a) -> {
            throw Exceptions.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        MethodDescriptor.define(t, "__eq__", "other, /", (self, a) -> {
            if (!(a[0] instanceof GenericAlias o)) {
                return Py.NotImplemented;
            }
            GenericAlias g = ga(self);
            return Py.bool(g.starred == o.starred && Ops.eq(g.origin, o.origin) && Ops.eq(g.args, o.args));
        });
        MethodDescriptor.define(t, "__hash__", "", (self, a) -> Ops.hash(ga(self).origin) ^ Ops.hash(ga(self).args));
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> new AliasIterator(ga(self)));
        MethodDescriptor.define(t, "__reduce__", "", (self, a) -> {
            GenericAlias g = ga(self);
            if (g.starred) {
                Object plain = new GenericAlias(TYPE, g.origin, g.args, false);
                return PyTuple.of(Ops.getAttr(Pickling.importModule("builtins"), "next"), PyTuple.of(Ops.iter(plain)));
            }
            return PyTuple.of(Py.typeOf(self), PyTuple.of(g.origin, g.args));
        });
        MethodDescriptor.define(t, "__dir__", "", (self, a) -> {
            PyList names = (PyList) Ops.call(Ops.getAttr(Pickling.importModule("builtins"), "dir"), ga(self).origin);
            for (String n : OWN) {
                if (!Ops.isTrue(Ops.callSpecial(names, "__contains__", PyStr.of(n)))) {
                    names.append(PyStr.of(n));
                }
            }
            return names;
        });
    }

    private static String repr(GenericAlias g) {
        StringBuilder sb = new StringBuilder();
        if (g.starred) {
            sb.append('*');
        }
        sb.append(reprItem(g.origin)).append('[');
        for (int i = 0; i < g.args.items.length; i++) {
            sb.append(i == 0 ? "" : ", ");
            Object x = g.args.items[i];
            if (x instanceof PyList l) {
                sb.append('[');
                for (int k = 0; k < l.size; k++) {
                    sb.append(k == 0 ? "" : ", ").append(reprItem(l.get(k)));
                }
                sb.append(']');
            } else {
                sb.append(reprItem(x));
            }
        }
        if (g.args.items.length == 0) {
            sb.append("()");
        }
        return sb.append(']').toString();
    }

    private static String reprItem(Object o) {
        if (o == Py.Ellipsis) {
            return "...";
        }
        if (Ops.getAttrOrNull(o, "__origin__") != null && Ops.getAttrOrNull(o, "__args__") != null) {
            return Ops.reprString(o);
        }
        Object qualname = Ops.getAttrOrNull(o, "__qualname__");
        Object module = Ops.getAttrOrNull(o, "__module__");
        if (qualname instanceof PyStr q && module instanceof PyStr m) {
            return m.value().equals("builtins") ? q.value() : m.value() + "." + q.value();
        }
        return Ops.reprString(o);
    }
}
