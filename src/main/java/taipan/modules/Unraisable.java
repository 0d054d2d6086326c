package taipan.modules;

import taipan.interpreter.Sys;
import taipan.interpreter.Tracebacks;
import taipan.runtime.Ops;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;

/**
 * Reports an exception nobody can catch (a weakref callback's, a thread's) on {@code sys.stderr}
 * the way CPython's default {@code sys.unraisablehook} does: the context line, then the traceback.
 */
final class Unraisable {
    private Unraisable() {}

    static void report(String context, PyException e) {
        String text = context + "\n" + Tracebacks.format(e.value);
        try {
            Ops.call(Ops.getAttr(Sys.get("stderr"), "write"), PyStr.of(text));
        } catch (PyException | NullPointerException failed) {
            System.err.print(text);
        }
    }
}
