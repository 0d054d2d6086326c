package taipan.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import taipan.interpreter.PythonRuntime;
import taipan.interpreter.ThreadState;

/**
 * Runs a Python program from the command line's options on a Python thread
 * with a large stack (so deep recursion meets the recursion limit, not the
 * JVM's stack end) and returns its exit status.
 */
final class ProgramRunner {
    private ProgramRunner() {}

    /** Stack reserved for the main Python thread: enough for sys.setrecursionlimit(100000). */
    private static final long MAIN_STACK_BYTES = 2L << 30;

    static final class Options {
        String command;
        String module;
        String script;
        String[] argv = {""};
        boolean unbuffered;
        boolean dontWriteBytecode;
        String stdlib;
        final List<String> xoptions = new ArrayList<>();
        final List<String> warnoptions = new ArrayList<>();
    }

    static int run(Options o, InputStream in, PrintStream out, PrintStream err) {
        int[] status = {1};
        Thread t = new ThreadState.PythonThread(() -> {
            try {
                status[0] = runHere(o, in, out, err);
            } catch (RuntimeException | Error e) {
                err.println("SystemError: internal error in Taipan: " + e);
                if (o.xoptions.contains("debug-java")) {
                    e.printStackTrace(err);
                }
                status[0] = 1;
            }
        }, "MainThread", MAIN_STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        return status[0];
    }

    private static int runHere(Options o, InputStream in, PrintStream out, PrintStream err) {
        PythonRuntime.setDebug(o.xoptions.contains("debug-java"));
        PythonRuntime rt = new PythonRuntime(o.argv, executable(), in, out, err, o.unbuffered);
        if (o.dontWriteBytecode) {
            taipan.interpreter.Sys.disableBytecodeWriting(rt.sys);
        }
        List<String> path = new ArrayList<>();
        if (o.script != null) {
            Path script = Path.of(o.script).toAbsolutePath().normalize();
            path.add(script.getParent().toString());
        } else {
            path.add("");
        }
        String pythonPath = System.getenv("PYTHONPATH");
        if (pythonPath != null && !pythonPath.isEmpty()) {
            for (String p : pythonPath.split(":")) {
                if (!p.isEmpty()) {
                    path.add(p);
                }
            }
        }
        String ownLib = StandardLibrary.taipanLib();
        if (ownLib != null) {
            path.add(ownLib);
        }
        String stdlib = StandardLibrary.find(o.stdlib);
        if (stdlib != null) {
            path.add(stdlib);
            java.nio.file.Path dynload = Path.of(stdlib, "lib-dynload");
            if (Files.isDirectory(dynload)) {
                path.add(dynload.toString());
            }
        } else {
            err.println(StandardLibrary.MISSING_MESSAGE);
        }
        rt.setPath(path);
        setOptions(rt, o);
        if (o.command != null) {
            return rt.runSource(o.command, "<string>");
        }
        if (o.module != null) {
            return rt.runModuleAsMain(o.module);
        }
        if (o.script != null) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(Path.of(o.script));
            } catch (IOException e) {
                String abs = Path.of(o.script).toAbsolutePath().toString();
                err.println("taipan: can't open file '" + abs + "': [Errno 2] No such file or directory");
                return 2;
            }
            return rt.runScript(bytes, o.script);
        }
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            err.println("taipan: cannot read stdin: " + e.getMessage());
            return 2;
        }
        return rt.runScript(bytes, "<stdin>");
    }

    /**
     * Fills {@code sys.warnoptions} and {@code sys._xoptions} ("-X name" maps to True,
     * "-X name=value" to the value); with warning options, imports {@code warnings}
     * so that it applies them, as CPython does at start-up.
     */
    private static void setOptions(PythonRuntime rt, Options o) {
        taipan.runtime.PyList warnoptions = (taipan.runtime.PyList) rt.sys.dict.get(taipan.runtime.PyStr.of("warnoptions"));
        for (String w : o.warnoptions) {
            warnoptions.append(taipan.runtime.PyStr.of(w));
        }
        taipan.runtime.PyDict xoptions = (taipan.runtime.PyDict) rt.sys.dict.get(taipan.runtime.PyStr.of("_xoptions"));
        for (String x : o.xoptions) {
            int eq = x.indexOf('=');
            xoptions.put(taipan.runtime.PyStr.of(eq < 0 ? x : x.substring(0, eq)),
                eq < 0 ? Boolean.TRUE : taipan.runtime.PyStr.of(x.substring(eq + 1)));
        }
        if (!o.warnoptions.isEmpty()) {
            PythonRuntime.importModule("warnings");
        }
    }

    private static String executable() {
        String property = System.getProperty("taipan.executable");
        if (property != null && !property.isEmpty()) {
            return property;                        // an embedding host's (or a test's) own launcher
        }
        String explicit = System.getenv("TAIPAN_EXECUTABLE");
        if (explicit != null && !explicit.isEmpty()) {
            return explicit;
        }
        String home = System.getenv("TAIPAN_HOME");
        return home == null ? "taipan" : home + "/bin/taipan";
    }
}
