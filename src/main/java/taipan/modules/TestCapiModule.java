package taipan.modules;

import java.math.BigInteger;
import taipan.runtime.BufferProtocol;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.ClassMethod;
import taipan.runtime.Descriptor;
import taipan.runtime.Exceptions;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyCallable;
import taipan.runtime.PyDict;
import taipan.runtime.PyInstance;
import taipan.runtime.PyMethod;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.Signature;
import taipan.runtime.StaticMethod;

/**
 * {@code _testcapi}: the test-support module CPython's own test suite imports (in CPython a C
 * extension exercising the C API). Taipan has no C API, so this module provides only the parts
 * whose behaviour is observable from Python and meaningful for Taipan:
 * <ul>
 * <li>the calling-convention helpers of test_call: {@code meth_varargs}, {@code meth_varargs_keywords},
 *     {@code meth_o}, {@code meth_noargs}, {@code meth_fastcall}, {@code meth_fastcall_keywords}, each
 *     returning the receiver ("self": the module, the instance, the class, or None for static methods)
 *     with its arguments, with CPython's argument errors for each convention; as module functions and
 *     as methods of {@code MethInstance}, class methods of {@code MethClass} and static methods of
 *     {@code MethStatic};</li>
 * <li>{@code pyobject_fastcall}, {@code pyobject_fastcalldict}, {@code pyobject_vectorcall} and
 *     {@code pyvectorcall_call}, which call an object with the argument layouts of the C functions
 *     they are named after. Taipan's own calling convention (positional values then keyword values,
 *     with the keyword names apart) is vectorcall's, so an object "supports vectorcall" when Java calls
 *     it directly: functions, built-in functions and methods, method descriptors, types;</li>
 * <li>the PEP 590 types {@code MethodDescriptorBase}, {@code MethodDescriptorDerived},
 *     {@code MethodDescriptorNopGet} and {@code MethodDescriptor2}: callables that bind like functions
 *     (except NopGet, whose {@code __get__} returns itself and whose call returns its arguments), whose
 *     direct call returns True (False for MethodDescriptor2); subclasses made in Python lose the direct
 *     call and go through {@code __call__}, as in CPython;</li>
 * <li>the C limits of the x86-64 Linux ABI Taipan's struct and sizes follow ({@code INT_MAX},
 *     {@code PY_SSIZE_T_MAX}, {@code FLT_MAX}, ...), {@code WITH_PYMALLOC} and {@code USE_STACKCHECK}
 *     (both False: Taipan uses neither), and {@code float_pack}/{@code float_unpack} (IEEE 754 binary16,
 *     binary32 and binary64, as struct's 'e', 'f' and 'd').</li>
 * </ul>
 * Everything else of CPython's {@code _testcapi} (reference counts, the GIL, sub-interpreters, buffer
 * and argument-parsing internals, PyTime, exception and memory-allocation hooks, hamt, awaitType...)
 * is absent, so tests that need it fail or skip rather than see a stand-in.
 */
public final class TestCapiModule {
    private TestCapiModule() {}

    private static final String MODULE = "_testcapi";
    private static final String[] CONVENTIONS = {
        "meth_varargs", "meth_varargs_keywords", "meth_o", "meth_noargs", "meth_fastcall", "meth_fastcall_keywords"};

    static final PyType METH_INSTANCE = BuiltinTypes.builtin("MethInstance", BuiltinTypes.OBJECT, null);
    static final PyType METH_CLASS = BuiltinTypes.builtin("MethClass", BuiltinTypes.OBJECT, null);
    static final PyType METH_STATIC = BuiltinTypes.builtin("MethStatic", BuiltinTypes.OBJECT, null);
    static final PyType DESCRIPTOR_BASE = BuiltinTypes.builtin("MethodDescriptorBase", BuiltinTypes.OBJECT, null);
    static final PyType DESCRIPTOR_DERIVED = BuiltinTypes.builtin("MethodDescriptorDerived", DESCRIPTOR_BASE, null);
    static final PyType DESCRIPTOR_NOP_GET = BuiltinTypes.builtin("MethodDescriptorNopGet", DESCRIPTOR_BASE, null);
    static final PyType DESCRIPTOR_2 = BuiltinTypes.builtin("MethodDescriptor2", DESCRIPTOR_BASE, null);

    private static boolean installed;

    public static PyModule create() {
        install();
        PyModule m = new PyModule(MODULE);
        for (String name : CONVENTIONS) {
            put(m, new BuiltinFunction(MODULE, name, Signature.parse(name, "*args, **kwargs"),
                (self, a) -> convention(name, MODULE + "." + name, self, (PyTuple) a[0], (PyDict) a[1]), m));
        }
        m.dict.put(PyStr.of("MethInstance"), METH_INSTANCE);
        m.dict.put(PyStr.of("MethClass"), METH_CLASS);
        m.dict.put(PyStr.of("MethStatic"), METH_STATIC);
        m.dict.put(PyStr.of("MethodDescriptorBase"), DESCRIPTOR_BASE);
        m.dict.put(PyStr.of("MethodDescriptorDerived"), DESCRIPTOR_DERIVED);
        m.dict.put(PyStr.of("MethodDescriptorNopGet"), DESCRIPTOR_NOP_GET);
        m.dict.put(PyStr.of("MethodDescriptor2"), DESCRIPTOR_2);
        defineCallHelpers(m);
        defineLimits(m);
        defineFloatPacking(m);
        return m;
    }

    private static void put(PyModule m, BuiltinFunction f) {
        m.dict.put(PyStr.of(f.name), f);
    }

    /** A module function whose arguments CPython parses positionally with PyArg_ParseTuple. */
    private static void function(PyModule m, String name, int required, int optional, BuiltinFunction.Body body) {
        put(m, BuiltinFunction.of(MODULE, name, "*args, **kwargs", (self, a) -> {
            Object[] args = ((PyTuple) a[0]).items;
            if (((PyDict) a[1]).size() > 0) {
                throw Exceptions.typeError(name + "() takes no keyword arguments");
            }
            if (args.length < required || args.length > required + optional) {
                String bound = optional == 0 ? "exactly" : args.length < required ? "at least" : "at most";
                int n = args.length < required ? required : required + optional;
                throw Exceptions.typeError("function takes " + bound + " " + n + " argument" + (n == 1 ? "" : "s")
                    + " (" + args.length + " given)");
            }
            Object[] slots = java.util.Arrays.copyOf(args, required + optional);
            return body.call(self, slots);
        }));
    }

    // ---- the calling conventions -------------------------------------------------------------

    /**
     * What the C function of convention {@code name} returns for receiver {@code self} (Java null:
     * none, a static method), raising the argument errors CPython's dispatch for that convention
     * raises, with {@code qualified} the name those errors give.
     */
    private static Object convention(String name, String qualified, Object self, PyTuple args, PyDict kwargs) {
        Object receiver = self == null ? Py.None : self;
        boolean keywords = kwargs.size() > 0;
        switch (name) {
            case "meth_varargs" -> {
                if (keywords) {
                    throw Exceptions.typeError("meth_varargs() takes no keyword arguments");
                }
                return PyTuple.of(receiver, args);
            }
            case "meth_varargs_keywords" -> {
                return PyTuple.of(receiver, args, keywords ? kwargs : Py.None);
            }
            case "meth_o" -> {
                if (keywords) {
                    throw Exceptions.typeError(qualified + "() takes no keyword arguments");
                }
                if (args.items.length != 1) {
                    throw Exceptions.typeError(qualified + "() takes exactly one argument (" + args.items.length + " given)");
                }
                return PyTuple.of(receiver, args.items[0]);
            }
            case "meth_noargs" -> {
                if (keywords) {
                    throw Exceptions.typeError(qualified + "() takes no keyword arguments");
                }
                if (args.items.length != 0) {
                    throw Exceptions.typeError(qualified + "() takes no arguments (" + args.items.length + " given)");
                }
                return receiver;
            }
            case "meth_fastcall" -> {
                if (keywords) {
                    throw Exceptions.typeError(qualified + "() takes no keyword arguments");
                }
                return PyTuple.of(receiver, args);
            }
            default -> {
                return PyTuple.of(receiver, args, kwargs);
            }
        }
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        installMethTypes();
        installDescriptorTypes();
    }

    private static void installMethTypes() {
        METH_INSTANCE.define("__doc__", PyStr.of("Class with normal (instance) methods to test calling conventions"));
        METH_CLASS.define("__doc__", PyStr.of("Class with class methods to test calling conventions"));
        METH_STATIC.define("__doc__", PyStr.of("Class with static methods to test calling conventions"));
        for (PyType t : new PyType[] {METH_INSTANCE, METH_CLASS, METH_STATIC}) {
            t.acceptsSubclasses = false;
            t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("builtins",
                t.name() + ".__new__", "cls, /, *args, **kwargs", (s, a) -> new PyInstance((PyType) a[0]))));
        }
        for (String name : CONVENTIONS) {
            MethodDescriptor.define(METH_INSTANCE, name, "*args, **kwargs",
                (self, a) -> convention(name, "MethInstance." + name, self, (PyTuple) a[0], (PyDict) a[1]));
            METH_CLASS.define(name, new ClassMethod(BuiltinTypes.CLASSMETHOD, BuiltinFunction.of(MODULE, name,
                "$cls, *args, **kwargs", (s, a) -> convention(name, "MethClass." + name, a[0], (PyTuple) a[1], (PyDict) a[2]))));
            METH_STATIC.define(name, new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of(MODULE, name,
                "*args, **kwargs", (s, a) -> convention(name, "MethStatic." + name, null, (PyTuple) a[0], (PyDict) a[1]))));
        }
    }

    // ---- calling from "C" ----------------------------------------------------------------------

    private static void defineCallHelpers(PyModule m) {
        function(m, "pyobject_fastcall", 2, 0, (s, a) -> Ops.call(a[0], positional(a[1], "args must be None or a tuple"), null));
        function(m, "pyobject_fastcalldict", 3, 0, (s, a) -> {
            Object[] args = positional(a[1], "args must be None or a tuple");
            if (a[2] == Py.None) {
                return Ops.call(a[0], args, null);
            }
            if (!(a[2] instanceof PyDict kwargs)) {
                throw Exceptions.typeError("kwnames must be None or a dict");
            }
            return callWithDict(a[0], args, kwargs);
        });
        function(m, "pyobject_vectorcall", 3, 0, (s, a) -> {
            Object[] args = positional(a[1], "args must be None or a tuple");
            if (a[2] == Py.None) {
                return Ops.call(a[0], args, null);
            }
            if (!(a[2] instanceof PyTuple names)) {
                throw Exceptions.typeError("kwnames must be None or a tuple");
            }
            if (names.items.length > args.length) {
                throw Exceptions.valueError("kwnames longer than args");
            }
            String[] kwnames = new String[names.items.length];
            for (int i = 0; i < kwnames.length; i++) {
                kwnames[i] = keyword(names.items[i]);
            }
            return Ops.call(a[0], args, kwnames.length == 0 ? null : kwnames);
        });
        function(m, "pyvectorcall_call", 2, 1, (s, a) -> {
            if (!(a[1] instanceof PyTuple args)) {
                throw Exceptions.typeError("args must be a tuple");
            }
            PyDict kwargs = null;
            if (a[2] != null && a[2] != Py.None) {
                if (!(a[2] instanceof PyDict d)) {
                    throw Exceptions.typeError("kwargs must be a dict");
                }
                kwargs = d;
            }
            Object f = a[0];
            if (f instanceof VectorcallDescriptor v) {
                return v.vectorcall();
            }
            if (!(f instanceof PyCallable) && !(f instanceof MethodDescriptor)) {
                throw Exceptions.typeError("'" + Py.typeOf(f).name() + "' object does not support vectorcall");
            }
            return kwargs == null ? Ops.call(f, args.items, null) : callWithDict(f, args.items, kwargs);
        });
    }

    private static Object[] positional(Object args, String message) {
        if (args == Py.None) {
            return new Object[0];
        }
        if (!(args instanceof PyTuple t)) {
            throw Exceptions.typeError(message);
        }
        return t.items;
    }

    private static String keyword(Object name) {
        if (!(name instanceof PyStr s)) {
            throw Exceptions.typeError("keywords must be strings");
        }
        return s.value();
    }

    private static Object callWithDict(Object f, Object[] args, PyDict kwargs) {
        int n = kwargs.size();
        Object[] all = java.util.Arrays.copyOf(args, args.length + n);
        String[] names = new String[n];
        int k = 0;
        for (int i = 0; i < kwargs.entryLimit(); i++) {
            if (kwargs.keyAt(i) != null) {
                names[k] = keyword(kwargs.keyAt(i));
                all[args.length + k++] = kwargs.valueAt(i);
            }
        }
        return Ops.call(f, all, n == 0 ? null : names);
    }

    // ---- PEP 590 method descriptors ------------------------------------------------------------

    /**
     * An instance of MethodDescriptorBase or a subclass. Its direct call (Taipan's vectorcall) returns
     * {@link #result}; it is used only when the object's type is one of the built-in classes that
     * declare it (HAVE_VECTORCALL), otherwise the call goes through the type's {@code __call__}.
     */
    static final class VectorcallDescriptor extends PyObject implements PyCallable, Descriptor {
        private final Boolean result;

        VectorcallDescriptor(PyType type, Boolean result) {
            super(type);
            this.result = result;
        }

        Object vectorcall() {
            return result;
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            if ((type.callFlags & PyType.HAVE_VECTORCALL) != 0) {
                return result;
            }
            Object call = type.lookup("__call__");
            return Ops.call(Ops.bind(call, this, type), args, kwnames);
        }

        @Override
        public Object get(Object obj, PyType owner) {
            Object getter = type.lookup("__get__");
            if (getter == FUNCTION_GET) {
                return obj == null || obj == Py.None ? this : new PyMethod(this, obj);
            }
            if (getter == NOP_GET) {
                return this;
            }
            return Ops.call(Ops.bind(getter, this, type), obj == null ? Py.None : obj, owner == null ? Py.None : owner);
        }
    }

    private static final MethodDescriptor FUNCTION_GET = new MethodDescriptor(DESCRIPTOR_BASE, "__get__",
        "instance, owner=None, /", (self, a) -> ((VectorcallDescriptor) self).get(a[0], null));
    private static final MethodDescriptor NOP_GET = new MethodDescriptor(DESCRIPTOR_NOP_GET, "__get__",
        "instance, owner=None, /", (self, a) -> self);

    private static void installDescriptorTypes() {
        long flags = PyType.METHOD_DESCRIPTOR | PyType.HAVE_VECTORCALL;
        DESCRIPTOR_BASE.callFlags = flags;
        DESCRIPTOR_DERIVED.callFlags = flags;
        DESCRIPTOR_2.callFlags = flags;
        DESCRIPTOR_BASE.define("__new__", descriptorNew(DESCRIPTOR_BASE, Boolean.TRUE));
        DESCRIPTOR_2.define("__new__", descriptorNew(DESCRIPTOR_2, Boolean.FALSE));
        DESCRIPTOR_BASE.define("__get__", FUNCTION_GET);
        MethodDescriptor.define(DESCRIPTOR_BASE, "__call__", "*args, **kwargs", (self, a) -> ((VectorcallDescriptor) self).vectorcall());
        MethodDescriptor.define(DESCRIPTOR_2, "__call__", "*args, **kwargs", (self, a) -> ((VectorcallDescriptor) self).vectorcall());
        DESCRIPTOR_NOP_GET.define("__get__", NOP_GET);
        MethodDescriptor.define(DESCRIPTOR_NOP_GET, "__call__", "*args, **kwargs", (self, a) -> a[0]);
    }

    private static StaticMethod descriptorNew(PyType type, Boolean result) {
        return new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("builtins", type.name() + ".__new__",
            "cls, /, *args, **kwargs", (s, a) -> new VectorcallDescriptor((PyType) a[0], result)));
    }

    // ---- limits and float packing -------------------------------------------------------------

    private static void defineLimits(PyModule m) {
        BigInteger twoTo64 = BigInteger.ONE.shiftLeft(64);
        Object[][] limits = {
            {"CHAR_MAX", (long) Byte.MAX_VALUE}, {"CHAR_MIN", (long) Byte.MIN_VALUE}, {"UCHAR_MAX", 255L},
            {"SHRT_MAX", (long) Short.MAX_VALUE}, {"SHRT_MIN", (long) Short.MIN_VALUE}, {"USHRT_MAX", 65535L},
            {"INT_MAX", (long) Integer.MAX_VALUE}, {"INT_MIN", (long) Integer.MIN_VALUE}, {"UINT_MAX", 4294967295L},
            {"LONG_MAX", Long.MAX_VALUE}, {"LONG_MIN", Long.MIN_VALUE},
            {"ULONG_MAX", Py.newInt(twoTo64.subtract(BigInteger.ONE))},
            {"LLONG_MAX", Long.MAX_VALUE}, {"LLONG_MIN", Long.MIN_VALUE},
            {"ULLONG_MAX", Py.newInt(twoTo64.subtract(BigInteger.ONE))},
            {"PY_SSIZE_T_MAX", Long.MAX_VALUE}, {"PY_SSIZE_T_MIN", Long.MIN_VALUE},
            {"SIZEOF_TIME_T", 8L},
            {"FLT_MAX", (double) Float.MAX_VALUE}, {"FLT_MIN", (double) Float.MIN_NORMAL},
            {"DBL_MAX", Double.MAX_VALUE}, {"DBL_MIN", Double.MIN_NORMAL},
            {"WITH_PYMALLOC", Boolean.FALSE}, {"USE_STACKCHECK", Boolean.FALSE},
        };
        for (Object[] limit : limits) {
            m.dict.put(PyStr.of((String) limit[0]), limit[1]);
        }
    }

    private static void defineFloatPacking(PyModule m) {
        function(m, "float_pack", 3, 0, (s, a) -> {
            int size = cInt(a[0]);
            double x = MathModule.toDouble(a[1]);
            boolean little = cInt(a[2]) != 0;
            char code = switch (size) {
                case 2 -> 'e';
                case 4 -> 'f';
                case 8 -> 'd';
                default -> throw Exceptions.valueError("size must 2, 4 or 8");
            };
            return new PyBytes(StructFormat.parse((little ? "<" : ">") + code).pack(new Object[] {x}, 0));
        });
        function(m, "float_unpack", 2, 0, (s, a) -> {
            if (!(a[0] instanceof PyBytes bytes)) {
                if (BufferProtocol.isExporter(a[0])) {
                    throw Exceptions.typeError("argument 1 must be read-only bytes-like object, not " + Py.typeOf(a[0]).name());
                }
                throw Exceptions.typeError("a bytes-like object is required, not '" + Py.typeOf(a[0]).name() + "'");
            }
            byte[] data = bytes.bytes;
            boolean little = cInt(a[1]) != 0;
            char code = switch (data.length) {
                case 2 -> 'e';
                case 4 -> 'f';
                case 8 -> 'd';
                default -> throw Exceptions.valueError("data length must 2, 4 or 8 bytes");
            };
            return StructFormat.parse((little ? "<" : ">") + code).unpack(data, 0).items[0];
        });
    }

    /** A C int argument (PyArg_ParseTuple's "i"). */
    private static int cInt(Object v) {
        Object i = Ops.index(v);
        if (i instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        boolean negative = i instanceof Long l ? l < 0 : ((BigInteger) i).signum() < 0;
        throw Exceptions.overflowError(negative ? "signed integer is less than minimum" : "signed integer is greater than maximum");
    }
}
