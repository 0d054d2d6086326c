package taipan.builtins;

import java.util.function.Supplier;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * {@code print} and {@code input}. Both work on file objects through their
 * Python methods ({@code write}, {@code flush}, {@code readline}), so any
 * object with those methods can be used; an exact {@code _io.TextIOWrapper}
 * (such as the standard streams) is written to directly. The default streams are the current
 * {@code sys.stdout}/{@code sys.stdin}/{@code sys.stderr}, read through
 * suppliers that the sys module sets; a supplier that is unset or gives None
 * means the stream is missing (print then does nothing, as CPython does when
 * sys.stdout is None).
 */
public final class Printing {
    private Printing() {}

    private static volatile Supplier<Object> stdout;
    private static volatile Supplier<Object> stdin;
    private static volatile Supplier<Object> stderr;

    /** Where {@code print} and {@code input} find the current sys.stdout. */
    public static void setStdoutSupplier(Supplier<Object> supplier) {
        stdout = supplier;
    }

    /** Where {@code input} finds the current sys.stdin. */
    public static void setStdinSupplier(Supplier<Object> supplier) {
        stdin = supplier;
    }

    /** Where {@code input} finds the current sys.stderr (flushed before prompting). */
    public static void setStderrSupplier(Supplier<Object> supplier) {
        stderr = supplier;
    }

    private static Object current(Supplier<Object> s) {
        Object v = s == null ? null : s.get();
        return v == null ? Py.None : v;
    }

    static void installInto(PyDict d) {
        BuiltinFunctions.put(d, BuiltinFunction.of("builtins", "print", "*args, sep=None, end=None, file=None, flush=False",
            (s, a) -> {
                print(((PyTuple) a[4]).items, a[0], a[1], a[2], Ops.isTrue(a[3]));
                return Py.None;
            }));
        BuiltinFunctions.put(d, BuiltinFunctions.positional("input", 0, 1, (s, a) -> input(a[0])));
    }

    /** {@code print(*values, sep=sep, end=end, file=file, flush=flush)}. */
    public static void print(Object[] values, Object sep, Object end, Object file, boolean flush) {
        if (file == Py.None) {
            file = current(stdout);
            if (file == Py.None) {
                return;
            }
        }
        if (sep != Py.None && !(sep instanceof PyStr)) {
            throw Exceptions.typeError("sep must be None or a string, not " + Py.typeOf(sep).name());
        }
        if (end != Py.None && !(end instanceof PyStr)) {
            throw Exceptions.typeError("end must be None or a string, not " + Py.typeOf(end).name());
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                write(file, sep == Py.None ? PyStr.of(" ") : Ops.str(sep));
            }
            write(file, Ops.str(values[i]));
        }
        write(file, end == Py.None ? PyStr.of("\n") : Ops.str(end));
        if (flush) {
            Ops.call(Ops.getAttr(file, "flush"));
        }
    }

    private static void write(Object file, PyStr text) {
        if (!taipan.modules.io.IoModule.writeText(file, text)) {
            Ops.call(Ops.getAttr(file, "write"), text);
        }
    }

    /** {@code input(prompt)}: prompt (null for none) to stdout, then a line from stdin without its newline. */
    /** {@code stream.flush()}, whose failure (even a missing flush method) input() ignores, as CPython's does. */
    private static void flushIgnoringErrors(Object stream) {
        try {
            Ops.call(Ops.getAttr(stream, "flush"));
        } catch (PyException e) {
            // CPython clears the error
        }
    }

    public static Object input(Object prompt) {
        Object in = current(stdin);
        Object out = current(stdout);
        Object err = current(stderr);
        if (in == Py.None) {
            throw Exceptions.runtimeError("input(): lost sys.stdin");
        }
        if (out == Py.None) {
            throw Exceptions.runtimeError("input(): lost sys.stdout");
        }
        if (err != Py.None) {
            flushIgnoringErrors(err);
        }
        if (prompt != null) {
            write(out, Ops.str(prompt));
        }
        flushIgnoringErrors(out);
        Object line = Ops.call(Ops.getAttr(in, "readline"));
        if (line instanceof PyBytes b) {
            int n = b.bytes.length;
            if (n == 0) {
                throw Exceptions.error(Exceptions.EOF_ERROR, "EOF when reading a line");
            }
            return b.bytes[n - 1] == '\n' ? new PyBytes(java.util.Arrays.copyOf(b.bytes, n - 1)) : b;
        }
        if (!(line instanceof PyStr s)) {
            throw Exceptions.typeError("object.readline() returned non-string");
        }
        String text = s.value();
        if (text.isEmpty()) {
            throw Exceptions.error(Exceptions.EOF_ERROR, "EOF when reading a line");
        }
        return text.endsWith("\n") ? PyStr.of(text.substring(0, text.length() - 1)) : s;
    }
}
