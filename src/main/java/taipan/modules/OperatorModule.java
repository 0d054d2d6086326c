package taipan.modules;

import java.util.Arrays;
import taipan.builtins.BuiltinFunctions;
import taipan.interpreter.PythonRuntime;
import taipan.runtime.Arithmetic;
import taipan.runtime.BinaryOp;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.CallArgs;
import taipan.runtime.CompareOp;
import taipan.runtime.Exceptions;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * The {@code _operator} module that {@code operator} star-imports: the operators as functions
 * (each the same operation the interpreter performs for the operator), {@code length_hint},
 * {@code _compare_digest} ({@link CompareDigest}), and the
 * callable types {@code itemgetter}, {@code attrgetter} and {@code methodcaller} with CPython's
 * reprs, errors and {@code __reduce__}.
 */
public final class OperatorModule {
    private OperatorModule() {}

    static final PyType ITEMGETTER = type("itemgetter");
    static final PyType ATTRGETTER = type("attrgetter");
    static final PyType METHODCALLER = type("methodcaller");

    private static boolean installed;

    private static PyType type(String name) {
        PyType t = BuiltinTypes.builtin(name, BuiltinTypes.OBJECT, null);
        t.define("__module__", PyStr.of("operator"));
        t.acceptsSubclasses = false;
        return t;
    }

    public static PyModule create() {
        install();
        PyModule m = new PyModule("_operator");
        PyDict d = m.dict;
        d.put(PyStr.of("__doc__"), PyStr.of("Operator interface.\n\nThis module exports a set of functions implemented in C "
            + "corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the "
            + "expression x+y.  The function names are those\nused for special methods; variants without leading and "
            + "trailing\n'__' are also provided for convenience."));
        binary(d, "add", BinaryOp.ADD);
        binary(d, "sub", BinaryOp.SUB);
        binary(d, "mul", BinaryOp.MUL);
        binary(d, "matmul", BinaryOp.MATMUL);
        binary(d, "truediv", BinaryOp.TRUEDIV);
        binary(d, "floordiv", BinaryOp.FLOORDIV);
        binary(d, "mod", BinaryOp.MOD);
        binary(d, "pow", BinaryOp.POW);
        binary(d, "lshift", BinaryOp.LSHIFT);
        binary(d, "rshift", BinaryOp.RSHIFT);
        binary(d, "and_", BinaryOp.AND);
        binary(d, "xor", BinaryOp.XOR);
        binary(d, "or_", BinaryOp.OR);
        binary(d, "iadd", BinaryOp.IADD);
        binary(d, "isub", BinaryOp.ISUB);
        binary(d, "imul", BinaryOp.IMUL);
        binary(d, "imatmul", BinaryOp.IMATMUL);
        binary(d, "itruediv", BinaryOp.ITRUEDIV);
        binary(d, "ifloordiv", BinaryOp.IFLOORDIV);
        binary(d, "imod", BinaryOp.IMOD);
        binary(d, "ipow", BinaryOp.IPOW);
        binary(d, "ilshift", BinaryOp.ILSHIFT);
        binary(d, "irshift", BinaryOp.IRSHIFT);
        binary(d, "iand", BinaryOp.IAND);
        binary(d, "ixor", BinaryOp.IXOR);
        binary(d, "ior", BinaryOp.IOR);
        compare(d, "lt", CompareOp.LT);
        compare(d, "le", CompareOp.LE);
        compare(d, "eq", CompareOp.EQ);
        compare(d, "ne", CompareOp.NE);
        compare(d, "gt", CompareOp.GT);
        compare(d, "ge", CompareOp.GE);
        fn(d, "neg", "a, /", (s, a) -> Arithmetic.negative(a[0]));
        fn(d, "pos", "a, /", (s, a) -> Arithmetic.positive(a[0]));
        fn(d, "inv", "a, /", (s, a) -> Arithmetic.invert(a[0]));
        fn(d, "invert", "a, /", (s, a) -> Arithmetic.invert(a[0]));
        fn(d, "abs", "a, /", (s, a) -> BuiltinFunctions.abs(a[0]));
        fn(d, "not_", "a, /", (s, a) -> !Ops.isTrue(a[0]));
        fn(d, "truth", "a, /", (s, a) -> Ops.isTrue(a[0]));
        fn(d, "index", "a, /", (s, a) -> Ops.index(a[0]));
        fn(d, "is_", "a, b, /", (s, a) -> isSame(a[0], a[1]));
        fn(d, "is_not", "a, b, /", (s, a) -> !isSame(a[0], a[1]));
        fn(d, "contains", "a, b, /", (s, a) -> Ops.contains(a[0], a[1]));
        fn(d, "getitem", "a, b, /", (s, a) -> Ops.getItem(a[0], a[1]));
        fn(d, "setitem", "a, b, c, /", (s, a) -> {
            Ops.setItem(a[0], a[1], a[2]);
            return Py.None;
        });
        fn(d, "delitem", "a, b, /", (s, a) -> {
            Ops.delItem(a[0], a[1]);
            return Py.None;
        });
        fn(d, "concat", "a, b, /", (s, a) -> Arithmetic.binary(BinaryOp.ADD, sequence(a[0]), a[1]));
        fn(d, "iconcat", "a, b, /", (s, a) -> Arithmetic.binary(BinaryOp.IADD, sequence(a[0]), a[1]));
        fn(d, "countOf", "a, b, /", (s, a) -> {
            long n = 0;
            Object it = Ops.iter(a[0]);
            for (Object v; (v = Ops.next(it)) != null; ) {
                if (v == a[1] || Ops.eq(v, a[1])) {
                    n++;
                }
            }
            return n;
        });
        fn(d, "indexOf", "a, b, /", (s, a) -> {
            long i = 0;
            Object it = Ops.iter(a[0]);
            for (Object v; (v = Ops.next(it)) != null; i++) {
                if (v == a[1] || Ops.eq(v, a[1])) {
                    return i;
                }
            }
            throw Exceptions.valueError("sequence.index(x): x not in sequence");
        });
        fn(d, "length_hint", "obj, default=0, /", (s, a) -> lengthHint(a[0], Ops.indexAsInt(a[1])));
        fn(d, "call", "obj, /, *args, **kwargs", (s, a) -> CallArgs.call(a[0], ((PyTuple) a[1]).items, (PyDict) a[2]));
        d.put(PyStr.of("_compare_digest"), CompareDigest.function());
        d.put(PyStr.of("itemgetter"), ITEMGETTER);
        d.put(PyStr.of("attrgetter"), ATTRGETTER);
        d.put(PyStr.of("methodcaller"), METHODCALLER);
        return m;
    }

    private static void fn(PyDict d, String name, String spec, BuiltinFunction.Body body) {
        d.put(PyStr.of(name), BuiltinFunction.of("_operator", name, spec, body));
    }

    private static void binary(PyDict d, String name, BinaryOp op) {
        fn(d, name, "a, b, /", (s, a) -> Arithmetic.binary(op, a[0], a[1]));
    }

    private static void compare(PyDict d, String name, CompareOp op) {
        fn(d, name, "a, b, /", (s, a) -> Ops.richCompare(a[0], a[1], op));
    }

    /**
     * {@code a is b}, as the interpreter's IS_OP decides it: boxed small ints (-5..256) and bools
     * are the same object when equal, as CPython caches them.
     */
    private static boolean isSame(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue() && x >= -5 && x <= 256;
        }
        return a instanceof Boolean x && b instanceof Boolean y && x.booleanValue() == y.booleanValue();
    }

    /** {@code a} when it is a sequence (has {@code __getitem__} and is not a dict), else TypeError. */
    private static Object sequence(Object a) {
        if (a instanceof PyDict || Py.typeOf(a).lookup("__getitem__") == null) {
            throw Exceptions.typeError("'" + Py.typeOf(a).name() + "' object can't be concatenated");
        }
        return a;
    }

    private static Object lengthHint(Object o, int dflt) {
        if (Py.typeOf(o).lookup("__len__") != null) {
            try {
                return (long) Ops.len(o);
            } catch (PyException e) {
                if (!e.value.type.isSubtypeOf(Exceptions.TYPE_ERROR)) {
                    throw e;
                }
            }
        }
        if (Py.typeOf(o).lookup("__length_hint__") == null) {
            return (long) dflt;
        }
        Object r;
        try {
            r = Ops.callSpecial(o, "__length_hint__");
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(Exceptions.TYPE_ERROR)) {
                return (long) dflt;
            }
            throw e;
        }
        if (r == Py.NotImplemented) {
            return (long) dflt;
        }
        if (!Ops.isInt(r)) {
            throw Exceptions.typeError("__length_hint__ must be an integer, not " + Py.typeOf(r).name());
        }
        long n = Ops.indexAsInt(r);
        if (n < 0) {
            throw Exceptions.valueError("__length_hint__() should return >= 0");
        }
        return n;
    }

    // ------------------------------------------------------------------ callables

    /** {@code itemgetter(*items)}. */
    static final class ItemGetter extends PyObject {
        final Object[] items;

        ItemGetter(Object[] items) {
            super(ITEMGETTER);
            this.items = items;
        }
    }

    /** {@code attrgetter(*attrs)}: each name kept whole (for repr) and split at dots (for lookup). */
    static final class AttrGetter extends PyObject {
        final Object[] names;
        final String[][] paths;

        AttrGetter(Object[] names, String[][] paths) {
            super(ATTRGETTER);
            this.names = names;
            this.paths = paths;
        }
    }

    /** {@code methodcaller(name, /, *args, **kwargs)}. */
    static final class MethodCaller extends PyObject {
        final PyStr name;
        final Object[] args;
        final PyDict kwargs;

        MethodCaller(PyStr name, Object[] args, PyDict kwargs) {
            super(METHODCALLER);
            this.name = name;
            this.args = args;
            this.kwargs = kwargs;
        }
    }

    private static StaticMethod constructor(String name, String spec, BuiltinFunction.Body body) {
        return new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("operator", name + ".__new__", spec, body));
    }

    /** The single positional argument of a getter call; CPython's errors otherwise. */
    private static Object oneArgument(String name, Object[] a) {
        if (((PyDict) a[1]).size() > 0) {
            throw Exceptions.typeError(name + "() takes no keyword arguments");
        }
        Object[] args = ((PyTuple) a[0]).items;
        if (args.length != 1) {
            throw Exceptions.typeError(name + " expected 1 argument, got " + args.length);
        }
        return args[0];
    }

    private static String joinReprs(Object[] items) {
        StringBuilder sb = new StringBuilder();
        for (Object item : items) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(Ops.reprString(item));
        }
        return sb.toString();
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        installItemGetter();
        installAttrGetter();
        installMethodCaller();
    }

    private static void installItemGetter() {
        PyType t = ITEMGETTER;
        t.define("__new__", constructor("itemgetter", "cls, *items, **kwargs", (s, a) -> {
            if (((PyDict) a[2]).size() > 0) {
                throw Exceptions.typeError("itemgetter() takes no keyword arguments");
            }
            Object[] items = ((PyTuple) a[1]).items;
            if (items.length == 0) {
                throw Exceptions.typeError("itemgetter expected 1 argument, got 0");
            }
            return new ItemGetter(items);
        }));
        MethodDescriptor.define(t, "__call__", "*args, **kwargs", (self, a) -> {
            Object obj = oneArgument("itemgetter", a);
            Object[] items = ((ItemGetter) self).items;
            if (items.length == 1) {
                return Ops.getItem(obj, items[0]);
            }
            Object[] out = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = Ops.getItem(obj, items[i]);
            }
            return new PyTuple(out);
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) ->
            PyStr.of("operator.itemgetter(" + joinReprs(((ItemGetter) self).items) + ")"));
        MethodDescriptor.define(t, "__reduce__", "", (self, a) -> PyTuple.of(ITEMGETTER, new PyTuple(((ItemGetter) self).items)));
    }

    private static void installAttrGetter() {
        PyType t = ATTRGETTER;
        t.define("__new__", constructor("attrgetter", "cls, *attrs, **kwargs", (s, a) -> {
            if (((PyDict) a[2]).size() > 0) {
                throw Exceptions.typeError("attrgetter() takes no keyword arguments");
            }
            Object[] names = ((PyTuple) a[1]).items;
            if (names.length == 0) {
                throw Exceptions.typeError("attrgetter expected 1 argument, got 0");
            }
            String[][] paths = new String[names.length][];
            for (int i = 0; i < names.length; i++) {
                if (!(names[i] instanceof PyStr name)) {
                    throw Exceptions.typeError("attribute name must be a string");
                }
                paths[i] = name.value().split("\\.", -1);
            }
            return new AttrGetter(names, paths);
        }));
        MethodDescriptor.define(t, "__call__", "*args, **kwargs", (self, a) -> {
            Object obj = oneArgument("attrgetter", a);
            String[][] paths = ((AttrGetter) self).paths;
            if (paths.length == 1) {
                return follow(obj, paths[0]);
            }
            Object[] out = new Object[paths.length];
            for (int i = 0; i < paths.length; i++) {
                out[i] = follow(obj, paths[i]);
            }
            return new PyTuple(out);
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) ->
            PyStr.of("operator.attrgetter(" + joinReprs(((AttrGetter) self).names) + ")"));
        MethodDescriptor.define(t, "__reduce__", "", (self, a) -> PyTuple.of(ATTRGETTER, new PyTuple(((AttrGetter) self).names)));
    }

    private static Object follow(Object obj, String[] path) {
        for (String part : path) {
            obj = Ops.getAttr(obj, part);
        }
        return obj;
    }

    private static void installMethodCaller() {
        PyType t = METHODCALLER;
        t.define("__new__", constructor("methodcaller", "cls, *args, **kwargs", (s, a) -> {
            Object[] args = ((PyTuple) a[1]).items;
            if (args.length == 0) {
                throw Exceptions.typeError("methodcaller needs at least one argument, the method name");
            }
            if (!(args[0] instanceof PyStr name)) {
                throw Exceptions.typeError("method name must be a string");
            }
            return new MethodCaller(name, Arrays.copyOfRange(args, 1, args.length), ((PyDict) a[2]).copy());
        }));
        MethodDescriptor.define(t, "__call__", "*args, **kwargs", (self, a) -> {
            Object obj = oneArgument("methodcaller", a);
            MethodCaller mc = (MethodCaller) self;
            return CallArgs.call(Ops.getAttr(obj, mc.name.value()), mc.args, mc.kwargs);
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            MethodCaller mc = (MethodCaller) self;
            StringBuilder sb = new StringBuilder("operator.methodcaller(").append(Ops.reprString(mc.name));
            for (Object arg : mc.args) {
                sb.append(", ").append(Ops.reprString(arg));
            }
            for (int i = 0; i < mc.kwargs.entryLimit(); i++) {
                Object k = mc.kwargs.keyAt(i);
                if (k != null) {
                    sb.append(", ").append(((PyStr) k).value()).append('=').append(Ops.reprString(mc.kwargs.valueAt(i)));
                }
            }
            return PyStr.of(sb.append(')').toString());
        });
        MethodDescriptor.define(t, "__reduce__", "", (self, a) -> {
            MethodCaller mc = (MethodCaller) self;
            if (mc.kwargs.size() == 0) {
                Object[] args = new Object[mc.args.length + 1];
                args[0] = mc.name;
                System.arraycopy(mc.args, 0, args, 1, mc.args.length);
                return PyTuple.of(METHODCALLER, new PyTuple(args));
            }
            PythonRuntime rt = PythonRuntime.current();
            Object functools = Ops.call(rt.builtins.getStr("__import__"), PyStr.of("functools"));
            Object partial = CallArgs.call(Ops.getAttr(functools, "partial"), new Object[] {METHODCALLER, mc.name}, mc.kwargs);
            return PyTuple.of(partial, new PyTuple(mc.args));
        });
    }
}
