package taipan.runtime;

/** {@code list[int]}: a parameterized generic (types.GenericAlias), as returned by {@code __class_getitem__}. */
public final class GenericAlias extends PyObject implements PyCallable {
    public static final PyType TYPE = BuiltinTypes.builtin("GenericAlias", BuiltinTypes.OBJECT, null);

    public final Object origin;
    public final PyTuple args;

    public GenericAlias(Object origin, Object args) {
        super(TYPE);
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    @Override
    public Object call(Object[] a, String[] kwnames) {
        return Ops.call(origin, a, kwnames);
    }

    static {
        MethodDescriptor.define(TYPE, "__repr__", "", (self, a) -> {
            GenericAlias g = (GenericAlias) self;
            StringBuilder sb = new StringBuilder(reprItem(g.origin)).append('[');
            for (int i = 0; i < g.args.items.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(reprItem(g.args.items[i]));
            }
            if (g.args.items.length == 0) {
                sb.append("()");
            }
            return PyStr.of(sb.append(']').toString());
        });
        TYPE.define("__module__", PyStr.of("types"));
        GetSetDescriptor.define(TYPE, "__origin__", self -> ((GenericAlias) self).origin);
        GetSetDescriptor.define(TYPE, "__args__", self -> ((GenericAlias) self).args);
    }

    private static String reprItem(Object o) {
        if (o == Py.Ellipsis) {
            return "...";
        }
        if (o instanceof PyType t) {
            String m = t.moduleName();
            return m.equals("builtins") ? t.qualname() : m + "." + t.qualname();
        }
        return Ops.reprString(o);
    }
}
