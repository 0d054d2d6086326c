package taipan.runtime;

/**
 * Test support: repr for str, tuple, list, dict and the singletons when the runtime does not define
 * them yet (they belong to other parts of the runtime, written in parallel).
 * Each is installed only if its type has no {@code __repr__} of its own, so
 * once the real ones exist they are what the tests exercise.
 */
public final class ReprFixture {
    private ReprFixture() {}

    /** Installs the runtime's types, then the missing reprs. */
    public static synchronized void ensure() {
        TypeSetup.installAll();
        if (BuiltinTypes.STR.ownMember("__repr__") == null) {
            MethodDescriptor.define(BuiltinTypes.STR, "__repr__", "", (self, a) -> PyStr.of(strRepr(((PyStr) self).value())));
        }
        for (PyType t : new PyType[] {BuiltinTypes.NONE_TYPE, BuiltinTypes.ELLIPSIS_TYPE, BuiltinTypes.NOT_IMPLEMENTED_TYPE}) {
            if (t.ownMember("__repr__") == null) {
                MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of(self.toString()));
            }
        }
        if (BuiltinTypes.TUPLE.ownMember("__repr__") == null) {
            MethodDescriptor.define(BuiltinTypes.TUPLE, "__repr__", "", (self, a) -> {
                Object[] items = ((PyTuple) self).items;
                return PyStr.of("(" + join(items, items.length) + (items.length == 1 ? ",)" : ")"));
            });
        }
        if (BuiltinTypes.DICT.ownMember("__repr__") == null) {
            MethodDescriptor.define(BuiltinTypes.DICT, "__repr__", "", (self, a) -> {
                PyDict d = (PyDict) self;
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < d.entryLimit(); i++) {
                    if (d.keyAt(i) != null) {
                        sb.append(sb.length() == 1 ? "" : ", ").append(Ops.reprString(d.keyAt(i))).append(": ")
                            .append(Ops.reprString(d.valueAt(i)));
                    }
                }
                return PyStr.of(sb.append("}").toString());
            });
        }
        if (BuiltinTypes.LIST.ownMember("__repr__") == null) {
            MethodDescriptor.define(BuiltinTypes.LIST, "__repr__", "", (self, a) -> {
                PyList l = (PyList) self;
                return PyStr.of("[" + join(l.items, l.size) + "]");
            });
        }
    }

    private static String join(Object[] items, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ", ").append(Ops.reprString(items[i]));
        }
        return sb.toString();
    }

    private static String strRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c == q) {
                        sb.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append(q).toString();
    }
}
