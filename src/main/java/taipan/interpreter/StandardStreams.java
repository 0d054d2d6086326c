package taipan.interpreter;

import taipan.builtins.Printing;
import taipan.modules.io.IoModule;
import taipan.runtime.Ops;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;

/**
 * sys.stdin, sys.stdout and sys.stderr of a runtime (and their {@code __std*__}
 * originals): {@code _io.TextIOWrapper}s over file descriptors 0, 1 and 2, which the
 * runtime's {@link taipan.modules.FileTable} maps to its Java streams. print() and
 * input() follow whatever sys.stdout/sys.stdin currently are.
 */
final class StandardStreams {
    private StandardStreams() {}

    static void install(PythonRuntime rt, boolean unbuffered) {
        boolean tty = System.console() != null && System.console().isTerminal();
        taipan.modules.FileTable.reset(rt.in, rt.out, rt.err, tty);
        Object out = IoModule.standardStream(1, "<stdout>", true, "strict", false, unbuffered);
        Object err = IoModule.standardStream(2, "<stderr>", true, "backslashreplace", true, unbuffered);
        Object in = IoModule.standardStream(0, "<stdin>", false, "strict", false, unbuffered);
        PyDict d = rt.sys.dict;
        d.put(PyStr.of("stdout"), out);
        d.put(PyStr.of("stderr"), err);
        d.put(PyStr.of("stdin"), in);
        d.put(PyStr.of("__stdout__"), out);
        d.put(PyStr.of("__stderr__"), err);
        d.put(PyStr.of("__stdin__"), in);
        Printing.setStdoutSupplier(() -> Sys.get("stdout"));
        Printing.setStderrSupplier(() -> Sys.get("stderr"));
        Printing.setStdinSupplier(() -> Sys.get("stdin"));
    }

    /**
     * Writes out files the program left unflushed, then flushes sys.stdout and sys.stderr (as the
     * program left them) and the underlying Java streams.
     */
    static void flush(PythonRuntime rt) {
        taipan.modules.FileTable.current().flushAtExit();
        for (String name : new String[] {"stdout", "stderr"}) {
            Object stream = rt.sys.dict.get(PyStr.of(name));
            if (stream != null) {
                try {
                    Object f = Ops.getAttrOrNull(stream, "flush");
                    if (f != null) {
                        Ops.call(f);
                    }
                } catch (PyException ignored) {
                    // CPython ignores errors while flushing at exit, too
                }
            }
        }
        rt.out.flush();
        rt.err.flush();
    }
}
