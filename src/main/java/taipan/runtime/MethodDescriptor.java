package taipan.runtime;

/**
 * A method of a built-in type written in Java ({@code list.append}), type
 * {@code method_descriptor}. Reading it from an instance binds it
 * ({@link #bind}); the interpreter's method-call path calls {@link #callWithSelf}
 * without making the bound object.
 *
 * <p>Contract: the receiver must be an instance of {@link #owner} (else
 * CPython's "descriptor 'x' for 'T' objects doesn't apply to a 'U' object");
 * arguments after the receiver bind with {@link #signature}.
 */
public final class MethodDescriptor extends PyObject implements Descriptor {
    public final PyType owner;
    public final String name;
    public final Signature signature;
    public final BuiltinFunction.Body body;

    public MethodDescriptor(PyType owner, String name, String spec, BuiltinFunction.Body body) {
        super(BuiltinTypes.METHOD_DESCRIPTOR);
        this.owner = owner;
        this.name = name;
        this.signature = Signature.parse(owner.name() + "." + name, spec);
        this.body = body;
    }

    /** Defines method {@code name} on {@code owner}. */
    public static void define(PyType owner, String name, String spec, BuiltinFunction.Body body) {
        owner.define(name, new MethodDescriptor(owner, name, spec, body));
    }

    /** Calls with an explicit receiver. */
    public Object callWithSelf(Object self, Object[] args, String[] kwnames) {
        check(self);
        return body.call(self, signature.bind(args, kwnames));
    }

    /** Calls unbound: {@code list.append(xs, 1)}. */
    public Object callUnbound(Object[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw Exceptions.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        Object[] rest = new Object[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return callWithSelf(args[0], rest, kwnames);
    }

    private void check(Object self) {
        if (!Py.typeOf(self).isSubtypeOf(owner)) {
            throw Exceptions.typeError("descriptor '" + name + "' for '" + owner.name()
                + "' objects doesn't apply to a '" + Py.typeOf(self).name() + "' object");
        }
    }

    @Override
    public Object get(Object obj, PyType type) {
        return obj == null ? this : bind(obj);
    }

    /** The bound method for {@code self}. */
    public BuiltinFunction bind(Object self) {
        check(self);
        return new BuiltinFunction(null, name, signature, body, self);
    }

    @Override
    public String toString() {
        return "<method '" + name + "' of '" + owner.name() + "' objects>";
    }
}
