package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Small helpers for the container tests: calls, reprs, user subclasses and expected exceptions. */
final class ContainerTesting {
    private ContainerTesting() {}

    static {
        TypeSetup.installAll();
    }

    /** {@code self.name(*args)}. */
    static Object m(Object self, String name, Object... args) {
        return Ops.call(Ops.getAttr(self, name), args);
    }

    /** {@code f(*args, **{names: kwvalues})}: positional values first, then one value per keyword name. */
    static Object kw(Object f, Object[] args, String... names) {
        return Ops.call(f, args, names);
    }

    static String repr(Object o) {
        return Ops.reprString(o);
    }

    static PyList list(Object... items) {
        return PyList.of(items);
    }

    static PyTuple tuple(Object... items) {
        return PyTuple.of(items);
    }

    static Object set(Object... items) {
        return Ops.call(BuiltinTypes.SET, list(items));
    }

    static Object range(long... bounds) {
        Object[] args = new Object[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            args[i] = bounds[i];
        }
        return Ops.call(BuiltinTypes.RANGE, args);
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    /** A Python class {@code name(base)} with methods given as (name, body) pairs taking (self, other). */
    static PyType subclass(String name, PyType base, Object... methods) {
        PyType t = TypeCalls.newClass(BuiltinTypes.TYPE, name, new PyType[] {base}, new PyDict());
        for (int i = 0; i < methods.length; i += 2) {
            String mname = (String) methods[i];
            BuiltinFunction.Body body = (BuiltinFunction.Body) methods[i + 1];
            t.setMember(mname, new MethodDescriptor(t, mname, mname.equals("__repr__") ? "" : "other, /", body));
        }
        return t;
    }

    /** A built-in function of one argument. */
    static BuiltinFunction fn(java.util.function.Function<Object, Object> f) {
        return BuiltinFunction.of("test", "f", "x, /", (self, a) -> f.apply(a[0]));
    }

    /** Asserts that {@code r} raises {@code type} whose str is {@code message}. */
    static PyException raises(PyType type, String message, Runnable r) {
        try {
            r.run();
        } catch (PyException e) {
            assertEquals(type.name(), e.value.type.name(), "exception type (message: " + e.getMessage() + ")");
            if (message != null) {
                Object[] args = e.value.args.items;
                assertEquals(message, args.length == 1 ? Ops.strString(args[0]) : "", "exception message");
            }
            return e;
        }
        fail("expected " + type.name() + ": " + message);
        return null;
    }
}
