package taipan.builtins;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyException;
import taipan.runtime.PyIterator;
import taipan.runtime.PyList;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;

/**
 * A text stream over a Java byte stream, UTF-8 encoded: what sys.stdout,
 * sys.stderr and sys.stdin are until the io module exists. Python type
 * {@code _io.TextIOWrapper} with write, writelines, flush, readline, read,
 * readlines, iteration, close, isatty (False), readable/writable/seekable and
 * the attributes encoding, errors, name, mode, closed and line_buffering.
 *
 * <p>Contract: an output stream encodes with the error handler given
 * ("strict", "backslashreplace" or "surrogateescape" for lone surrogates) and
 * writes straight through to the Java stream, flushing it after a newline when
 * line buffered and on {@code flush()}; an input stream decodes UTF-8
 * (malformed input becomes U+FFFD) and splits lines after "\n" only, as
 * CPython's stdin does on POSIX. {@code close()} flushes and marks the stream
 * closed but leaves the Java stream open (the launcher owns it).
 */
public final class TextStream extends PyIterator {
    public static final PyType TYPE = BuiltinTypes.builtin("TextIOWrapper", BuiltinTypes.OBJECT, null);

    static {
        TYPE.acceptsSubclasses = false;
        install();
    }

    private final String name;
    private final OutputStream out;
    private final BufferedReader in;
    private final String errors;
    private final boolean lineBuffering;
    private boolean closed;

    private TextStream(String name, OutputStream out, InputStream in, String errors, boolean lineBuffering) {
        super(TYPE);
        this.name = name;
        this.out = out;
        this.in = in == null ? null : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.errors = errors;
        this.lineBuffering = lineBuffering;
    }

    /** A writable stream named {@code name} ("&lt;stdout&gt;") with the given error handler. */
    public static TextStream forOutput(String name, OutputStream out, String errors, boolean lineBuffering) {
        return new TextStream(name, out, null, errors, lineBuffering);
    }

    /** A readable stream named {@code name} ("&lt;stdin&gt;"). */
    public static TextStream forInput(String name, InputStream in) {
        return new TextStream(name, null, in, "strict", false);
    }

    private static TextStream self(Object o) {
        return (TextStream) o;
    }

    private static void install() {
        PyType t = TYPE;
        t.define("__module__", PyStr.of("_io"));
        MethodDescriptor.define(t, "write", "s, /", (self, a) -> {
            if (!(a[0] instanceof PyStr s)) {
                throw Exceptions.typeError("write() argument must be str, not " + Py.typeOf(a[0]).name());
            }
            self(self).write(s);
            return (long) s.codePointLength();
        });
        MethodDescriptor.define(t, "writelines", "lines, /", (self, a) -> {
            Aggregates.Cursor it = Aggregates.cursor(a[0]);
            for (Object x = it.next(); x != null; x = it.next()) {
                if (!(x instanceof PyStr s)) {
                    throw Exceptions.typeError("write() argument must be str, not " + Py.typeOf(x).name());
                }
                self(self).write(s);
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "flush", "", (self, a) -> {
            self(self).flush();
            return Py.None;
        });
        MethodDescriptor.define(t, "close", "", (self, a) -> {
            TextStream ts = self(self);
            if (!ts.closed) {
                ts.flush();
                ts.closed = true;
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "readline", "size=-1, /", (self, a) -> PyStr.of(self(self).readLine(Ops.indexAsInt(a[0]))));
        MethodDescriptor.define(t, "read", "size=-1, /", (self, a) -> PyStr.of(self(self).read(Ops.indexAsInt(a[0]))));
        MethodDescriptor.define(t, "readlines", "hint=-1, /", (self, a) -> {
            PyList lines = new PyList();
            for (String line = self(self).readLine(-1); !line.isEmpty(); line = self(self).readLine(-1)) {
                lines.append(PyStr.of(line));
            }
            return lines;
        });
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> {
            self(self).checkOpen();
            return self;
        });
        MethodDescriptor.define(t, "__next__", "", (self, a) -> {
            Object line = self(self).next();
            if (line == null) {
                throw Exceptions.stopIteration(Py.None);
            }
            return line;
        });
        MethodDescriptor.define(t, "__enter__", "", (self, a) -> {
            self(self).checkOpen();
            return self;
        });
        MethodDescriptor.define(t, "__exit__", "*args", (self, a) -> Ops.call(Ops.getAttr(self, "close")));
        MethodDescriptor.define(t, "isatty", "", (self, a) -> {
            self(self).checkOpen();
            return Boolean.FALSE;
        });
        MethodDescriptor.define(t, "readable", "", (self, a) -> Py.bool(self(self).checkOpen().in != null));
        MethodDescriptor.define(t, "writable", "", (self, a) -> Py.bool(self(self).checkOpen().out != null));
        MethodDescriptor.define(t, "seekable", "", (self, a) -> {
            self(self).checkOpen();
            return Boolean.FALSE;
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            TextStream ts = self(self);
            return PyStr.of("<_io.TextIOWrapper name='" + ts.name + "' mode='" + ts.mode() + "' encoding='utf-8'>");
        });
        GetSetDescriptor.define(t, "closed", self -> Py.bool(self(self).closed));
        GetSetDescriptor.define(t, "encoding", self -> PyStr.of("utf-8"));
        GetSetDescriptor.define(t, "errors", self -> PyStr.of(self(self).errors));
        GetSetDescriptor.define(t, "name", self -> PyStr.of(self(self).name));
        GetSetDescriptor.define(t, "mode", self -> PyStr.of(self(self).mode()));
        GetSetDescriptor.define(t, "line_buffering", self -> Py.bool(self(self).lineBuffering));
    }

    private String mode() {
        return out != null ? "w" : "r";
    }

    private TextStream checkOpen() {
        if (closed) {
            throw Exceptions.valueError("I/O operation on closed file.");
        }
        return this;
    }

    private PyException unsupported(String what) {
        return Exceptions.withArgs(UNSUPPORTED_OPERATION, PyStr.of(what));
    }

    /** io.UnsupportedOperation stands in as an OSError/ValueError subclass until the io module exists. */
    private static final PyType UNSUPPORTED_OPERATION = unsupportedOperation();

    private static PyType unsupportedOperation() {
        PyType u = taipan.runtime.TypeCalls.newClass(BuiltinTypes.TYPE, "UnsupportedOperation",
            new PyType[] {Exceptions.OS_ERROR, Exceptions.VALUE_ERROR}, new taipan.runtime.PyDict());
        u.setMember("__module__", PyStr.of("io"));
        return u;
    }

    /** Writes {@code s}, encoded as UTF-8 with this stream's error handler. */
    public void write(PyStr s) {
        checkOpen();
        if (out == null) {
            throw unsupported("not writable");
        }
        String text = s.value();
        try {
            out.write(encode(s));
            if (lineBuffering && text.indexOf('\n') >= 0) {
                out.flush();
            }
        } catch (IOException e) {
            throw Exceptions.withArgs(Exceptions.OS_ERROR, PyStr.of(String.valueOf(e.getMessage())));
        }
    }

    /** Flushes the Java stream. */
    public void flush() {
        checkOpen();
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                throw Exceptions.withArgs(Exceptions.OS_ERROR, PyStr.of(String.valueOf(e.getMessage())));
            }
        }
    }

    private byte[] encode(PyStr s) {
        String text = s.value();
        int bad = firstLoneSurrogate(text, 0);
        if (bad < 0) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream(text.length() + 8);
        int from = 0;
        while (bad >= 0) {
            buf.writeBytes(text.substring(from, bad).getBytes(StandardCharsets.UTF_8));
            char c = text.charAt(bad);
            switch (errors) {
                case "backslashreplace" -> buf.writeBytes(String.format("\\u%04x", (int) c).getBytes(StandardCharsets.US_ASCII));
                case "surrogateescape" -> {
                    if (c < 0xdc80 || c > 0xdcff) {
                        throw encodeError(s, bad);
                    }
                    buf.write(c - 0xdc00);
                }
                default -> throw encodeError(s, bad);
            }
            from = bad + 1;
            bad = firstLoneSurrogate(text, from);
        }
        buf.writeBytes(text.substring(from).getBytes(StandardCharsets.UTF_8));
        return buf.toByteArray();
    }

    /** The char index of the first surrogate at or after {@code from} that is not part of a pair, or -1. */
    private static int firstLoneSurrogate(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static PyException encodeError(PyStr s, int charIndex) {
        String text = s.value();
        int end = charIndex;
        while (end < text.length() && Character.isSurrogate(text.charAt(end)) && firstLoneSurrogate(text, end) == end) {
            end++;
        }
        long start = text.codePointCount(0, charIndex);
        long stop = start + (end - charIndex);
        Object e = Ops.call(Exceptions.UNICODE_ENCODE_ERROR, PyStr.of("utf-8"), s, start, stop,
            PyStr.of("surrogates not allowed"));
        return new PyException((taipan.runtime.PyBaseException) e);
    }

    private BufferedReader reader() {
        checkOpen();
        if (in == null) {
            throw unsupported("not readable");
        }
        return in;
    }

    /** The next line with its "\n" (at most {@code limit} chars when limit ≥ 0), or "" at end of input. */
    public String readLine(int limit) {
        BufferedReader r = reader();
        StringBuilder sb = new StringBuilder();
        try {
            while (limit < 0 || sb.length() < limit) {
                int c = r.read();
                if (c < 0) {
                    break;
                }
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw Exceptions.withArgs(Exceptions.OS_ERROR, PyStr.of(String.valueOf(e.getMessage())));
        }
        return sb.toString();
    }

    private String read(int limit) {
        BufferedReader r = reader();
        StringBuilder sb = new StringBuilder();
        try {
            char[] buf = new char[8192];
            while (limit < 0 || sb.length() < limit) {
                int n = r.read(buf, 0, limit < 0 ? buf.length : Math.min(buf.length, limit - sb.length()));
                if (n < 0) {
                    break;
                }
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw Exceptions.withArgs(Exceptions.OS_ERROR, PyStr.of(String.valueOf(e.getMessage())));
        }
        return sb.toString();
    }

    /** Iteration: the next line, or null at end of input. */
    @Override
    public Object next() {
        String line = readLine(-1);
        return line.isEmpty() ? null : PyStr.of(line);
    }
}
