package taipan.modules.io;

import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;
import java.nio.file.Path;
import taipan.modules.FileTable;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;

/**
 * {@code _io.FileIO}: unbuffered binary I/O on a descriptor of the runtime's {@link FileTable}
 * (the same numbers {@code os.open}/{@code os.read} use). Opens a path with modes r, w, x, a
 * (each with an optional +; 'b' is implied), or adopts a descriptor, closing it on
 * {@code close()} when {@code closefd}. An {@code opener} callable gets {@code (name, flags)}
 * and returns the descriptor. {@code name} is an instance attribute holding the argument.
 * A FileIO that owns its descriptor and becomes unreachable without being closed has the
 * descriptor closed by a {@link Cleaner} (CPython closes it when the object is freed).
 * {@code _blksize} is 4096, Linux's usual {@code st_blksize}.
 */
final class FileIOType {
    private FileIOType() {}

    static final PyType TYPE = IOBase.type("FileIO", IOBase.RAW_IOBASE, FileIOObject::new);

    private static final Cleaner CLEANER = Cleaner.create();

    static final class FileIOObject extends IOBase.IOObject {
        int fd = -1;
        boolean readable;
        boolean writable;
        boolean appending;
        boolean created;
        boolean closefd = true;
        /** True while the descriptor is open and owned here; the cleaner closes it only then. */
        AtomicBoolean owned;
        /** -1 unknown, else 0/1. */
        int seekable = -1;

        FileIOObject(PyType type) {
            super(type);
        }

        FileIOObject open() {
            if (fd < 0) {
                throw closedError();
            }
            return this;
        }

        FileIOObject forReading() {
            if (!open().readable) {
                throw IOBase.unsupported("File not open for reading");
            }
            return this;
        }

        FileIOObject forWriting() {
            if (!open().writable) {
                throw IOBase.unsupported("File not open for writing");
            }
            return this;
        }

        String mode() {
            if (created) {
                return readable ? "xb+" : "xb";
            } else if (appending) {
                return readable ? "ab+" : "ab";
            } else if (readable) {
                return writable ? "rb+" : "rb";
            }
            return "wb";
        }

        byte[] readAll() {
            FileTable table = FileTable.current();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] chunk = new byte[IOBase.DEFAULT_BUFFER_SIZE];
            while (true) {
                int n = table.read(fd, chunk, 0, chunk.length);
                if (n == 0) {
                    break;
                }
                out.write(chunk, 0, n);
                if (n == chunk.length && chunk.length < (1 << 20)) {
                    chunk = new byte[chunk.length * 2];
                }
            }
            return out.toByteArray();
        }
    }

    static PyException closedError() {
        return Exceptions.valueError("I/O operation on closed file");
    }

    private static FileIOObject self(Object o) {
        return (FileIOObject) o;
    }

    /** Parses a FileIO mode into the object's flags; the os.open flags. */
    private static int parseMode(FileIOObject f, String mode) {
        boolean rwa = false;
        boolean plus = false;
        int flags = 0;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x', 'r', 'w', 'a' -> {
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    if (c == 'x') {
                        f.created = true;
                        f.writable = true;
                        flags |= FileTable.O_EXCL | FileTable.O_CREAT;
                    } else if (c == 'r') {
                        f.readable = true;
                    } else if (c == 'w') {
                        f.writable = true;
                        flags |= FileTable.O_CREAT | FileTable.O_TRUNC;
                    } else {
                        f.writable = true;
                        f.appending = true;
                        flags |= FileTable.O_APPEND | FileTable.O_CREAT;
                    }
                }
                case 'b' -> { }
                case '+' -> {
                    if (plus) {
                        throw badMode();
                    }
                    f.readable = true;
                    f.writable = true;
                    plus = true;
                }
                default -> throw Exceptions.valueError("invalid mode: " + mode);
            }
        }
        if (!rwa) {
            throw badMode();
        }
        if (f.readable && f.writable) {
            flags |= FileTable.O_RDWR;
        } else if (f.writable) {
            flags |= FileTable.O_WRONLY;
        }
        return flags;
    }

    private static PyException badMode() {
        return Exceptions.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    private static void init(FileIOObject f, Object file, Object modeArg, boolean closefd, Object opener) {
        FileTable table = FileTable.current();
        if (f.fd >= 0) {
            if (f.closefd && f.owned.compareAndSet(true, false)) {
                table.close(f.fd);
            }
            f.fd = -1;
        }
        f.readable = f.writable = f.appending = f.created = false;
        f.seekable = -1;
        int fd = -1;
        if (Ops.isInt(file)) {
            fd = Ops.indexAsInt(file);
            if (fd < 0) {
                throw Exceptions.valueError("negative file descriptor");
            }
        } else {
            checkPath(file);
        }
        if (!(modeArg instanceof PyStr ms)) {
            throw Exceptions.typeError("FileIO() argument 'mode' must be str, not " + Py.typeOf(modeArg).name());
        }
        int flags = parseMode(f, ms.value());
        if (fd >= 0) {
            if (!table.isOpen(fd)) {
                throw FileTable.error(9, null);
            }
        } else {
            if (!closefd) {
                throw Exceptions.valueError("Cannot use closefd=False with file name");
            }
            if (opener == Py.None) {
                fd = table.open(file, flags);
            } else {
                Object r = Ops.call(opener, file, (long) flags);
                if (!Ops.isInt(r)) {
                    throw Exceptions.typeError("expected integer from opener");
                }
                fd = Ops.indexAsInt(r);
                if (fd < 0) {
                    throw Exceptions.valueError("opener returned " + fd);
                }
            }
            Path p = table.path(fd);
            if (p != null && Files.isDirectory(p)) {
                table.close(fd);
                throw FileTable.error(21, file);
            }
        }
        f.fd = fd;
        f.closefd = closefd;
        if (closefd) {
            f.owned = new AtomicBoolean(true);
            CLEANER.register(f, closer(table, fd, f.owned));
        }
        Ops.setAttr(f, "name", file);
        if (f.appending && table.seekable(fd)) {
            table.seek(fd, 0, 2);
        }
    }

    /** The cleanup of an unreachable FileIO (it must not refer to the FileIO itself). */
    private static Runnable closer(FileTable table, int fd, AtomicBoolean owned) {
        return () -> {
            if (owned.compareAndSet(true, false)) {
                try {
                    table.close(fd);
                } catch (RuntimeException ignored) {
                    // the descriptor is gone already
                }
            }
        };
    }

    private static void checkPath(Object file) {
        if (!(file instanceof PyStr || file instanceof PyBytes)
            && Ops.getAttrOrNull(Py.typeOf(file), "__fspath__") == null) {
            throw Exceptions.typeError("expected str, bytes or os.PathLike object, not " + Py.typeOf(file).name());
        }
    }

    static {
        PyType t = TYPE;
        MethodDescriptor.define(t, "__init__", "file, mode='r', closefd=True, opener=None", (self, a) -> {
            init(self(self), a[0], a[1], Ops.isTrue(a[2]), a[3]);
            return Py.None;
        });
        MethodDescriptor.define(t, "read", "size=-1, /", (self, a) -> {
            FileIOObject f = self(self).forReading();
            long n = IOBase.size(a[0]);
            if (n < 0) {
                return new PyBytes(f.readAll());
            }
            byte[] buf = new byte[(int) Math.min(n, Integer.MAX_VALUE - 8)];
            int got = FileTable.current().read(f.fd, buf, 0, buf.length);
            return new PyBytes(got == buf.length ? buf : java.util.Arrays.copyOf(buf, got));
        });
        MethodDescriptor.define(t, "readall", "", (self, a) -> new PyBytes(self(self).forReading().readAll()));
        MethodDescriptor.define(t, "readinto", "buffer, /", (self, a) -> {
            FileIOObject f = self(self).forReading();
            byte[] buf = new byte[IOBase.writableLength(a[0])];
            int got = FileTable.current().read(f.fd, buf, 0, buf.length);
            IOBase.fill(a[0], buf, got);
            return (long) got;
        });
        MethodDescriptor.define(t, "write", "b, /", (self, a) -> {
            FileIOObject f = self(self).forWriting();
            byte[] data = IOBase.bytesLike(a[0]);
            return (long) FileTable.current().write(f.fd, data, 0, data.length);
        });
        MethodDescriptor.define(t, "seek", "pos, whence=0, /", (self, a) -> {
            FileIOObject f = self(self).open();
            return FileTable.current().seek(f.fd, Ops.indexAsInt(a[0]), Ops.indexAsInt(a[1]));
        });
        MethodDescriptor.define(t, "tell", "", (self, a) -> FileTable.current().seek(self(self).open().fd, 0, 1));
        MethodDescriptor.define(t, "truncate", "size=None, /", (self, a) -> {
            FileIOObject f = self(self).forWriting();
            FileTable table = FileTable.current();
            long size = a[0] == Py.None ? table.seek(f.fd, 0, 1) : Ops.indexAsInt(a[0]);
            table.truncate(f.fd, size);
            return size;
        });
        MethodDescriptor.define(t, "seekable", "", (self, a) -> {
            FileIOObject f = self(self).open();
            if (f.seekable < 0) {
                f.seekable = FileTable.current().seekable(f.fd) ? 1 : 0;
            }
            return Py.bool(f.seekable == 1);
        });
        MethodDescriptor.define(t, "readable", "", (self, a) -> Py.bool(self(self).open().readable));
        MethodDescriptor.define(t, "writable", "", (self, a) -> Py.bool(self(self).open().writable));
        MethodDescriptor.define(t, "fileno", "", (self, a) -> (long) self(self).open().fd);
        MethodDescriptor.define(t, "isatty", "", (self, a) -> Py.bool(FileTable.current().isatty(self(self).open().fd)));
        MethodDescriptor.define(t, "close", "", (self, a) -> {
            FileIOObject f = self(self);
            try {
                Ops.invoke(IOBase.IOBASE.ownMember("close"), self);
            } finally {
                if (f.fd >= 0) {
                    int fd = f.fd;
                    f.fd = -1;
                    if (f.closefd && f.owned.compareAndSet(true, false)) {
                        FileTable.current().close(fd);
                    }
                }
            }
            return Py.None;
        });
        GetSetDescriptor.define(t, "closed", self -> Py.bool(self(self).fd < 0));
        GetSetDescriptor.define(t, "closefd", self -> Py.bool(self(self).closefd));
        GetSetDescriptor.define(t, "mode", self -> PyStr.of(self(self).mode()));
        GetSetDescriptor.define(t, "_blksize", self -> 4096L);
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            FileIOObject f = self(self);
            String type = "_io.FileIO";
            if (f.fd < 0) {
                return PyStr.of("<" + type + " [closed]>");
            }
            Object name = Ops.getAttrOrNull(self, "name");
            String what = name == null ? "fd=" + f.fd : "name=" + Ops.reprString(name);
            return PyStr.of("<" + type + " " + what + " mode='" + f.mode() + "' closefd=" + (f.closefd ? "True" : "False") + ">");
        });
    }
}
