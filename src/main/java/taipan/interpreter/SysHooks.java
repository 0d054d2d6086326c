package taipan.interpreter;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBaseException;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * The hooks of the {@code sys} module: {@code unraisablehook} (and
 * {@link #writeUnraisable}, through which the runtime reports exceptions
 * nobody can catch), the async-generator hooks asyncio installs
 * ({@code firstiter} is called on an async generator's first use; the
 * finalizer is recorded but never called, because the JVM does not tell when
 * an unfinished async generator becomes garbage), and tracing and profiling,
 * which Taipan does not offer: {@code gettrace()} is None and
 * {@code settrace(None)} is accepted, a trace function is refused with
 * NotImplementedError.
 */
final class SysHooks {
    private SysHooks() {}

    private static PyType unraisableArgs;
    private static PyType asyncgenHooks;

    static void install(PyDict d) {
        unraisableArgs = Sys.structType("", "UnraisableHookArgs",
            new String[] {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"});
        asyncgenHooks = Sys.structType("", "asyncgen_hooks", new String[] {"firstiter", "finalizer"});
        fn(d, "unraisablehook", "unraisable, /", (s, a) -> {
            writeDefault(a[0]);
            return Py.None;
        });
        d.put(PyStr.of("__unraisablehook__"), d.get(PyStr.of("unraisablehook")));
        fn(d, "get_asyncgen_hooks", "", (s, a) -> {
            ThreadState ts = ThreadState.current();
            return new PyTuple(asyncgenHooks, new Object[] {orNone(ts.asyncgenFirstiter), orNone(ts.asyncgenFinalizer)});
        });
        fn(d, "set_asyncgen_hooks", "firstiter=?, finalizer=?", (s, a) -> {
            checkHook(a[1], "finalizer");
            checkHook(a[0], "firstiter");
            ThreadState ts = ThreadState.current();
            if (a[1] != null) {
                ts.asyncgenFinalizer = a[1] == Py.None ? null : a[1];
            }
            if (a[0] != null) {
                ts.asyncgenFirstiter = a[0] == Py.None ? null : a[0];
            }
            return Py.None;
        });
        fn(d, "breakpointhook", "*args, **kws", (s, a) -> breakpointhook((PyTuple) a[0], (PyDict) a[1]));
        d.put(PyStr.of("__breakpointhook__"), d.get(PyStr.of("breakpointhook")));
        fn(d, "get_coroutine_origin_tracking_depth", "", (s, a) -> (long) ThreadState.current().coroutineOriginDepth);
        fn(d, "set_coroutine_origin_tracking_depth", "depth", (s, a) -> {
            long depth = (Long) Ops.index(a[0]);
            if (depth < 0) {
                throw Exceptions.valueError("depth must be >= 0");
            }
            ThreadState.current().coroutineOriginDepth = (int) Math.min(depth, Integer.MAX_VALUE);
            return Py.None;
        });
        fn(d, "gettrace", "", (s, a) -> Py.None);
        fn(d, "getprofile", "", (s, a) -> Py.None);
        fn(d, "settrace", "function, /", (s, a) -> refuse(a[0], "sys.settrace"));
        fn(d, "setprofile", "function, /", (s, a) -> refuse(a[0], "sys.setprofile"));
        fn(d, "call_tracing", "func, args, /", (s, a) -> {
            if (!(a[1] instanceof PyTuple t)) {
                throw Exceptions.typeError("call_tracing(): argument 2 must be tuple, not " + Py.typeOf(a[1]).name());
            }
            return Ops.call(a[0], t.items);
        });
    }

    /**
     * The default {@code sys.breakpointhook}: calls the function PYTHONBREAKPOINT names
     * ("module.function"; default {@code pdb.set_trace}; "0" disables breakpoints), warning
     * with RuntimeWarning when it cannot be imported, as CPython does.
     */
    private static Object breakpointhook(PyTuple args, PyDict kwargs) {
        String env = taipan.modules.FileTable.current().getenv("PYTHONBREAKPOINT");
        if (env == null || env.isEmpty()) {
            env = "pdb.set_trace";
        } else if (env.equals("0")) {
            return Py.None;
        }
        int dot = env.lastIndexOf('.');
        String module = dot < 0 ? "builtins" : env.substring(0, dot);
        String function = dot < 0 ? env : env.substring(dot + 1);
        Object hook = null;
        if (dot != 0) {                                             // ".name" names no module
            try {
                hook = Ops.getAttr(Imports.importDotted(module), function);
            } catch (PyException e) {
                if (!e.matches(Exceptions.IMPORT_ERROR) && !e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                    throw e;
                }
            }
        }
        if (hook == null) {
            Object warnings = Imports.importDotted("warnings");
            Ops.call(Ops.getAttr(warnings, "warn"), PyStr.of("Ignoring unimportable $PYTHONBREAKPOINT: \"" + env + "\""),
                Exceptions.RUNTIME_WARNING);
            return Py.None;
        }
        return taipan.runtime.CallArgs.call(hook, args.items, kwargs);
    }

    private static Object refuse(Object function, String name) {
        if (function != Py.None) {
            throw Exceptions.error(Exceptions.NOT_IMPLEMENTED_ERROR, name + "() with a function is not supported by Taipan");
        }
        return Py.None;
    }

    private static void checkHook(Object hook, String name) {
        if (hook != null && hook != Py.None && !taipan.builtins.BuiltinFunctions.isCallable(hook)) {
            throw Exceptions.typeError("callable " + name + " expected, got " + Py.typeOf(hook).name());
        }
    }

    private static Object orNone(Object o) {
        return o == null ? Py.None : o;
    }

    /**
     * Reports an exception that cannot propagate, through {@code sys.unraisablehook}:
     * {@code errMsg} (null for CPython's "Exception ignored in") and the object involved
     * (null when there is none). If the hook itself fails, both are printed the default way.
     */
    static void writeUnraisable(PyBaseException e, String errMsg, Object object) {
        Object args = new PyTuple(unraisableArgs, new Object[] {e.type, e, e.traceback == null ? Py.None : e.traceback,
            errMsg == null ? Py.None : PyStr.of(errMsg), object == null ? Py.None : object});
        Object hook = Sys.get("unraisablehook");
        try {
            if (hook == null) {
                writeDefault(args);
            } else {
                Ops.call(hook, args);
            }
        } catch (PyException failed) {
            writeDefault(args);
        }
    }

    private static void writeDefault(Object unraisable) {
        if (!(unraisable instanceof PyTuple t) || t.items.length != 5) {
            throw Exceptions.typeError("sys.unraisablehook argument type must be UnraisableHookArgs");
        }
        Object errMsg = t.items[3];
        Object object = t.items[4];
        StringBuilder text = new StringBuilder();
        if (object != Py.None) {
            text.append(errMsg instanceof PyStr m ? m.value() : "Exception ignored in").append(": ");
            try {
                text.append(Ops.reprString(object));
            } catch (PyException failed) {
                text.append("<object repr() failed>");
            }
            text.append('\n');
        } else if (errMsg instanceof PyStr m) {
            text.append(m.value()).append(":\n");
        }
        if (t.items[1] instanceof PyBaseException e) {
            text.append(Tracebacks.format(e));
        }
        Object stderr = Sys.get("stderr");
        try {
            Ops.call(Ops.getAttr(stderr, "write"), PyStr.of(text.toString()));
        } catch (PyException | NullPointerException failed) {
            PythonRuntime.current().err.print(text);
        }
    }

    private static void fn(PyDict d, String name, String spec, BuiltinFunction.Body body) {
        d.put(PyStr.of(name), BuiltinFunction.of("sys", name, spec, body));
    }
}
