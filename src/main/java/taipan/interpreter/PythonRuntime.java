package taipan.interpreter;

import java.io.InputStream;
import java.io.PrintStream;
import taipan.bytecode.CodeObject;
import taipan.compiler.Compiler;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBaseException;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.TypeSetup;

/**
 * One Python program's interpreter state: the builtins, {@code sys} and its
 * module table, the standard streams. Runs the main module and turns its
 * outcome into an exit code the way CPython does (SystemExit codes, an
 * uncaught exception printed by {@code sys.excepthook} and status 1).
 *
 * <p>Contract: at most one runtime is current per JVM at a time
 * ({@link #current}); embedders and tests create one per program run.
 */
public final class PythonRuntime {
    private static volatile PythonRuntime current;

    public final PyDict modules = new PyDict();
    public final PyDict builtins = new PyDict();
    public final PyModule builtinsModule;
    public final PyModule sys;
    /** The thread that made this runtime: Python's main thread (signal handlers run only there). */
    public final Thread mainThread = Thread.currentThread();
    final PrintStream out;
    /** Set once the program has imported importlib. */
    ImportlibBridge importlib;
    /** Set when the program has ended and the runtime runs its exit functions ({@code sys.is_finalizing}). */
    volatile boolean finalizing;
    final PrintStream err;
    final InputStream in;

    public PythonRuntime(String[] argv, String executable, InputStream in, PrintStream out, PrintStream err, boolean unbuffered) {
        TypeSetup.installAll();
        taipan.runtime.Pickling.setImporter(Imports::importDotted);
        taipan.runtime.TypeCalls.setCallerGlobals(() -> {
            Frame f = ThreadState.current().frame;
            return f == null ? null : f.globals;
        });
        taipan.runtime.ReprGuard.setDepth(new taipan.runtime.ReprGuard.Depth() {
            @Override
            public int frames() {
                return ThreadState.current().depth;
            }

            @Override
            public int limit() {
                return ThreadState.recursionLimit;
            }
        });
        ThreadState.recursionLimit = 1000;
        taipan.runtime.IntArith.setMaxStrDigits((long) taipan.runtime.IntArith.DEFAULT_MAX_STR_DIGITS);
        InterpreterTypes.installAll();
        this.in = in;
        this.out = out;
        this.err = err;
        current = this;
        builtinsModule = new PyModule("builtins", builtins);
        taipan.builtins.Builtins.installInto(builtins);
        Builtins.installInto(builtins);
        sys = Sys.create(this, argv, executable);
        StandardStreams.install(this, unbuffered);
        modules.put(PyStr.of("builtins"), builtinsModule);
        modules.put(PyStr.of("sys"), sys);
    }

    /** The runtime of the program being run. */
    public static PythonRuntime current() {
        return current;
    }

    /** Prints Java stack traces of internal errors (the {@code -X debug-java} option). */
    /** {@code import name} (dotted names allowed): the module, imported now if it was not yet. */
    public static Object importModule(String name) {
        return Imports.importDotted(name);
    }

    public static void setDebug(boolean on) {
        Unwinding.debug = on;
    }

    /** Sets {@code sys.path}. */
    public void setPath(java.util.List<String> entries) {
        PyList path = (PyList) sys.dict.get(PyStr.of("path"));
        path.clear();
        for (String e : entries) {
            path.append(PyStr.of(e));
        }
    }

    /** Runs a script file's bytes as {@code __main__}; returns the exit status. */
    public int runScript(byte[] source, String filename) {
        if (!filename.startsWith("<")) {
            Tracebacks.rememberSource(filename, new String(source, java.nio.charset.StandardCharsets.UTF_8));
        }
        return compileAndRun(SourceFile.fromScript(source, filename), filename, filename.startsWith("<") ? null : filename);
    }

    /** Runs {@code -c} source as {@code __main__}. */
    public int runSource(String source, String filename) {
        return compileAndRun(SourceFile.fromString(source, filename), filename, null);
    }

    private int compileAndRun(SourceFile source, String filename, String file) {
        CodeObject code;
        try {
            code = Compiler.compile(CompileWarnings.attach(source), filename, Compiler.Mode.EXEC);
        } catch (PythonSyntaxError e) {
            int status = uncaught(SyntaxErrors.toPython(e).value);
            StandardStreams.flush(this);
            return status;
        } catch (PyException e) {
            int status = uncaught(e.value);
            StandardStreams.flush(this);
            return status;
        }
        return runMain(code, newMainModule(file));
    }

    /**
     * {@code -m module}: as CPython does, runs {@code runpy._run_module_as_main}, which
     * imports the parent packages, finds the module (or a package's {@code __main__}) and
     * runs it as {@code __main__}; a missing module is reported by runpy with exit code 1.
     */
    public int runModuleAsMain(String name) {
        newMainModule(null);
        return runTopLevel(() -> Ops.call(Ops.getAttr(importModule("runpy"), "_run_module_as_main"), PyStr.of(name)));
    }

    private PyList path() {
        return (PyList) sys.dict.get(PyStr.of("path"));
    }

    /** A new {@code __main__} module registered in sys.modules. */
    public PyModule newMainModule(String file) {
        PyModule main = new PyModule("__main__");
        main.dict.put(PyStr.of("__builtins__"), builtinsModule);
        main.dict.put(PyStr.of("__package__"), Py.None);
        main.dict.put(PyStr.of("__loader__"), Py.None);
        main.dict.put(PyStr.of("__spec__"), Py.None);
        main.dict.put(PyStr.of("__annotations__"), new PyDict());
        if (file != null) {
            main.dict.put(PyStr.of("__file__"), PyStr.of(file));
        }
        modules.put(PyStr.of("__main__"), main);
        return main;
    }

    /** Runs module-level code in {@code module}; returns the process exit code. */
    public int runMain(CodeObject code, PyModule module) {
        return runTopLevel(() -> Interpreter.execute(new Frame(code, module.dict, builtins, module.dict, null)));
    }

    /** Runs the program's top level; returns the exit code after the exit functions ran and streams flushed. */
    private int runTopLevel(Runnable body) {
        int status;
        try {
            body.run();
            status = 0;
        } catch (PyException e) {
            status = uncaught(e.value);
        } catch (StackOverflowError | RuntimeException | OutOfMemoryError e) {
            status = uncaught(Unwinding.toPython(e).value);
        }
        runExitFunctions();
        StandardStreams.flush(this);
        return status;
    }

    private void runExitFunctions() {
        if (modules.get(PyStr.of("atexit")) instanceof PyModule atexit) {
            taipan.modules.AtexitModule.runExitFunctions(atexit, (function, e) -> {
                if (e.value.type.isSubtypeOf(Exceptions.SYSTEM_EXIT)) {
                    return;
                }
                err.flush();
                SysHooks.writeUnraisable(e.value, "Exception ignored in atexit callback", function);
            });
        }
        finalizing = true;
    }

    /** Handles an exception that reached the top: SystemExit's code, or the traceback on stderr and 1. */
    public int uncaught(PyBaseException e) {
        if (e.type.isSubtypeOf(Exceptions.SYSTEM_EXIT)) {
            return systemExitStatus(e);
        }
        try {
            Object hook = sys.dict.get(PyStr.of("excepthook"));
            Ops.call(hook, e.type, e, e.traceback == null ? Py.None : e.traceback);
        } catch (PyException hookFailure) {
            err.print(Tracebacks.format(e));
        }
        StandardStreams.flush(this);
        return 1;
    }

    private int systemExitStatus(PyBaseException e) {
        Object code = e.attribute("code");
        if (code == null) {
            PyTuple args = e.args;
            code = args.items.length == 0 ? Py.None : args.items.length == 1 ? args.items[0] : args;
        }
        if (code == Py.None) {
            return 0;
        }
        if (code instanceof Long || code instanceof Boolean) {
            long c = (Long) Ops.index(code);
            return (int) (c & 0xFF);
        }
        StandardStreams.flush(this);
        try {
            Object stderr = sys.dict.get(PyStr.of("stderr"));
            Ops.call(Ops.getAttr(stderr, "write"), PyStr.of(Ops.strString(code) + "\n"));
        } catch (PyException ignored) {
            err.println(Ops.strString(code));
        }
        return 1;
    }
}
