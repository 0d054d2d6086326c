package taipan.runtime;

/**
 * A function written in Java, as Python sees it: {@code len}, or a method bound
 * to its object ({@code [].append}). Type {@code builtin_function_or_method}.
 *
 * <p>Contract: calls bind arguments with the {@link Signature} (which raises
 * CPython's TypeErrors for wrong calls) and run the {@link Body} with
 * {@link #self} (the bound object; null for a plain function).
 */
public final class BuiltinFunction extends PyObject implements PyCallable {
    /** The Java code of a built-in: {@code self} is the receiver (null for functions), {@code a} the bound slots. */
    @FunctionalInterface
    public interface Body {
        Object call(Object self, Object[] a);
    }

    public final String name;
    public final Signature signature;
    public final Body body;
    public final Object self;
    /** The module name for functions ("builtins", "math", ...), or null for bound methods. */
    public final String module;

    public BuiltinFunction(String module, String name, Signature signature, Body body, Object self) {
        super(BuiltinTypes.BUILTIN_FUNCTION);
        this.module = module;
        this.name = name;
        this.signature = signature;
        this.body = body;
        this.self = self;
    }

    /**
     * A module-level function: {@code spec} as in {@link Signature#parse}. Its argument errors name it
     * {@code module.name} where CPython qualifies it (all modules but builtins).
     */
    public static BuiltinFunction of(String module, String name, String spec, Body body) {
        boolean qualify = module != null && !module.equals("builtins") && !name.contains(".");
        return new BuiltinFunction(module, name, Signature.parse(qualify ? module + "." + name : name, spec), body, null);
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return body.call(self, signature.bind(args, kwnames));
    }

    @Override
    public String toString() {
        if (self == null || self instanceof PyModule) {
            return "<built-in function " + name + ">";
        }
        return "<built-in method " + name + " of " + Py.typeOf(self).name() + " object>";
    }
}
