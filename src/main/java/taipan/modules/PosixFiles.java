package taipan.modules;

import java.io.IOException;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyBytes;
import taipan.runtime.PyModule;
import taipan.runtime.PyTuple;

/**
 * Raw file descriptors for the {@code posix} module ({@code open}, {@code read}, {@code write},
 * {@code lseek}, {@code close}, {@code fstat}, {@code ftruncate}, {@code isatty}) over the runtime's
 * {@link FileTable}, which {@code _io.FileIO} shares. Writes to 1 and 2 flush {@code sys.stdout}
 * and {@code sys.stderr} first, so earlier prints come first. {@code get_terminal_size} asks
 * {@code stty}, for a process attached to a terminal.
 */
final class PosixFiles {
    private PosixFiles() {}

    static void install(PyModule m) {
        PosixModule.fn(m, "open", "path, flags, mode=511", (s, a) ->
            (long) FileTable.current().open(a[0], Ops.indexAsInt(a[1])));
        PosixModule.fn(m, "close", "fd", (s, a) -> {
            FileTable.current().close(Ops.indexAsInt(a[0]));
            return Py.None;
        });
        PosixModule.fn(m, "read", "fd, length, /", (s, a) -> {
            int n = Ops.indexAsInt(a[1]);
            if (n < 0) {
                throw PosixPaths.error(22, null);
            }
            byte[] buf = new byte[n];
            int got = FileTable.current().read(Ops.indexAsInt(a[0]), buf, 0, n);
            return new PyBytes(got == n ? buf : java.util.Arrays.copyOf(buf, got));
        });
        PosixModule.fn(m, "write", "fd, data, /", (s, a) -> write(Ops.indexAsInt(a[0]), bytesOf(a[1])));
        PosixModule.fn(m, "lseek", "fd, position, whence, /", (s, a) ->
            FileTable.current().seek(Ops.indexAsInt(a[0]), Ops.indexAsInt(a[1]), Ops.indexAsInt(a[2])));
        PosixModule.fn(m, "ftruncate", "fd, length, /", (s, a) -> {
            FileTable.current().truncate(Ops.indexAsInt(a[0]), Ops.indexAsInt(a[1]));
            return Py.None;
        });
        PosixModule.fn(m, "fstat", "fd", (s, a) -> {
            int fd = Ops.indexAsInt(a[0]);
            java.nio.file.Path p = FileTable.current().path(fd);
            if (p == null) {
                p = java.nio.file.Path.of("/proc/self/fd/" + fd);
            }
            try {
                return PosixStat.stat(p, true);
            } catch (IOException e) {
                throw PosixPaths.error(e, null, null);
            }
        });
        PosixModule.fn(m, "isatty", "fd, /", (s, a) -> {
            int fd = Ops.indexAsInt(a[0]);
            return FileTable.current().isOpen(fd) && FileTable.current().isatty(fd);
        });
        PosixModule.fn(m, "get_terminal_size", "fd=1, /", (s, a) -> {
            int fd = Ops.indexAsInt(a[0]);
            if (!FileTable.current().isOpen(fd) || !FileTable.current().isatty(fd)) {
                throw PosixPaths.error(25, null);
            }
            try {
                Process p = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty")).start();
                String[] size = new String(p.getInputStream().readAllBytes()).strip().split(" ");
                return new PyTuple(PosixStat.TERMINAL_SIZE, new Object[] {Long.parseLong(size[1]), Long.parseLong(size[0])});
            } catch (IOException | RuntimeException e) {
                throw PosixPaths.error(25, null);
            }
        });
    }

    private static Object write(int fd, byte[] data) {
        if (fd == 1 || fd == 2) {
            for (String name : new String[] {"stdout", "stderr"}) {
                Object stream = taipan.interpreter.Sys.get(name);
                if (stream != null && stream != Py.None) {
                    Ops.call(Ops.getAttr(stream, "flush"));
                }
            }
        }
        return (long) FileTable.current().write(fd, data, 0, data.length);
    }

    private static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        } else if (o instanceof PyByteArray b) {
            return java.util.Arrays.copyOf(b.bytes, b.size);
        }
        byte[] view = taipan.runtime.BufferProtocol.simpleBytesOrNull(o);
        if (view != null) {
            return view;
        }
        throw taipan.runtime.Exceptions.typeError("a bytes-like object is required, not '" + Py.typeOf(o).name() + "'");
    }
}
