package taipan.runtime;

/** A function bound to an object (Python's {@code method} type): calling it passes the object first. */
public final class PyMethod extends PyObject implements PyCallable {
    public final Object function;
    public final Object self;

    public PyMethod(Object function, Object self) {
        super(BuiltinTypes.METHOD);
        this.function = function;
        this.self = self;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Ops.call(function, all, kwnames);
    }
}
