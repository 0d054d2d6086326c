package taipan.modules.io;

import java.util.Arrays;
import taipan.runtime.BufferProtocol;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyDict;
import taipan.runtime.PyList;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * {@code _io.BytesIO}: an in-memory binary stream. Writes past the end pad with zero bytes,
 * relative seeks clamp at 0, truncate keeps the position; a closed stream raises ValueError
 * from every method but {@code close}. {@code getbuffer} returns a writable memoryview of the
 * contents (exported by {@link BytesIOBuffer}); while one is alive, writing, truncating, closing
 * and re-initialising raise BufferError as in CPython.
 */
final class BytesIOType {
    private BytesIOType() {}

    static final PyType TYPE = IOBase.type("BytesIO", IOBase.BUFFERED_IOBASE, BytesIOObject::new);

    static final class BytesIOObject extends IOBase.IOObject {
        byte[] buf = new byte[0];
        int length;
        int pos;
        boolean closed;
        /** Live buffer exports (views from getbuffer). */
        final BufferProtocol.ExportTracker exports = new BufferProtocol.ExportTracker();

        BytesIOObject(PyType type) {
            super(type);
        }

        BytesIOObject ready() {
            if (closed) {
                throw IOBase.closedFile();
            }
            return this;
        }

        /** This stream, open and without buffer exports (which would be invalidated by a change). */
        BytesIOObject resizable() {
            exports.checkResizable();
            return ready();
        }

        synchronized void write(byte[] data) {
            int end = pos + data.length;
            if (end > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
            }
            if (pos > length) {
                Arrays.fill(buf, length, pos, (byte) 0);
            }
            System.arraycopy(data, 0, buf, pos, data.length);
            pos = end;
            length = Math.max(length, end);
        }

        synchronized byte[] read(long n) {
            int avail = Math.max(0, length - pos);
            int count = n < 0 || n > avail ? avail : (int) n;
            byte[] out = Arrays.copyOfRange(buf, Math.min(pos, length), Math.min(pos, length) + count);
            pos += count;
            return out;
        }

        synchronized byte[] readline(long limit) {
            int start = Math.min(pos, length);
            int end = length;
            if (limit >= 0 && limit < end - start) {
                end = start + (int) limit;
            }
            int stop = end;
            for (int i = start; i < end; i++) {
                if (buf[i] == '\n') {
                    stop = i + 1;
                    break;
                }
            }
            pos = Math.max(pos, stop);
            return Arrays.copyOfRange(buf, start, stop);
        }
    }

    private static BytesIOObject self(Object o) {
        return ((BytesIOObject) o).ready();
    }

    static {
        PyType t = TYPE;
        MethodDescriptor.define(t, "__init__", "initial_bytes=None", (self, a) -> {
            BytesIOObject b = (BytesIOObject) self;
            b.exports.checkResizable();
            b.buf = a[0] == Py.None ? new byte[0] : IOBase.bytesLike(a[0]).clone();
            b.length = b.buf.length;
            b.pos = 0;
            return Py.None;
        });
        MethodDescriptor.define(t, "getvalue", "", (self, a) -> {
            BytesIOObject b = self(self);
            return new PyBytes(Arrays.copyOf(b.buf, b.length));
        });
        MethodDescriptor.define(t, "getbuffer", "", (self, a) ->
            Ops.call(taipan.modules.MemoryView.TYPE, new BytesIOBuffer(self(self))));
        MethodDescriptor.define(t, "read", "size=-1, /", (self, a) -> new PyBytes(self(self).read(IOBase.size(a[0]))));
        MethodDescriptor.define(t, "read1", "size=-1, /", (self, a) -> new PyBytes(self(self).read(IOBase.size(a[0]))));
        MethodDescriptor.define(t, "readline", "size=-1, /", (self, a) ->
            new PyBytes(self(self).readline(IOBase.size(a[0]))));
        MethodDescriptor.define(t, "readlines", "size=None, /", (self, a) -> {
            BytesIOObject b = self(self);
            long hint = IOBase.size(a[0]);
            PyList lines = new PyList();
            long total = 0;
            for (byte[] line = b.readline(-1); line.length > 0; line = b.readline(-1)) {
                lines.append(new PyBytes(line));
                total += line.length;
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return lines;
        });
        MethodDescriptor.define(t, "readinto", "buffer, /", (self, a) -> {
            BytesIOObject b = self(self);
            int room = IOBase.writableLength(a[0]);
            byte[] data = b.read(room);
            IOBase.fill(a[0], data, data.length);
            return (long) data.length;
        });
        MethodDescriptor.define(t, "write", "b, /", (self, a) -> {
            BytesIOObject b = self(self).resizable();
            byte[] data = IOBase.bytesLike(a[0]);
            if (data.length > 0) {
                b.write(data);
            }
            return (long) data.length;
        });
        MethodDescriptor.define(t, "writelines", "lines, /", (self, a) -> {
            BytesIOObject b = self(self).resizable();
            Object it = Ops.iter(a[0]);
            for (Object line; (line = Ops.next(it)) != null; ) {
                b.resizable().write(IOBase.bytesLike(line));
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "tell", "", (self, a) -> (long) self(self).pos);
        MethodDescriptor.define(t, "seek", "pos, whence=0, /", (self, a) -> {
            BytesIOObject b = self(self);
            long pos = Ops.indexAsInt(a[0]);
            long whence = Ops.indexAsInt(a[1]);
            if (pos < 0 && whence == 0) {
                throw Exceptions.valueError("negative seek value " + pos);
            }
            if (whence == 1) {
                pos += b.pos;
            } else if (whence == 2) {
                pos += b.length;
            } else if (whence != 0) {
                throw Exceptions.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            if (pos > Integer.MAX_VALUE - 8) {
                throw Exceptions.overflowError("new position too large");
            }
            b.pos = (int) Math.max(0, pos);
            return (long) b.pos;
        });
        MethodDescriptor.define(t, "truncate", "size=None, /", (self, a) -> {
            BytesIOObject b = self(self).resizable();
            long size = a[0] == Py.None ? b.pos : Ops.indexAsInt(a[0]);
            if (size < 0) {
                throw Exceptions.valueError("negative size value " + size);
            }
            if (size < b.length) {
                b.length = (int) size;
            }
            return size;
        });
        for (String what : new String[] {"readable", "writable", "seekable"}) {
            MethodDescriptor.define(t, what, "", (self, a) -> {
                self(self);
                return Boolean.TRUE;
            });
        }
        MethodDescriptor.define(t, "isatty", "", (self, a) -> {
            self(self);
            return Boolean.FALSE;
        });
        MethodDescriptor.define(t, "flush", "", (self, a) -> {
            self(self);
            return Py.None;
        });
        MethodDescriptor.define(t, "close", "", (self, a) -> {
            BytesIOObject b = (BytesIOObject) self;
            b.exports.checkResizable();
            b.closed = true;
            b.length = 0;
            return Py.None;
        });
        GetSetDescriptor.define(t, "closed", self -> Py.bool(((BytesIOObject) self).closed));
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> self(self));
        MethodDescriptor.define(t, "__next__", "", (self, a) -> {
            byte[] line = self(self).readline(-1);
            if (line.length == 0) {
                throw Exceptions.stopIteration(Py.None);
            }
            return new PyBytes(line);
        });
        MethodDescriptor.define(t, "__getstate__", "", (self, a) -> {
            BytesIOObject b = self(self);
            Object dict = Ops.getAttrOrNull(self, "__dict__");
            Object dictCopy = dict instanceof PyDict d && d.size() > 0 ? Ops.call(Ops.getAttr(d, "copy")) : Py.None;
            return PyTuple.of(new PyBytes(Arrays.copyOf(b.buf, b.length)), (long) b.pos, dictCopy);
        });
        MethodDescriptor.define(t, "__setstate__", "state, /", (self, a) -> {
            BytesIOObject b = self(self).resizable();
            if (!(a[0] instanceof PyTuple st) || st.size() < 3) {
                throw Exceptions.typeError(Py.typeOf(self).name() + ".__setstate__ argument should be 3-tuple, got "
                    + Py.typeOf(a[0]).name());
            }
            byte[] data = IOBase.bytesLike(st.get(0));
            b.buf = Arrays.copyOf(data, Math.max(data.length, b.buf.length));
            b.length = data.length;
            long pos = Ops.indexAsInt(st.get(1));
            if (pos < 0) {
                throw Exceptions.valueError("position value cannot be negative");
            }
            b.pos = (int) pos;
            if (st.get(2) != Py.None) {
                if (!(st.get(2) instanceof PyDict d)) {
                    throw Exceptions.typeError("third item of state should be a dict, got a " + Py.typeOf(st.get(2)).name());
                }
                Ops.call(Ops.getAttr(Ops.getAttr(self, "__dict__"), "update"), d);
            }
            return Py.None;
        });
    }
}
