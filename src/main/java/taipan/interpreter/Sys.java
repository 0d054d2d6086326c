package taipan.interpreter;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.FloatMethods;
import taipan.runtime.Hashing;
import taipan.runtime.IntArith;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBaseException;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.TypeCalls;

/**
 * The {@code sys} module: the interpreter's state as Python sees it (argv,
 * path, modules, the standard streams, the recursion limit, the exception being
 * handled, frames) and facts about the implementation.
 */
public final class Sys {
    private Sys() {}

    /** {@code sys.modules} of the running program. */
    public static PyDict modules() {
        return PythonRuntime.current().modules;
    }

    /** The attribute {@code name} of the running program's sys module, or null. */
    public static Object get(String name) {
        return PythonRuntime.current().sys.dict.get(PyStr.of(name));
    }

    static PyModule create(PythonRuntime rt, String[] argv, String executable) {
        PyModule sys = new PyModule("sys");
        PyDict d = sys.dict;
        Object[] args = new Object[argv.length];
        for (int i = 0; i < argv.length; i++) {
            args[i] = PyStr.of(argv[i]);
        }
        set(d, "argv", new PyList(args));
        set(d, "orig_argv", new PyList(args.clone()));
        set(d, "path", new PyList());
        set(d, "modules", rt.modules);
        set(d, "meta_path", new PyList());
        set(d, "path_hooks", new PyList());
        set(d, "path_importer_cache", new PyDict());
        set(d, "executable", PyStr.of(executable));
        set(d, "_base_executable", PyStr.of(executable));
        set(d, "platform", PyStr.of("linux"));
        set(d, "byteorder", PyStr.of("little"));
        set(d, "maxsize", Long.MAX_VALUE);
        set(d, "maxunicode", 0x10FFFFL);
        set(d, "version", PyStr.of("3.11.7 (Taipan 0.1.0) [Java " + Runtime.version().feature() + "]"));
        set(d, "hexversion", 0x030B07F0L);
        set(d, "api_version", 1013L);
        set(d, "copyright", PyStr.of("Copyright (c) Taipan developers. Python is Copyright (c) Python Software Foundation."));
        set(d, "version_info", versionInfo());
        set(d, "implementation", implementation());
        set(d, "prefix", PyStr.of("/usr"));
        set(d, "base_prefix", PyStr.of("/usr"));
        set(d, "exec_prefix", PyStr.of("/usr"));
        set(d, "base_exec_prefix", PyStr.of("/usr"));
        set(d, "dont_write_bytecode", Boolean.TRUE);
        set(d, "warnoptions", new PyList());
        set(d, "_xoptions", new PyDict());
        String[] javaModules = JavaModules.names();
        Object[] builtinNames = new Object[javaModules.length + 2];
        builtinNames[0] = PyStr.of("builtins");
        builtinNames[1] = PyStr.of("sys");
        for (int i = 0; i < javaModules.length; i++) {
            builtinNames[i + 2] = PyStr.of(javaModules[i]);
        }
        set(d, "builtin_module_names", PyTuple.of(builtinNames));
        set(d, "float_repr_style", PyStr.of("short"));
        fn(d, "exit", "status=None, /", (s, a) -> {
            throw new PyException(new PyBaseException(Exceptions.SYSTEM_EXIT, a[0] == Py.None ? PyTuple.EMPTY : PyTuple.of(a[0])));
        });
        fn(d, "getrecursionlimit", "", (s, a) -> (long) ThreadState.recursionLimit);
        fn(d, "setrecursionlimit", "limit, /", (s, a) -> {
            if (!(a[0] instanceof Long) && !(a[0] instanceof Boolean)) {
                throw Exceptions.typeError("'" + Py.typeOf(a[0]).name() + "' object cannot be interpreted as an integer");
            }
            long limit = (Long) Ops.index(a[0]);
            if (limit < 1) {
                throw Exceptions.valueError("recursion limit must be greater or equal than 1");
            }
            int depth = ThreadState.current().depth;
            if (limit <= depth) {
                throw Exceptions.error(Exceptions.RECURSION_ERROR, "cannot set the recursion limit to " + limit
                    + " at the recursion depth " + depth + ": the limit is too low");
            }
            ThreadState.recursionLimit = (int) Math.min(limit, Integer.MAX_VALUE);
            return Py.None;
        });
        fn(d, "exc_info", "", (s, a) -> {
            PyBaseException e = ThreadState.current().handled;
            if (e == null) {
                return PyTuple.of(Py.None, Py.None, Py.None);
            }
            return PyTuple.of(e.type, e, e.traceback == null ? Py.None : e.traceback);
        });
        fn(d, "exception", "", (s, a) -> {
            PyBaseException e = ThreadState.current().handled;
            return e == null ? Py.None : e;
        });
        fn(d, "_getframe", "depth=0, /", (s, a) -> {
            Frame f = ThreadState.current().frame;
            for (long i = (Long) Ops.index(a[0]); i > 0 && f != null; i--) {
                f = f.back;
            }
            if (f == null) {
                throw Exceptions.valueError("call stack is not deep enough");
            }
            return f;
        });
        fn(d, "intern", "string, /", (s, a) -> {
            if (!(a[0] instanceof PyStr str) || str.type != BuiltinTypes.STR) {
                throw Exceptions.typeError("intern() argument must be str, not " + Py.typeOf(a[0]).name());
            }
            return str;
        });
        fn(d, "getdefaultencoding", "", (s, a) -> PyStr.of("utf-8"));
        fn(d, "getfilesystemencoding", "", (s, a) -> PyStr.of("utf-8"));
        fn(d, "getfilesystemencodeerrors", "", (s, a) -> PyStr.of("surrogateescape"));
        fn(d, "getsizeof", "object, default=?, /", (s, a) -> {
            Object r = Ops.callSpecial(a[0], "__sizeof__");
            return r == null ? 16L : r;
        });
        fn(d, "getrefcount", "object, /", (s, a) -> 2L);
        fn(d, "displayhook", "object, /", (s, a) -> {
            if (a[0] == Py.None) {
                return Py.None;
            }
            rt.builtins.put(PyStr.of("_"), Py.None);
            Object out = get("stdout");
            Ops.call(Ops.getAttr(out, "write"), PyStr.of(Ops.reprString(a[0]) + "\n"));
            rt.builtins.put(PyStr.of("_"), a[0]);
            return Py.None;
        });
        fn(d, "excepthook", "type, value, traceback, /", (s, a) -> {
            if (a[1] instanceof PyBaseException e) {
                Object err = get("stderr");
                Ops.call(Ops.getAttr(err, "write"), PyStr.of(Tracebacks.format(e)));
            }
            return Py.None;
        });
        set(d, "float_info", new PyTuple(structType("float_info", "max", "max_exp", "max_10_exp", "min", "min_exp",
            "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"), new Object[] {Double.MAX_VALUE, 1024L, 308L,
            Double.MIN_NORMAL, -1021L, -307L, 15L, 53L, Math.ulp(1.0), 2L, 1L}));
        set(d, "int_info", new PyTuple(structType("int_info", "bits_per_digit", "sizeof_digit", "default_max_str_digits",
            "str_digits_check_threshold"), new Object[] {30L, 4L, (long) IntArith.DEFAULT_MAX_STR_DIGITS,
            (long) IntArith.STR_DIGITS_CHECK_THRESHOLD}));
        set(d, "hash_info", new PyTuple(structType("hash_info", "width", "modulus", "inf", "nan", "imag", "algorithm",
            "hash_bits", "seed_bits", "cutoff"), new Object[] {64L, Hashing.MODULUS, Hashing.INF, 0L, 1000003L,
            PyStr.of("siphash13"), 64L, 128L, 0L}));
        set(d, "flags", new PyTuple(structType("flags", "debug", "inspect", "interactive", "optimize",
            "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
            "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
            "int_max_str_digits"), new Object[] {0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, Boolean.FALSE, 0L, 0L,
            Boolean.FALSE, -1L}));
        PyList auditHooks = new PyList();
        fn(d, "addaudithook", "hook", (s, a) -> {
            auditHooks.append(a[0]);
            return Py.None;
        });
        fn(d, "audit", "event, /, *args", (s, a) -> {
            for (int i = 0; i < auditHooks.size; i++) {
                Ops.call(auditHooks.items[i], a[0], a[1]);
            }
            return Py.None;
        });
        fn(d, "get_int_max_str_digits", "", (s, a) -> (long) IntArith.maxStrDigits());
        fn(d, "set_int_max_str_digits", "maxdigits", (s, a) -> {
            IntArith.setMaxStrDigits(a[0]);
            return Py.None;
        });
        double[] switchInterval = {0.005};
        fn(d, "getswitchinterval", "", (s, a) -> switchInterval[0]);
        fn(d, "setswitchinterval", "interval, /", (s, a) -> {
            double v = FloatMethods.floatValueOf(a[0]);
            if (!(v > 0)) {
                throw Exceptions.valueError("switch interval must be strictly positive");
            }
            switchInterval[0] = v;
            return Py.None;
        });
        SysHooks.install(d);
        set(d, "abiflags", PyStr.of(""));
        set(d, "platlibdir", PyStr.of("lib"));
        set(d, "pycache_prefix", Py.None);
        set(d, "thread_info", new PyTuple(structType("thread_info", "name", "lock", "version"),
            new Object[] {PyStr.of("pthread"), PyStr.of("mutex+cond"), Py.None}));
        fn(d, "is_finalizing", "", (s, a) -> rt.finalizing);
        fn(d, "_clear_type_cache", "", (s, a) -> Py.None);
        d.put(PyStr.of("__displayhook__"), d.get(PyStr.of("displayhook")));
        d.put(PyStr.of("__excepthook__"), d.get(PyStr.of("excepthook")));
        return sys;
    }

    /** Reports an exception nobody can catch through {@code sys.unraisablehook}; see {@link SysHooks#writeUnraisable}. */
    public static void writeUnraisable(taipan.runtime.PyBaseException e, String errMsg, Object object) {
        SysHooks.writeUnraisable(e, errMsg, object);
    }

    private static void set(PyDict d, String name, Object value) {
        d.put(PyStr.of(name), value);
    }

    private static void fn(PyDict d, String name, String spec, BuiltinFunction.Body body) {
        d.put(PyStr.of(name), BuiltinFunction.of("sys", name, spec, body));
    }

    private static Object versionInfo() {
        PyType t = structType("version_info", "major", "minor", "micro", "releaselevel", "serial");
        return new taipan.runtime.PyTuple(t, new Object[] {3L, 11L, 7L, PyStr.of("final"), 0L});
    }

    private static Object implementation() {
        return taipan.runtime.SimpleNamespace.of(
            new String[] {"name", "cache_tag", "version", "hexversion", "_multiarch"},
            new Object[] {PyStr.of("taipan"), Py.None, versionInfo(), 0x030B07F0L, PyStr.of("x86_64-linux-gnu")});
    }

    /** A tuple subclass whose fields are also readable by name (CPython's struct sequences). */
    static PyType structType(String name, String... fields) {
        return structType("sys.", name, fields);
    }

    /** A struct sequence whose repr starts with {@code prefix + name}. */
    static PyType structType(String prefix, String name, String[] fields) {
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of("sys"));
        PyType t = TypeCalls.newClass(BuiltinTypes.TYPE, name, new PyType[] {BuiltinTypes.TUPLE}, ns);
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            taipan.runtime.GetSetDescriptor.define(t, fields[i], self -> ((PyTuple) self).items[index]);
        }
        t.define("__repr__", new taipan.runtime.MethodDescriptor(t, "__repr__", "", (self, a) -> {
            StringBuilder sb = new StringBuilder(prefix + name + "(");
            for (int i = 0; i < fields.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(fields[i]).append('=').append(Ops.reprString(((PyTuple) self).items[i]));
            }
            return PyStr.of(sb.append(')').toString());
        }));
        return t;
    }
}
