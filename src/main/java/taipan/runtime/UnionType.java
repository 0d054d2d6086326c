package taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code int | str}: types.UnionType, made by {@code |} between types, None,
 * generic aliases and unions. Duplicates are dropped and nested unions
 * flattened, as in CPython; {@code isinstance} and {@code issubclass} accept it;
 * type variables in it ({@code __parameters__}) are substituted by subscription.
 */
public final class UnionType extends PyObject {
    public static final PyType TYPE = BuiltinTypes.builtin("UnionType", BuiltinTypes.OBJECT, null);

    public final PyTuple args;
    private PyTuple parameters;

    private UnionType(Object[] args) {
        super(TYPE);
        this.args = PyTuple.of(args);
    }

    private PyTuple parameters() {
        if (parameters == null) {
            parameters = GenericAlias.collectParameters(args);
        }
        return parameters;
    }

    private static boolean unionable(Object o) {
        return o == Py.None || o instanceof PyType || o instanceof GenericAlias || o instanceof UnionType;
    }

    /** {@code a | b}, or NotImplemented when either side cannot be in a union. */
    static Object or(Object a, Object b) {
        if (!unionable(a) || !unionable(b)) {
            return Py.NotImplemented;
        }
        List<Object> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        return items.size() == 1 ? items.get(0) : new UnionType(items.toArray());
    }

    private static void add(List<Object> items, Object o) {
        if (o instanceof UnionType u) {
            for (Object x : u.args.items) {
                add(items, x);
            }
            return;
        }
        Object v = o == Py.None ? BuiltinTypes.NONE_TYPE : o;
        for (Object x : items) {
            if (x == v || x instanceof GenericAlias && Ops.eq(x, v)) {
                return;
            }
        }
        items.add(v);
    }

    static void install() {
        TYPE.define("__module__", PyStr.of("types"));
        TYPE.acceptsSubclasses = false;
        GetSetDescriptor.define(TYPE, "__args__", self -> ((UnionType) self).args);
        GetSetDescriptor.define(TYPE, "__parameters__", self -> ((UnionType) self).parameters());
        MethodDescriptor.define(TYPE, "__getitem__", "item, /", (self, a) -> {
            UnionType u = (UnionType) self;
            Object[] newArgs = GenericAlias.substituteArgs(u, u.args, u.parameters(), a[0]);
            if (newArgs.length == 0) {
                return new UnionType(newArgs);
            }
            Object result = newArgs[0];
            for (int i = 1; i < newArgs.length; i++) {
                result = Arithmetic.binary(BinaryOp.OR, result, newArgs[i]);
            }
            return result;
        });
        MethodDescriptor.define(TYPE, "__repr__", "", (self, a) -> {
            StringBuilder sb = new StringBuilder();
            for (Object x : ((UnionType) self).args.items) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                if (x == BuiltinTypes.NONE_TYPE) {
                    sb.append("None");
                } else if (x instanceof PyType t) {
                    String m = t.moduleName();
                    sb.append(m.equals("builtins") ? t.qualname() : m + "." + t.qualname());
                } else {
                    sb.append(Ops.reprString(x));
                }
            }
            return PyStr.of(sb.toString());
        });
        MethodDescriptor.define(TYPE, "__or__", "other, /", (self, a) -> or(self, a[0]));
        MethodDescriptor.define(TYPE, "__ror__", "other, /", (self, a) -> or(a[0], self));
        MethodDescriptor.define(TYPE, "__eq__", "other, /", (self, a) -> {
            if (!(a[0] instanceof UnionType o)) {
                return Py.NotImplemented;
            }
            Object[] x = ((UnionType) self).args.items;
            if (x.length != o.args.items.length) {
                return Boolean.FALSE;
            }
            for (Object item : x) {
                boolean found = false;
                for (Object y : o.args.items) {
                    found |= Ops.eq(item, y);
                }
                if (!found) {
                    return Boolean.FALSE;
                }
            }
            return Boolean.TRUE;
        });
        MethodDescriptor.define(TYPE, "__hash__", "", (self, a) ->
            Ops.hash(Ops.call(BuiltinTypes.FROZENSET, ((UnionType) self).args)));
        MethodDescriptor.define(TYPE, "__instancecheck__", "obj, /", (self, a) -> {
            for (Object x : ((UnionType) self).args.items) {
                if (x instanceof PyType t && Py.typeOf(a[0]).isSubtypeOf(t)) {
                    return Boolean.TRUE;
                }
            }
            return Boolean.FALSE;
        });
        MethodDescriptor.define(TYPE, "__subclasscheck__", "cls, /", (self, a) -> {
            for (Object x : ((UnionType) self).args.items) {
                if (x instanceof PyType t && a[0] instanceof PyType c && c.isSubtypeOf(t)) {
                    return Boolean.TRUE;
                }
            }
            return Boolean.FALSE;
        });
        MethodDescriptor.define(BuiltinTypes.TYPE, "__or__", "other, /", (self, a) -> or(self, a[0]));
        MethodDescriptor.define(BuiltinTypes.TYPE, "__ror__", "other, /", (self, a) -> or(a[0], self));
        MethodDescriptor.define(GenericAlias.TYPE, "__or__", "other, /", (self, a) -> or(self, a[0]));
        MethodDescriptor.define(GenericAlias.TYPE, "__ror__", "other, /", (self, a) -> or(a[0], self));
    }
}
