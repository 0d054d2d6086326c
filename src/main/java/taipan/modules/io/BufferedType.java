package taipan.modules.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import taipan.modules.FileTable;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyBytes;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;

/**
 * {@code _io.BufferedReader}, {@code BufferedWriter} and {@code BufferedRandom}: a buffer over
 * any raw stream (an object with readinto/write/seek/tell/... as Python methods; an exact
 * {@code FileIO} is driven directly through the {@link FileTable}). Raw reads go through
 * {@code raw.readinto(bytearray)}. At most one of the read-ahead and the pending writes is
 * non-empty: reading first writes out pending data, writing first moves the raw stream back
 * over unread read-ahead. The logical position is the raw position minus the read-ahead plus
 * the pending writes. Each buffer operation holds the object's lock (Taipan has no GIL), so
 * threads writing to one stream do not lose or mix bytes within a call.
 */
final class BufferedType {
    private BufferedType() {}

    static final PyType READER = IOBase.type("BufferedReader", IOBase.BUFFERED_IOBASE, Buffered::new);
    static final PyType WRITER = IOBase.type("BufferedWriter", IOBase.BUFFERED_IOBASE, Buffered::new);
    static final PyType RANDOM = IOBase.type("BufferedRandom", IOBase.BUFFERED_IOBASE, Buffered::new);
    static final PyType RWPAIR = IOBase.type("BufferedRWPair", IOBase.BUFFERED_IOBASE, Pair::new);

    /** {@code BufferedRWPair}: a BufferedReader and a BufferedWriter over two raw streams, used as one. */
    static final class Pair extends IOBase.IOObject {
        Buffered reader;
        Buffered writer;

        Pair(PyType type) {
            super(type);
        }

        Pair ready() {
            if (reader == null) {
                throw IOBase.uninitialized();
            }
            return this;
        }
    }

    static final class Buffered extends IOBase.IOObject implements FileTable.Unflushed {
        Object raw;
        /** The table holding this writer while it has unwritten data, or null. */
        FileTable heldBy;
        boolean initialized;
        boolean detached;
        boolean canRead;
        boolean canWrite;
        int bufferSize;
        byte[] rbuf = new byte[0];
        int rpos;
        int rlen;
        byte[] wbuf = new byte[0];
        int wlen;

        Buffered(PyType type) {
            super(type);
        }

        Buffered ready() {
            if (!initialized) {
                throw IOBase.uninitialized();
            }
            if (detached) {
                throw Exceptions.valueError("raw stream has been detached");
            }
            return this;
        }

        /** Ready, and raises ValueError {@code message} when the raw stream is closed. */
        Buffered open(String message) {
            ready();
            if (rawClosed()) {
                throw Exceptions.valueError(message);
            }
            return this;
        }

        private FileIOType.FileIOObject fileIO() {
            return raw instanceof FileIOType.FileIOObject f && Py.typeOf(raw) == FileIOType.TYPE ? f : null;
        }

        boolean rawClosed() {
            FileIOType.FileIOObject f = fileIO();
            return f != null ? f.fd < 0 : IOBase.isClosed(raw);
        }

        /** One raw read of up to {@code n} bytes; null when the raw stream has nothing without blocking. */
        byte[] rawRead(int n) {
            FileIOType.FileIOObject f = fileIO();
            if (f != null) {
                byte[] buf = new byte[n];
                int got = FileTable.current().read(f.forReading().fd, buf, 0, n);
                return got == n ? buf : Arrays.copyOf(buf, got);
            }
            PyByteArray b = new PyByteArray(new byte[n]);
            Object r = IOBase.call(raw, "readinto", b);
            if (r == Py.None) {
                return null;
            }
            long got = Ops.indexAsInt(r);
            if (got < 0 || got > n) {
                throw Exceptions.error(Exceptions.OS_ERROR, "raw readinto() returned invalid length " + got
                    + " (should have been between 0 and " + n + ")");
            }
            return Arrays.copyOf(b.bytes, (int) got);
        }

        int rawWrite(byte[] data, int off, int len) {
            FileIOType.FileIOObject f = fileIO();
            if (f != null) {
                return FileTable.current().write(f.forWriting().fd, data, off, len);
            }
            Object r = IOBase.call(raw, "write", new PyBytes(Arrays.copyOfRange(data, off, off + len)));
            if (r == Py.None) {
                throw Exceptions.withArgs(Exceptions.BLOCKING_IO_ERROR, 11L,
                    PyStr.of("write could not complete without blocking"), 0L);
            }
            long n = Ops.indexAsInt(r);
            if (n < 0 || n > len) {
                throw Exceptions.error(Exceptions.OS_ERROR, "raw write() returned invalid length " + n
                    + " (should have been between 0 and " + len + ")");
            }
            return (int) n;
        }

        long rawSeek(long pos, int whence) {
            FileIOType.FileIOObject f = fileIO();
            long n = f != null ? FileTable.current().seek(f.open().fd, pos, whence)
                : Ops.indexAsInt(IOBase.call(raw, "seek", pos, (long) whence));
            if (n < 0) {
                throw Exceptions.error(Exceptions.OS_ERROR, "Raw stream returned invalid position " + n);
            }
            return n;
        }

        long rawTell() {
            FileIOType.FileIOObject f = fileIO();
            long n = f != null ? FileTable.current().seek(f.open().fd, 0, 1) : Ops.indexAsInt(IOBase.call(raw, "tell"));
            if (n < 0) {
                throw Exceptions.error(Exceptions.OS_ERROR, "Raw stream returned invalid position " + n);
            }
            return n;
        }

        synchronized void flushWrites() {
            int done = 0;
            try {
                while (done < wlen) {
                    done += rawWrite(wbuf, done, wlen - done);
                }
            } finally {
                System.arraycopy(wbuf, done, wbuf, 0, wlen - done);
                wlen -= done;
                if (wlen == 0 && heldBy != null) {
                    heldBy.flushed(this);
                    heldBy = null;
                }
            }
        }

        @Override
        public void flushPending() {
            heldBy = null;
            if (initialized && !detached && wlen > 0 && !rawClosed()) {
                flushWrites();
            }
        }

        @Override
        public java.nio.file.Path path() {
            FileIOType.FileIOObject f = fileIO();
            return f == null || f.fd < 0 ? null : FileTable.current().pathOrNull(f.fd);
        }

        /** Moves the raw stream back over unread read-ahead and forgets it. */
        synchronized void dropReadAhead() {
            if (rlen - rpos > 0) {
                rawSeek(-(rlen - rpos), 1);
            }
            rpos = rlen = 0;
        }

        int available() {
            return rlen - rpos;
        }

        /** Refills the empty read buffer with one raw read; false when it gave nothing (end of file or would block). */
        synchronized boolean fill() {
            byte[] got = rawRead(bufferSize);
            if (got == null || got.length == 0) {
                return false;
            }
            rbuf = got;
            rpos = 0;
            rlen = got.length;
            return true;
        }

        /**
         * Up to {@code n} bytes (n ≥ 0), reading until satisfied or end of file; null when nothing
         * came and the raw stream would block.
         */
        synchronized byte[] read(int n) {
            flushWrites();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(n, 1 << 16));
            int take = Math.min(n, available());
            out.write(rbuf, rpos, take);
            rpos += take;
            while (out.size() < n) {
                int want = n - out.size();
                byte[] got = rawRead(Math.max(want, bufferSize));
                if (got == null) {
                    if (out.size() == 0) {
                        return null;
                    }
                    break;
                }
                if (got.length == 0) {
                    break;
                }
                int use = Math.min(want, got.length);
                out.write(got, 0, use);
                rbuf = got;
                rpos = use;
                rlen = got.length;
            }
            return out.toByteArray();
        }

        synchronized Object readAll() {
            flushWrites();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(rbuf, rpos, available());
            rpos = rlen = 0;
            FileIOType.FileIOObject f = fileIO();
            if (f != null) {
                out.writeBytes(f.forReading().readAll());
                return new PyBytes(out.toByteArray());
            }
            Object readall = Ops.getAttrOrNull(raw, "readall");
            if (readall != null) {
                Object r = Ops.call(readall);
                if (r == Py.None) {
                    return out.size() == 0 ? Py.None : new PyBytes(out.toByteArray());
                }
                if (!(r instanceof PyBytes b)) {
                    throw Exceptions.typeError("readall() should return bytes");
                }
                out.writeBytes(b.bytes);
                return new PyBytes(out.toByteArray());
            }
            while (true) {
                Object r = IOBase.call(raw, "read");
                if (r == Py.None) {
                    return out.size() == 0 ? Py.None : new PyBytes(out.toByteArray());
                }
                byte[] b = IOBase.bytesLike(r);
                if (b.length == 0) {
                    return new PyBytes(out.toByteArray());
                }
                out.writeBytes(b);
            }
        }

        /** At most one raw read: the read-ahead if any, else up to {@code n} bytes from the raw stream. */
        synchronized byte[] read1(int n) {
            flushWrites();
            if (n == 0) {
                return new byte[0];
            }
            if (available() > 0) {
                int take = Math.min(n, available());
                byte[] out = Arrays.copyOfRange(rbuf, rpos, rpos + take);
                rpos += take;
                return out;
            }
            byte[] got = rawRead(n);
            return got == null ? new byte[0] : got;
        }

        synchronized byte[] peek() {
            flushWrites();
            if (available() == 0) {
                fill();
            }
            return Arrays.copyOfRange(rbuf, rpos, rlen);
        }

        synchronized byte[] readline(long limit) {
            flushWrites();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (limit < 0 || out.size() < limit) {
                if (available() == 0 && !fill()) {
                    break;
                }
                int end = rlen;
                if (limit >= 0) {
                    end = (int) Math.min(end, rpos + (limit - out.size()));
                }
                int i = rpos;
                while (i < end && rbuf[i] != '\n') {
                    i++;
                }
                boolean found = i < end;
                int stop = found ? i + 1 : end;
                out.write(rbuf, rpos, stop - rpos);
                rpos = stop;
                if (found) {
                    break;
                }
            }
            return out.toByteArray();
        }

        synchronized void write(byte[] data) {
            if (available() > 0) {
                dropReadAhead();
            }
            rpos = rlen = 0;
            if (wbuf.length < bufferSize) {
                wbuf = Arrays.copyOf(wbuf, bufferSize);
            }
            int from = 0;
            if (wlen + data.length > bufferSize) {
                flushWrites();
                while (data.length - from > bufferSize) {
                    from += rawWrite(data, from, data.length - from);
                }
            }
            System.arraycopy(data, from, wbuf, wlen, data.length - from);
            wlen += data.length - from;
            if (wlen > 0 && heldBy == null) {
                heldBy = FileTable.current();
                heldBy.holdUnflushed(this);
            }
        }

        synchronized long tell() {
            long pos = rawTell() - available() + wlen;
            return Math.max(pos, 0);
        }

        synchronized long seek(long target, int whence) {
            flushWrites();
            if (whence == 1) {
                target -= available();
            }
            rpos = rlen = 0;
            return rawSeek(target, whence);
        }
    }

    private static Buffered self(Object o) {
        return ((Buffered) o).ready();
    }

    static void init(Buffered b, Object raw, Object size, boolean read, boolean write) {
        b.initialized = false;
        if (read && write) {
            IOBase.call(raw, "_checkSeekable");
        }
        if (read) {
            IOBase.call(raw, "_checkReadable");
        }
        if (write) {
            IOBase.call(raw, "_checkWritable");
        }
        long n = Ops.indexAsInt(size);
        if (n <= 0) {
            throw Exceptions.valueError("buffer size must be strictly positive");
        }
        b.raw = raw;
        b.bufferSize = (int) Math.min(n, Integer.MAX_VALUE / 4);
        b.canRead = read;
        b.canWrite = write;
        b.rbuf = new byte[0];
        b.rpos = b.rlen = 0;
        b.wbuf = new byte[0];
        b.wlen = 0;
        b.detached = false;
        b.initialized = true;
    }

    static {
        defineInit(READER, true, false);
        defineInit(WRITER, false, true);
        defineInit(RANDOM, true, true);
        for (PyType t : new PyType[] {READER, WRITER, RANDOM}) {
            defineCommon(t);
        }
        for (PyType t : new PyType[] {READER, RANDOM}) {
            defineReading(t);
        }
        for (PyType t : new PyType[] {WRITER, RANDOM}) {
            defineWriting(t);
        }
        definePair();
    }

    private static void definePair() {
        PyType t = RWPAIR;
        MethodDescriptor.define(t, "__init__", "reader, writer, buffer_size=8192, /", (self, a) -> {
            Pair p = (Pair) self;
            IOBase.call(a[0], "_checkReadable");
            IOBase.call(a[1], "_checkWritable");
            Buffered r = new Buffered(READER);
            init(r, a[0], a[2], true, false);
            Buffered w = new Buffered(WRITER);
            init(w, a[1], a[2], false, true);
            p.reader = r;
            p.writer = w;
            return Py.None;
        });
        for (String what : new String[] {"read", "peek", "read1", "readinto", "readinto1", "readable"}) {
            MethodDescriptor.define(t, what, "*args", (self, a) ->
                Ops.call(Ops.getAttr(((Pair) self).ready().reader, what), ((taipan.runtime.PyTuple) a[0]).items));
        }
        for (String what : new String[] {"write", "flush", "writable"}) {
            MethodDescriptor.define(t, what, "*args", (self, a) ->
                Ops.call(Ops.getAttr(((Pair) self).ready().writer, what), ((taipan.runtime.PyTuple) a[0]).items));
        }
        MethodDescriptor.define(t, "isatty", "", (self, a) -> {
            Pair p = ((Pair) self).ready();
            return Ops.isTrue(IOBase.call(p.writer, "isatty")) ? Boolean.TRUE : IOBase.call(p.reader, "isatty");
        });
        MethodDescriptor.define(t, "close", "", (self, a) -> {
            Pair p = ((Pair) self).ready();
            PyException failure = null;
            try {
                IOBase.call(p.writer, "close");
            } catch (PyException e) {
                failure = e;
            }
            try {
                IOBase.call(p.reader, "close");
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
        GetSetDescriptor.define(t, "closed", self -> Ops.getAttr(((Pair) self).ready().writer, "closed"));
    }

    private static void defineInit(PyType t, boolean read, boolean write) {
        MethodDescriptor.define(t, "__init__", "raw, buffer_size=8192", (self, a) -> {
            init((Buffered) self, a[0], a[1], read, write);
            return Py.None;
        });
    }

    private static void defineCommon(PyType t) {
        MethodDescriptor.define(t, "flush", "", (self, a) -> {
            Buffered b = self(self);
            if (b.canWrite) {
                b.open("flush of closed file");
                b.flushWrites();
                if (b.canRead) {
                    b.dropReadAhead();
                }
                return Py.None;
            }
            return IOBase.call(b.raw, "flush");
        });
        MethodDescriptor.define(t, "close", "", (self, a) -> {
            Buffered b = self(self);
            if (b.rawClosed()) {
                return Py.None;
            }
            PyException failure = null;
            try {
                IOBase.call(self, "flush");
            } catch (PyException e) {
                failure = e;
            }
            try {
                IOBase.call(b.raw, "close");
            } catch (PyException e) {
                if (failure != null) {
                    e.value.context = failure.value;
                }
                throw e;
            }
            b.rpos = b.rlen = 0;
            if (failure != null) {
                throw failure;
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "detach", "", (self, a) -> {
            Buffered b = self(self);
            IOBase.call(self, "flush");
            Object raw = b.raw;
            b.raw = null;
            b.detached = true;
            return raw;
        });
        MethodDescriptor.define(t, "tell", "", (self, a) -> self(self).tell());
        MethodDescriptor.define(t, "seek", "target, whence=0, /", (self, a) -> {
            Buffered b = self(self);
            long target = Ops.indexAsInt(a[0]);
            int whence = Ops.indexAsInt(a[1]);
            if (whence < 0 || whence > 2) {
                throw Exceptions.valueError("whence value " + whence + " unsupported");
            }
            b.open("seek of closed file");
            return b.seek(target, whence);
        });
        MethodDescriptor.define(t, "truncate", "pos=None, /", (self, a) -> {
            Buffered b = self(self).open("truncate of closed file");
            if (!b.canWrite) {
                throw IOBase.unsupported("truncate");
            }
            b.flushWrites();
            b.dropReadAhead();
            Object pos = a[0] == Py.None ? (Object) b.rawTell() : a[0];
            return IOBase.call(b.raw, "truncate", pos);
        });
        GetSetDescriptor.define(t, "raw", self -> {
            Buffered b = (Buffered) self;
            if (!b.initialized) {
                throw IOBase.uninitialized();
            }
            return b.raw == null ? Py.None : b.raw;
        });
        GetSetDescriptor.define(t, "closed", self -> Py.bool(self(self).rawClosed()));
        GetSetDescriptor.define(t, "name", self -> Ops.getAttr(self(self).raw, "name"));
        GetSetDescriptor.define(t, "mode", self -> Ops.getAttr(self(self).raw, "mode"));
        for (String what : new String[] {"fileno", "isatty", "seekable"}) {
            MethodDescriptor.define(t, what, "", (self, a) -> IOBase.call(self(self).raw, what));
        }
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            PyType type = Py.typeOf(self);
            String typeName = type == READER || type == WRITER || type == RANDOM ? "_io." + type.name() : type.name();
            Object name;
            try {
                name = Ops.getAttrOrNull(self, "name");
            } catch (PyException e) {
                if (!e.value.type.isSubtypeOf(Exceptions.VALUE_ERROR)
                    && !e.value.type.isSubtypeOf(Exceptions.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                name = null;
            }
            return PyStr.of(name == null ? "<" + typeName + ">" : "<" + typeName + " name=" + Ops.reprString(name) + ">");
        });
    }

    private static void defineReading(PyType t) {
        MethodDescriptor.define(t, "readable", "", (self, a) -> IOBase.call(self(self).raw, "readable"));
        MethodDescriptor.define(t, "read", "size=-1, /", (self, a) -> {
            Buffered b = self(self);
            long n = IOBase.size(a[0]);
            if (n < -1) {
                throw Exceptions.valueError("read length must be non-negative or -1");
            }
            b.open("read of closed file");
            if (n == -1) {
                return b.readAll();
            }
            byte[] r = b.read((int) Math.min(n, Integer.MAX_VALUE - 8));
            return r == null ? Py.None : new PyBytes(r);
        });
        MethodDescriptor.define(t, "read1", "size=-1, /", (self, a) -> {
            Buffered b = self(self);
            long n = IOBase.size(a[0]);
            b.open("read of closed file");
            return new PyBytes(b.read1((int) (n < 0 ? b.bufferSize : Math.min(n, Integer.MAX_VALUE - 8))));
        });
        MethodDescriptor.define(t, "peek", "size=0, /", (self, a) -> new PyBytes(self(self).open("peek of closed file").peek()));
        MethodDescriptor.define(t, "readline", "size=-1, /", (self, a) -> {
            Buffered b = self(self);
            long limit = IOBase.size(a[0]);
            return new PyBytes(b.open("readline of closed file").readline(limit));
        });
        MethodDescriptor.define(t, "readinto", "buffer, /", (self, a) -> {
            Buffered b = self(self).open("readinto of closed file");
            int room = IOBase.writableLength(a[0]);
            byte[] got = b.read(room);
            if (got == null) {
                return Py.None;
            }
            IOBase.fill(a[0], got, got.length);
            return (long) got.length;
        });
        MethodDescriptor.define(t, "readinto1", "buffer, /", (self, a) -> {
            Buffered b = self(self).open("readinto of closed file");
            byte[] got = b.read1(IOBase.writableLength(a[0]));
            IOBase.fill(a[0], got, got.length);
            return (long) got.length;
        });
        MethodDescriptor.define(t, "__next__", "", (self, a) -> {
            byte[] line = self(self).open("readline of closed file").readline(-1);
            if (line.length == 0) {
                throw Exceptions.stopIteration(Py.None);
            }
            return new PyBytes(line);
        });
    }

    private static void defineWriting(PyType t) {
        MethodDescriptor.define(t, "writable", "", (self, a) -> IOBase.call(self(self).raw, "writable"));
        MethodDescriptor.define(t, "write", "buffer, /", (self, a) -> {
            Buffered b = self(self);
            byte[] data = IOBase.bytesLike(a[0]);
            b.open("write to closed file");
            b.write(data);
            return (long) data.length;
        });
    }
}
