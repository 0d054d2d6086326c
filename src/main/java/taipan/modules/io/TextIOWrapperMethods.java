package taipan.modules.io;

import taipan.modules.io.TextIOWrapperType.TextIO;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;

/**
 * The Python methods and attributes of {@code _io.TextIOWrapper} (the stream logic is in
 * {@link TextIOWrapperType}): argument checks, closed/detached checks in CPython's order,
 * delegation to the buffer, {@code reconfigure} and the repr.
 */
final class TextIOWrapperMethods {
    private TextIOWrapperMethods() {}

    private static TextIO self(Object o) {
        return TextIOWrapperType.self(o);
    }

    static void install(PyType t) {
        MethodDescriptor.define(t, "__init__",
            "buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False", (self, a) -> {
                TextIOWrapperType.init((TextIO) self, a[0], a[1], a[2], a[3], Ops.isTrue(a[4]), Ops.isTrue(a[5]));
                return Py.None;
            });
        MethodDescriptor.define(t, "write", "text, /", (self, a) -> {
            if (!(a[0] instanceof PyStr s)) {
                throw Exceptions.typeError("write() argument must be str, not " + Py.typeOf(a[0]).name());
            }
            return self(self).open().write(s);
        });
        MethodDescriptor.define(t, "read", "size=-1, /", (self, a) -> {
            TextIO io = self(self);
            long n = IOBase.size(a[0]);
            return PyStr.of(io.open().readableOrFail().read(n));
        });
        MethodDescriptor.define(t, "readline", "size=-1, /", (self, a) -> {
            TextIO io = self(self);
            long n = IOBase.size(a[0]);
            return PyStr.of(io.open().readableOrFail().readline(n));
        });
        MethodDescriptor.define(t, "__next__", "", (self, a) -> {
            TextIO io = self(self);
            io.telling = false;
            Object line;
            if (Py.typeOf(self) == TextIOWrapperType.TYPE) {
                line = PyStr.of(io.open().readableOrFail().readline(-1));
            } else {
                line = IOBase.call(self, "readline");
                if (!(line instanceof PyStr)) {
                    throw Exceptions.error(Exceptions.OS_ERROR,
                        "readline() should have returned a str object, not '" + Py.typeOf(line).name() + "'");
                }
            }
            if (((PyStr) line).value().isEmpty()) {
                io.snapshotInput = null;
                io.telling = io.seekable;
                throw Exceptions.stopIteration(Py.None);
            }
            return line;
        });
        MethodDescriptor.define(t, "flush", "", (self, a) -> {
            self(self).flush();
            return Py.None;
        });
        MethodDescriptor.define(t, "close", "", (self, a) -> {
            TextIO io = self(self);
            if (IOBase.isClosed(self)) {
                return Py.None;
            }
            PyException failure = null;
            try {
                IOBase.call(self, "flush");
            } catch (PyException e) {
                failure = e;
            }
            try {
                IOBase.call(io.buffer, "close");
            } catch (PyException e) {
                if (failure != null) {
                    e.value.context = failure.value;
                }
                throw e;
            }
            if (failure != null) {
                throw failure;
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "detach", "", (self, a) -> {
            TextIO io = self(self);
            IOBase.call(self, "flush");
            Object buffer = io.buffer;
            io.buffer = null;
            io.detached = true;
            return buffer;
        });
        MethodDescriptor.define(t, "tell", "", (self, a) -> self(self).tell());
        MethodDescriptor.define(t, "seek", "cookie, whence=0, /", (self, a) ->
            self(self).seek(a[0], Ops.indexAsInt(a[1])));
        MethodDescriptor.define(t, "truncate", "pos=None, /", (self, a) -> {
            TextIO io = self(self);
            IOBase.call(self, "flush");
            return IOBase.call(io.buffer, "truncate", a[0]);
        });
        for (String what : new String[] {"readable", "writable", "seekable", "isatty"}) {
            MethodDescriptor.define(t, what, "", (self, a) -> IOBase.call(self(self).open().buffer, what));
        }
        MethodDescriptor.define(t, "fileno", "", (self, a) -> IOBase.call(self(self).buffer, "fileno"));
        MethodDescriptor.define(t, "reconfigure", "*, encoding=None, errors=None, newline=?, line_buffering=None, "
            + "write_through=None", (self, a) -> {
                reconfigure(self(self), a[0], a[1], a[2], a[3], a[4]);
                return Py.None;
            });
        GetSetDescriptor.define(t, "closed", self -> Ops.getAttr(self(self).buffer, "closed"));
        GetSetDescriptor.define(t, "name", self -> Ops.getAttr(self(self).buffer, "name"));
        GetSetDescriptor.define(t, "buffer", self -> {
            TextIO io = (TextIO) self;
            if (!io.initialized) {
                throw IOBase.uninitialized();
            }
            return io.buffer == null ? Py.None : io.buffer;
        });
        GetSetDescriptor.define(t, "encoding", self -> PyStr.of(initialized(self).encoding));
        GetSetDescriptor.define(t, "errors", self -> PyStr.of(initialized(self).errors));
        GetSetDescriptor.define(t, "line_buffering", self -> Py.bool(initialized(self).lineBuffering));
        GetSetDescriptor.define(t, "write_through", self -> Py.bool(initialized(self).writeThrough));
        GetSetDescriptor.define(t, "newlines", self -> {
            TextIO io = self(self);
            return io.newlines == null ? Py.None : io.newlines.newlines();
        });
        GetSetDescriptor.define(t, "_CHUNK_SIZE", self -> (long) self(self).chunkSize, (self, v) -> {
            TextIO io = self(self);
            if (v == null) {
                throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, "cannot delete attribute");
            }
            long n = Ops.indexAsInt(v);
            if (n <= 0) {
                throw Exceptions.valueError("a strictly positive integer is required");
            }
            io.chunkSize = (int) Math.min(n, Integer.MAX_VALUE / 2);
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            TextIO io = (TextIO) self;
            StringBuilder sb = new StringBuilder("<_io.TextIOWrapper");
            for (String attr : new String[] {"name", "mode"}) {
                Object v;
                try {
                    v = Ops.getAttrOrNull(self, attr);
                } catch (PyException e) {
                    if (!e.value.type.isSubtypeOf(Exceptions.VALUE_ERROR)
                        && !e.value.type.isSubtypeOf(Exceptions.ATTRIBUTE_ERROR)) {
                        throw e;
                    }
                    v = null;
                }
                if (v != null) {
                    sb.append(' ').append(attr).append('=').append(Ops.reprString(v));
                }
            }
            if (io.initialized) {
                sb.append(" encoding=").append(Ops.reprString(PyStr.of(io.encoding)));
            }
            return PyStr.of(sb.append('>').toString());
        });
    }

    private static TextIO initialized(Object o) {
        TextIO io = (TextIO) o;
        if (!io.initialized) {
            throw IOBase.uninitialized();
        }
        return io;
    }

    private static void reconfigure(TextIO io, Object encodingArg, Object errorsArg, Object newlineArg,
                                    Object lineBuffering, Object writeThrough) {
        String encoding = encodingArg == Py.None ? null : TextIOWrapperType.optionalStr(encodingArg, "encoding");
        String errors = errorsArg == Py.None ? null : TextIOWrapperType.optionalStr(errorsArg, "errors");
        boolean newlineGiven = newlineArg != null;
        String nl = newlineGiven ? TextIOWrapperType.optionalStr(newlineArg, "newline") : null;
        if (newlineGiven) {
            TextIOWrapperType.checkNewline(nl);
        }
        if (io.decoded != null && (encoding != null || errors != null || newlineGiven)) {
            throw IOBase.unsupported("It is not possible to set the encoding or newline of stream after the first read");
        }
        if (encoding == null && errors == null) {
            encoding = io.encoding;
            errors = io.errors;
        } else if (encoding == null) {
            encoding = io.encoding;
        } else {
            if (encoding.equals("locale")) {
                encoding = "UTF-8";
            }
            if (errors == null) {
                errors = "strict";
            }
        }
        if (TextCodec.javaCodec(encoding) == null) {
            TextCodec.lookup(encoding);
        }
        IOBase.call(io, "flush");
        io.encoding = encoding;
        io.errors = errors;
        if (newlineGiven) {
            TextIOWrapperType.setNewline(io, nl);
        }
        if (lineBuffering != Py.None) {
            io.lineBuffering = Ops.isTrue(lineBuffering);
        }
        if (writeThrough != Py.None) {
            io.writeThrough = Ops.isTrue(writeThrough);
        }
        TextIOWrapperType.resetCodecs(io);
    }
}
