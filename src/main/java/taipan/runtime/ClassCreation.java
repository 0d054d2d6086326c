package taipan.runtime;

/**
 * The last steps of making a class, after its namespace is in place:
 * {@code __set_name__} on each attribute that defines it (an error there becomes
 * CPython 3.11's RuntimeError caused by it), then the parent's
 * {@code __init_subclass__} with the class statement's keywords.
 */
public final class ClassCreation {
    private ClassCreation() {}

    /** Runs {@code __set_name__} and {@code __init_subclass__(**kwargs)} for the new class {@code t}. */
    public static void finish(PyType t, PyDict kwargs) {
        for (var e : new java.util.ArrayList<>(t.members().entrySet())) {
            Object v = e.getValue();
            Object setName = Py.typeOf(v).lookup("__set_name__");
            if (setName != null) {
                if (v instanceof Property p) {
                    p.name = e.getKey();
                }
                try {
                    Ops.invoke(setName, v, t, PyStr.of(e.getKey()));
                } catch (PyException cause) {
                    PyException wrapped = Exceptions.runtimeError("Error calling __set_name__ on '" + Py.typeOf(v).name()
                        + "' instance '" + e.getKey() + "' in '" + t.name() + "'");
                    wrapped.value.cause = cause.value;
                    wrapped.value.context = cause.value;
                    wrapped.value.suppressContext = true;
                    throw wrapped;
                }
            }
        }
        PyType[] mro = t.mro();
        for (int i = 1; i < mro.length; i++) {
            Object init = mro[i].ownMember("__init_subclass__");
            if (init != null) {
                Object bound = Ops.bind(init, null, t);
                if (init instanceof ClassMethod cm) {
                    bound = new PyMethod(cm.function, t);
                }
                CallArgs.call(bound, new Object[0], kwargs);
                return;
            }
        }
    }
}
