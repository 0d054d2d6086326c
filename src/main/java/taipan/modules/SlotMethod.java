package taipan.modules;

import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.MethodLike;
import taipan.runtime.PyObject;
import taipan.runtime.PyType;

/**
 * A special method of a Java-defined type that binds like a Python function. Used for
 * {@code __setattr__}/{@code __delattr__}: {@code Ops.setAttr} treats every
 * {@code MethodDescriptor} there as object's generic one, so a type with its own attribute
 * assignment (weak proxies, thread-locals) defines it as a SlotMethod instead.
 */
final class SlotMethod extends PyObject implements MethodLike {
    /** The body, given the receiver and the remaining positional arguments. */
    interface Body {
        Object call(Object self, Object[] args);
    }

    private final String name;
    private final int arity;
    private final Body body;

    private SlotMethod(String name, int arity, Body body) {
        super(BuiltinTypes.WRAPPER_DESCRIPTOR);
        this.name = name;
        this.arity = arity;
        this.body = body;
    }

    /** Defines {@code name} on {@code type}, taking {@code arity} arguments after self. */
    static void define(PyType type, String name, int arity, Body body) {
        type.define(name, new SlotMethod(name, arity, body));
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        if ((kwnames != null && kwnames.length > 0) || args.length != arity + 1) {
            throw Exceptions.typeError("expected " + arity + " argument" + (arity == 1 ? "" : "s")
                + ", got " + Math.max(0, args.length - 1));
        }
        Object[] rest = new Object[arity];
        System.arraycopy(args, 1, rest, 0, arity);
        return body.call(args[0], rest);
    }

    @Override
    public String toString() {
        return "<slot wrapper '" + name + "'>";
    }
}
