package taipan.modules.io;

import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyBytes;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;
import taipan.runtime.TypeCalls;

/**
 * The abstract bases of the {@code _io} module and the helpers every io class shares.
 * {@code _IOBase} implements the generic protocol in terms of other methods looked up on the
 * object (so Python subclasses can override any of them): {@code close} calls {@code flush} and
 * marks the object closed, {@code readline} uses {@code peek}/{@code read}, iteration calls
 * {@code readline}, {@code writelines} calls {@code write}, {@code tell} is {@code seek(0, 1)},
 * and the context manager closes. {@code _RawIOBase.read}/{@code readall} are built on
 * {@code readinto}/{@code read}; {@code _BufferedIOBase.readinto} on {@code read}. Unsupported
 * operations raise {@code io.UnsupportedOperation} (an OSError and a ValueError).
 */
public final class IOBase {
    private IOBase() {}

    static final int DEFAULT_BUFFER_SIZE = 8192;

    /** The Java layout of every io object: {@link #ioClosed} is {@code _IOBase}'s own closed flag. */
    public static class IOObject extends PyObject {
        boolean ioClosed;

        IOObject(PyType type) {
            super(type);
        }
    }

    public static final PyType IOBASE = type("_IOBase", BuiltinTypes.OBJECT, IOObject::new);
    public static final PyType RAW_IOBASE = type("_RawIOBase", IOBASE, null);
    public static final PyType BUFFERED_IOBASE = type("_BufferedIOBase", IOBASE, null);
    public static final PyType TEXT_IOBASE = type("_TextIOBase", IOBASE, null);

    /** {@code io.UnsupportedOperation}. */
    public static final PyType UNSUPPORTED_OPERATION = unsupportedOperationType();

    static PyType type(String name, PyType base, PyType.InstanceFactory factory) {
        PyType t = BuiltinTypes.builtin(name, base, factory);
        t.define("__module__", PyStr.of("_io"));
        t.instancesHaveDict = true;
        return t;
    }

    private static PyType unsupportedOperationType() {
        PyType u = TypeCalls.newClass(BuiltinTypes.TYPE, "UnsupportedOperation",
            new PyType[] {Exceptions.OS_ERROR, Exceptions.VALUE_ERROR}, new PyDict());
        u.setMember("__module__", PyStr.of("io"));
        return u;
    }

    // ---- shared helpers ---------------------------------------------------------

    static PyException unsupported(String message) {
        return Exceptions.withArgs(UNSUPPORTED_OPERATION, PyStr.of(message));
    }

    static PyException closedFile() {
        return Exceptions.valueError("I/O operation on closed file.");
    }

    static PyException uninitialized() {
        return Exceptions.valueError("I/O operation on uninitialized object");
    }

    /** Calls method {@code name} of {@code self} as Python code would. */
    static Object call(Object self, String name, Object... args) {
        return Ops.call(Ops.getAttr(self, name), args);
    }

    /** {@code self.closed}, looked up as an attribute. */
    static boolean isClosed(Object self) {
        return Ops.isTrue(Ops.getAttr(self, "closed"));
    }

    static void checkClosed(Object self) {
        if (isClosed(self)) {
            throw closedFile();
        }
    }

    /** A size argument: None (or absent) is -1, else an integer. */
    static long size(Object o) {
        if (o == null || o == Py.None) {
            return -1;
        }
        if (Ops.isInt(o) || Py.typeOf(o).lookup("__index__") != null) {
            Object v = Ops.index(o);
            return v instanceof Long l ? l : ((java.math.BigInteger) v).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        throw Exceptions.typeError("argument should be integer or None, not '" + Py.typeOf(o).name() + "'");
    }

    /** The bytes of a bytes-like object (a copy only where the object is mutable). */
    static byte[] bytesLike(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        } else if (o instanceof PyByteArray b) {
            return java.util.Arrays.copyOf(b.bytes, b.size);
        }
        byte[] view = taipan.runtime.BufferProtocol.simpleBytesOrNull(o);
        if (view != null) {
            return view;
        }
        throw Exceptions.typeError("a bytes-like object is required, not '" + Py.typeOf(o).name() + "'");
    }

    /** Copies {@code data[0:n]} into the writable buffer {@code target} at its start. */
    static void fill(Object target, byte[] data, int n) {
        if (target instanceof PyByteArray b) {
            System.arraycopy(data, 0, b.bytes, 0, n);
        } else if (!taipan.modules.MemoryView.write(target, data, n)) {
            throw Exceptions.typeError("readinto() argument must be read-write bytes-like object, not "
                + Py.typeOf(target).name());
        }
    }

    /** The length in bytes of a writable buffer. */
    static int writableLength(Object target) {
        if (target instanceof PyByteArray b) {
            return b.size;
        }
        int n = taipan.modules.MemoryView.writableLength(target);
        if (n < 0) {
            throw Exceptions.typeError("readinto() argument must be read-write bytes-like object, not "
                + Py.typeOf(target).name());
        }
        return n;
    }

    /** The bytes result of a read-like method, or an OSError naming {@code what} when it is not bytes. */
    static byte[] expectBytes(Object r, String what) {
        if (r instanceof PyBytes b) {
            return b.bytes;
        }
        throw Exceptions.error(Exceptions.OS_ERROR,
            what + "() should have returned a bytes object, not '" + Py.typeOf(r).name() + "'");
    }

    // ---- _IOBase ------------------------------------------------------------------

    static {
        installIOBase();
        installRawIOBase();
        installBufferedIOBase();
        installTextIOBase();
    }

    private static void installIOBase() {
        PyType t = IOBASE;
        MethodDescriptor.define(t, "seek", "*args", (self, a) -> {
            throw unsupported("seek");
        });
        MethodDescriptor.define(t, "tell", "", (self, a) -> call(self, "seek", 0L, 1L));
        MethodDescriptor.define(t, "truncate", "*args", (self, a) -> {
            throw unsupported("truncate");
        });
        MethodDescriptor.define(t, "fileno", "", (self, a) -> {
            throw unsupported("fileno");
        });
        MethodDescriptor.define(t, "flush", "", (self, a) -> {
            if (((IOObject) self).ioClosed) {
                throw closedFile();
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "close", "", (self, a) -> {
            IOObject io = (IOObject) self;
            if (!io.ioClosed) {
                try {
                    call(self, "flush");
                } finally {
                    io.ioClosed = true;
                }
            }
            return Py.None;
        });
        GetSetDescriptor.define(t, "closed", self -> Py.bool(((IOObject) self).ioClosed));
        for (String what : new String[] {"seekable", "readable", "writable"}) {
            MethodDescriptor.define(t, what, "", (self, a) -> Boolean.FALSE);
        }
        MethodDescriptor.define(t, "_checkClosed", "*args", (self, a) -> {
            checkClosed(self);
            return Py.None;
        });
        MethodDescriptor.define(t, "_checkSeekable", "*args", (self, a) -> check(self, "seekable"));
        MethodDescriptor.define(t, "_checkReadable", "*args", (self, a) -> check(self, "readable"));
        MethodDescriptor.define(t, "_checkWritable", "*args", (self, a) -> check(self, "writable"));
        MethodDescriptor.define(t, "isatty", "", (self, a) -> {
            checkClosed(self);
            return Boolean.FALSE;
        });
        MethodDescriptor.define(t, "__enter__", "", (self, a) -> {
            checkClosed(self);
            return self;
        });
        MethodDescriptor.define(t, "__exit__", "*args", (self, a) -> call(self, "close"));
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> {
            checkClosed(self);
            return self;
        });
        MethodDescriptor.define(t, "__next__", "", (self, a) -> {
            Object line = call(self, "readline");
            if (Ops.len(line) == 0) {
                throw Exceptions.stopIteration(Py.None);
            }
            return line;
        });
        MethodDescriptor.define(t, "readline", "size=-1, /", (self, a) -> readline(self, size(a[0])));
        MethodDescriptor.define(t, "readlines", "hint=-1, /", (self, a) -> readlines(self, size(a[0])));
        MethodDescriptor.define(t, "writelines", "lines, /", (self, a) -> {
            checkClosed(self);
            Object it = Ops.iter(a[0]);
            for (Object line; (line = Ops.next(it)) != null; ) {
                call(self, "write", line);
            }
            return Py.None;
        });
    }

    private static Object check(Object self, String what) {
        if (!Ops.isTrue(call(self, what))) {
            throw unsupported("File or stream is not " + what + ".");
        }
        return Boolean.TRUE;
    }

    /** The generic binary readline: reads up to a newline with {@code peek} when there is one, else byte by byte. */
    private static Object readline(Object self, long limit) {
        Object peek = Ops.getAttrOrNull(self, "peek");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            long want = 1;
            if (peek != null) {
                byte[] ahead = expectBytes(Ops.call(peek, 1L), "peek");
                if (ahead.length > 0) {
                    int n = 0;
                    while (n < ahead.length && ahead[n] != '\n') {
                        n++;
                    }
                    want = n < ahead.length ? n + 1 : ahead.length;
                    if (limit >= 0) {
                        want = Math.min(want, limit - out.size());
                    }
                }
            }
            byte[] b = expectBytes(call(self, "read", want), "read");
            if (b.length == 0) {
                break;
            }
            out.writeBytes(b);
            if (b[b.length - 1] == '\n') {
                break;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    static PyList readlines(Object self, long hint) {
        PyList lines = new PyList();
        Object it = Ops.iter(self);
        long total = 0;
        for (Object line; (line = Ops.next(it)) != null; ) {
            lines.append(line);
            total += Ops.len(line);
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return lines;
    }

    // ---- _RawIOBase, _BufferedIOBase, _TextIOBase ---------------------------------

    private static void installRawIOBase() {
        PyType t = RAW_IOBASE;
        MethodDescriptor.define(t, "read", "size=-1, /", (self, a) -> {
            long n = size(a[0]);
            if (n < 0) {
                return call(self, "readall");
            }
            PyByteArray b = new PyByteArray(new byte[(int) n]);
            Object got = call(self, "readinto", b);
            if (got == Py.None) {
                return Py.None;
            }
            int count = Ops.indexAsInt(got);
            if (count < 0 || count > n) {
                throw Exceptions.valueError("readinto returned " + count + " outside buffer size " + n);
            }
            return new PyBytes(java.util.Arrays.copyOf(b.bytes, count));
        });
        MethodDescriptor.define(t, "readall", "", (self, a) -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            boolean any = false;
            while (true) {
                Object data = call(self, "read", (long) DEFAULT_BUFFER_SIZE);
                if (data == Py.None) {
                    if (!any) {
                        return Py.None;
                    }
                    break;
                }
                if (!(data instanceof PyBytes b)) {
                    throw Exceptions.typeError("read() should return bytes");
                }
                if (b.bytes.length == 0) {
                    break;
                }
                any = true;
                out.writeBytes(b.bytes);
            }
            return new PyBytes(out.toByteArray());
        });
        MethodDescriptor.define(t, "readinto", "buffer, /", (self, a) -> {
            throw Exceptions.notImplementedError("");
        });
        MethodDescriptor.define(t, "write", "b, /", (self, a) -> {
            throw Exceptions.notImplementedError("");
        });
    }

    private static void installBufferedIOBase() {
        PyType t = BUFFERED_IOBASE;
        for (String what : new String[] {"read", "read1"}) {
            MethodDescriptor.define(t, what, "size=-1, /", (self, a) -> {
                throw unsupported(what);
            });
        }
        MethodDescriptor.define(t, "write", "b, /", (self, a) -> {
            throw unsupported("write");
        });
        MethodDescriptor.define(t, "detach", "", (self, a) -> {
            throw unsupported("detach");
        });
        MethodDescriptor.define(t, "readinto", "buffer, /", (self, a) -> readinto(self, a[0], "read"));
        MethodDescriptor.define(t, "readinto1", "buffer, /", (self, a) -> readinto(self, a[0], "read1"));
    }

    private static Object readinto(Object self, Object target, String how) {
        int room = writableLength(target);
        Object data = call(self, how, (long) room);
        if (!(data instanceof PyBytes b)) {
            throw Exceptions.typeError("read() should return bytes");
        }
        int n = b.bytes.length;
        if (n > room) {
            throw Exceptions.valueError("read() returned too much data: " + room + " bytes requested, " + n + " returned");
        }
        fill(target, b.bytes, n);
        return (long) n;
    }

    private static void installTextIOBase() {
        PyType t = TEXT_IOBASE;
        for (String what : new String[] {"read", "readline"}) {
            MethodDescriptor.define(t, what, "size=-1, /", (self, a) -> {
                throw unsupported(what);
            });
        }
        MethodDescriptor.define(t, "write", "s, /", (self, a) -> {
            throw unsupported("write");
        });
        MethodDescriptor.define(t, "detach", "", (self, a) -> {
            throw unsupported("detach");
        });
        for (String what : new String[] {"encoding", "newlines", "errors"}) {
            GetSetDescriptor.define(t, what, self -> Py.None);
        }
    }
}
