package taipan.modules.io;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyException;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;

/**
 * The {@code _io} module that {@code io} re-exports: the abstract bases ({@link IOBase}),
 * FileIO, the buffered classes, TextIOWrapper, StringIO, BytesIO, IncrementalNewlineDecoder,
 * {@code open} (also the builtin), {@code open_code}, {@code text_encoding},
 * {@code DEFAULT_BUFFER_SIZE}, {@code UnsupportedOperation} and {@code BlockingIOError}.
 */
public final class IoModule {
    private IoModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_io");
        put(m, "DEFAULT_BUFFER_SIZE", (long) IOBase.DEFAULT_BUFFER_SIZE);
        put(m, "UnsupportedOperation", IOBase.UNSUPPORTED_OPERATION);
        put(m, "BlockingIOError", Exceptions.BLOCKING_IO_ERROR);
        for (PyType t : new PyType[] {IOBase.IOBASE, IOBase.RAW_IOBASE, IOBase.BUFFERED_IOBASE, IOBase.TEXT_IOBASE,
            StringIOType.TYPE, BytesIOType.TYPE, NewlineDecoder.TYPE, FileIOType.TYPE, BufferedType.READER,
            BufferedType.WRITER, BufferedType.RANDOM, BufferedType.RWPAIR, TextIOWrapperType.TYPE}) {
            put(m, t.name(), t);
        }
        put(m, "open", OPEN);
        fn(m, "open_code", "path", (s, a) -> {
            if (!(a[0] instanceof PyStr)) {
                throw Exceptions.typeError("open_code() argument 'path' must be str, not " + Py.typeOf(a[0]).name());
            }
            return Ops.call(OPEN, a[0], PyStr.of("rb"));
        });
        fn(m, "text_encoding", "encoding, stacklevel=2, /", (s, a) -> {
            if (a[0] != Py.None) {
                return a[0];
            }
            Object flags = taipan.interpreter.Sys.get("flags");
            Object utf8 = flags == null ? null : Ops.getAttrOrNull(flags, "utf8_mode");
            return PyStr.of(utf8 != null && Ops.isTrue(utf8) ? "utf-8" : "locale");
        });
        return m;
    }

    /** The builtin {@code open}, which is also {@code io.open}. */
    public static final BuiltinFunction OPEN = BuiltinFunction.of("_io", "open",
        "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None",
        (s, a) -> open(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]));

    private static Object open(Object file, Object modeArg, Object bufferingArg, Object encoding, Object errors,
                               Object newline, Object closefd, Object opener) {
        if (!(modeArg instanceof PyStr ms)) {
            throw Exceptions.typeError("open() argument 'mode' must be str, not " + Py.typeOf(modeArg).name());
        }
        int buffering = Ops.indexAsInt(bufferingArg);
        checkOptionalStr(encoding, "encoding");
        checkOptionalStr(errors, "errors");
        String mode = ms.value();
        boolean creating = false, reading = false, writing = false, appending = false, updating = false;
        boolean text = false, binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                case 'b' -> binary = true;
                default -> throw invalidMode(mode);
            }
            if (mode.indexOf(c, i + 1) >= 0) {
                throw invalidMode(mode);
            }
        }
        if (text && binary) {
            throw Exceptions.valueError("can't have text and binary mode at once");
        }
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
            throw Exceptions.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != Py.None) {
            throw Exceptions.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != Py.None) {
            throw Exceptions.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != Py.None) {
            throw Exceptions.valueError("binary mode doesn't take a newline argument");
        }
        if (binary && buffering == 1) {
            Object warnings = Ops.call(taipan.interpreter.PythonRuntime.current().builtins.get(PyStr.of("__import__")),
                PyStr.of("warnings"));
            Ops.call(Ops.getAttr(warnings, "warn"), PyStr.of("line buffering (buffering=1) isn't supported in binary "
                + "mode, the default buffer size will be used"), Exceptions.RUNTIME_WARNING, 2L);
        }
        String rawMode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "")
            + (updating ? "+" : "");
        Object raw = Ops.call(FileIOType.TYPE, new Object[] {file, PyStr.of(rawMode), closefd, opener},
            new String[] {"closefd", "opener"});
        Object result = raw;
        try {
            boolean lineBuffering = false;
            if (buffering == 1 || buffering < 0 && Ops.isTrue(IOBase.call(raw, "isatty"))) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) {
                buffering = Ops.indexAsInt(Ops.getAttr(raw, "_blksize"));
                if (buffering <= 1) {
                    buffering = IOBase.DEFAULT_BUFFER_SIZE;
                }
            }
            if (buffering == 0) {
                if (binary) {
                    return raw;
                }
                throw Exceptions.valueError("can't have unbuffered text I/O");
            }
            PyType kind = updating ? BufferedType.RANDOM : creating || writing || appending ? BufferedType.WRITER
                : BufferedType.READER;
            Object buffer = Ops.call(kind, raw, (long) buffering);
            result = buffer;
            if (binary) {
                return buffer;
            }
            Object wrapper = Ops.call(TextIOWrapperType.TYPE, new Object[] {buffer, encoding, errors, newline,
                Py.bool(lineBuffering)}, null);
            result = wrapper;
            Ops.setAttr(wrapper, "mode", ms);
            return wrapper;
        } catch (PyException e) {
            try {
                IOBase.call(result, "close");
            } catch (PyException ignored) {
                // the first failure is the one to report
            }
            throw e;
        }
    }

    /**
     * A standard stream as CPython makes them: a TextIOWrapper (UTF-8, newline "\n", mode "w"
     * or "r") over a BufferedWriter/BufferedReader over {@code FileIO(fd, closefd=False)} named
     * {@code name}; {@code unbuffered} (-u) writes through a FileIO directly. Output is line
     * buffered on a terminal, and always for {@code lineBuffered} (stderr).
     */
    public static Object standardStream(int fd, String name, boolean write, String errors, boolean lineBuffered,
                                        boolean unbuffered) {
        Object raw = Ops.call(FileIOType.TYPE, new Object[] {(long) fd, PyStr.of(write ? "w" : "r"), Boolean.FALSE},
            new String[] {"closefd"});
        Ops.setAttr(raw, "name", PyStr.of(name));
        boolean direct = write && unbuffered;
        Object buffer = direct ? raw : Ops.call(write ? BufferedType.WRITER : BufferedType.READER, raw);
        boolean lineBuffering = !direct && write && (lineBuffered || Ops.isTrue(IOBase.call(raw, "isatty")));
        Object text = Ops.call(TextIOWrapperType.TYPE, new Object[] {buffer, PyStr.of("utf-8"), PyStr.of(errors),
            PyStr.of("\n"), Py.bool(lineBuffering), Py.bool(direct)}, null);
        Ops.setAttr(text, "mode", PyStr.of(write ? "w" : "r"));
        return text;
    }

    /**
     * {@code stream.write(text)} without looking the method up, when {@code stream} is exactly an
     * {@code _io.TextIOWrapper} (print's fast path); false when it is something else.
     */
    public static boolean writeText(Object stream, PyStr text) {
        if (Py.typeOf(stream) != TextIOWrapperType.TYPE) {
            return false;
        }
        TextIOWrapperType.self(stream).open().write(text);
        return true;
    }

    private static void checkOptionalStr(Object v, String name) {
        if (v != Py.None && !(v instanceof PyStr)) {
            throw Exceptions.typeError("open() argument '" + name + "' must be str or None, not " + Py.typeOf(v).name());
        }
    }

    private static PyException invalidMode(String mode) {
        return Exceptions.valueError("invalid mode: " + Ops.reprString(PyStr.of(mode)));
    }

    static void put(PyModule m, String name, Object value) {
        m.dict.put(PyStr.of(name), value);
    }

    static void fn(PyModule m, String name, String spec, BuiltinFunction.Body body) {
        put(m, name, BuiltinFunction.of("_io", name, spec, body));
    }
}
