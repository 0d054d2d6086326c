package taipan.runtime;

/**
 * types.SimpleNamespace: an object whose attributes are given as keywords, with
 * the repr {@code namespace(a=1, b=2)} and equality by attributes. Also the type
 * of {@code sys.implementation}.
 */
public final class SimpleNamespace {
    private SimpleNamespace() {}

    public static final PyType TYPE = BuiltinTypes.builtin("SimpleNamespace", BuiltinTypes.OBJECT, PyInstance::new);

    /** A namespace with the given attributes, in order. */
    public static PyObject of(String[] names, Object[] values) {
        PyObject ns = TYPE.factory.create(TYPE);
        for (int i = 0; i < names.length; i++) {
            Attributes.setInstanceAttribute(ns, names[i], values[i]);
        }
        return ns;
    }

    static void install() {
        PyType t = TYPE;
        t.instancesHaveDict = true;
        t.define("__module__", PyStr.of("types"));
        MethodDescriptor.define(t, "__init__", "*args, **kwargs", (self, a) -> {
            if (((PyTuple) a[0]).items.length > 0) {
                throw Exceptions.typeError("no positional arguments expected");
            }
            PyDict kw = (PyDict) a[1];
            for (int i = 0; i < kw.entryLimit(); i++) {
                if (kw.keyAt(i) instanceof PyStr k) {
                    Attributes.setInstanceAttribute((PyObject) self, k.value(), kw.valueAt(i));
                }
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            PyObject o = (PyObject) self;
            String name = o.type == TYPE ? "namespace" : o.type.name();
            if (!ReprGuard.enter(self)) {
                return PyStr.of(name + "(...)");
            }
            try {
                StringBuilder sb = new StringBuilder(name).append('(');
                PyDict d = Attributes.dictOf(o);
                boolean first = true;
                for (int i = 0; i < d.entryLimit(); i++) {
                    if (d.keyAt(i) instanceof PyStr k) {
                        sb.append(first ? "" : ", ").append(k.value()).append('=').append(Ops.reprString(d.valueAt(i)));
                        first = false;
                    }
                }
                return PyStr.of(sb.append(')').toString());
            } finally {
                ReprGuard.exit(self);
            }
        });
        MethodDescriptor.define(t, "__reduce__", "", (self, a) ->
            PyTuple.of(Py.typeOf(self), PyTuple.of(), Attributes.dictOf((PyObject) self)));
        MethodDescriptor.define(t, "__eq__", "other, /", (self, a) -> {
            if (!Py.typeOf(a[0]).isSubtypeOf(TYPE)) {
                return Py.NotImplemented;
            }
            return Ops.richCompare(Attributes.dictOf((PyObject) self), Attributes.dictOf((PyObject) a[0]), CompareOp.EQ);
        });
        t.define("__hash__", Py.None);
    }
}
