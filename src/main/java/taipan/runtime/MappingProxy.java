package taipan.runtime;

/**
 * A read-only view of a mapping (types.MappingProxyType): what {@code C.__dict__}
 * returns. Reads go to the wrapped mapping; every write is a TypeError.
 */
public final class MappingProxy extends PyObject {
    public final Object mapping;

    public MappingProxy(Object mapping) {
        super(BuiltinTypes.MAPPINGPROXY);
        this.mapping = mapping;
    }

    static void install() {
        PyType t = BuiltinTypes.MAPPINGPROXY;
        t.acceptsSubclasses = false;
        GenericAlias.defineClassGetItem(t, "builtins");
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "mappingproxy.__new__", "cls, mapping", (s, a) -> {
                Object m = a[1];
                if (Py.typeOf(m).lookup("__getitem__") == null || m instanceof PyList || m instanceof PyTuple) {
                    throw Exceptions.typeError("mappingproxy() argument must be a mapping, not " + Py.typeOf(m).name());
                }
                return new MappingProxy(m);
            })));
        MethodDescriptor.define(t, "__getitem__", "key, /", (self, a) -> Ops.getItem(inner(self), a[0]));
        MethodDescriptor.define(t, "__contains__", "key, /", (self, a) -> Py.bool(Ops.contains(inner(self), a[0])));
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> Ops.iter(inner(self)));
        MethodDescriptor.define(t, "__len__", "", (self, a) -> (long) Ops.len(inner(self)));
        for (CompareOp op : CompareOp.values()) {
            MethodDescriptor.define(t, op.method, "other, /", (self, a) -> Ops.richCompare(inner(self), a[0], op));
        }
        MethodDescriptor.define(t, "__reversed__", "", (self, a) -> Ops.call(Ops.getAttr(inner(self), "__reversed__")));
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of("mappingproxy(" + Ops.reprString(inner(self)) + ")"));
        MethodDescriptor.define(t, "__str__", "", (self, a) -> Ops.str(inner(self)));
        for (String m : new String[] {"keys", "values", "items", "copy"}) {
            MethodDescriptor.define(t, m, "", (self, a) -> Ops.call(Ops.getAttr(inner(self), m)));
        }
        MethodDescriptor.define(t, "get", "key, default=None, /", (self, a) ->
            Ops.call(Ops.getAttr(inner(self), "get"), a[0], a[1]));
        MethodDescriptor.define(t, "__or__", "other, /", (self, a) ->
            Arithmetic.binary(BinaryOp.OR, inner(self), unwrap(a[0])));
        MethodDescriptor.define(t, "__ror__", "other, /", (self, a) ->
            Arithmetic.binary(BinaryOp.OR, unwrap(a[0]), inner(self)));
        MethodDescriptor.define(t, "__ior__", "other, /", (self, a) -> {
            throw Exceptions.typeError("'|=' is not supported by mappingproxy; use '|' instead");
        });
        t.define("__hash__", Py.None);
    }

    private static Object unwrap(Object o) {
        return o instanceof MappingProxy p ? p.mapping : o;
    }

    private static Object inner(Object self) {
        return ((MappingProxy) self).mapping;
    }
}
