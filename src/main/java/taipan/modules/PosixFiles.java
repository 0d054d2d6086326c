package taipan.modules;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyBytes;
import taipan.runtime.PyModule;
import taipan.runtime.PyTuple;

/**
 * Raw file descriptors for the {@code posix} module: a table of FileChannels
 * from 3 up ({@code open}, {@code read}, {@code write}, {@code lseek},
 * {@code close}, {@code fstat}), with 0, 1 and 2 reading the JVM's standard
 * input and writing its standard output and error (after flushing
 * {@code sys.stdout} and {@code sys.stderr}, so earlier prints come first). {@code isatty} and
 * {@code get_terminal_size} ask the JVM's console, which knows only whether
 * the process as a whole is attached to a terminal.
 */
final class PosixFiles {
    private final Supplier<Path> cwd;
    private final Map<Long, FileChannel> channels = new HashMap<>();
    private final Map<Long, Path> paths = new HashMap<>();
    private long nextFd = 3;

    PosixFiles(Supplier<Path> cwd) {
        this.cwd = cwd;
    }

    void install(PyModule m) {
        PosixModule.fn(m, "open", "path, flags, mode=511", (s, a) -> open(a[0], Ops.indexAsInt(a[1])));
        PosixModule.fn(m, "close", "fd", (s, a) -> {
            FileChannel c = channel(Ops.indexAsInt(a[0]));
            channels.remove(Ops.indexAsInt(a[0]));
            paths.remove(Ops.indexAsInt(a[0]));
            try {
                c.close();
            } catch (IOException e) {
                throw PosixPaths.error(e, null, null);
            }
            return Py.None;
        });
        PosixModule.fn(m, "read", "fd, length, /", (s, a) -> read(Ops.indexAsInt(a[0]), (int) Ops.indexAsInt(a[1])));
        PosixModule.fn(m, "write", "fd, data, /", (s, a) -> write(Ops.indexAsInt(a[0]), bytesOf(a[1])));
        PosixModule.fn(m, "lseek", "fd, position, whence, /", (s, a) -> {
            FileChannel c = channel(Ops.indexAsInt(a[0]));
            long pos = Ops.indexAsInt(a[1]);
            try {
                long base = switch ((int) Ops.indexAsInt(a[2])) {
                    case 0 -> 0;
                    case 1 -> c.position();
                    case 2 -> c.size();
                    default -> throw PosixPaths.error(22, null);
                };
                if (base + pos < 0) {
                    throw PosixPaths.error(22, null);
                }
                c.position(base + pos);
                return base + pos;
            } catch (IOException e) {
                throw PosixPaths.error(e, null, null);
            }
        });
        PosixModule.fn(m, "fstat", "fd", (s, a) -> {
            long fd = Ops.indexAsInt(a[0]);
            channel(fd);
            try {
                return PosixStat.stat(paths.get(fd), true);
            } catch (IOException e) {
                throw PosixPaths.error(e, null, null);
            }
        });
        PosixModule.fn(m, "isatty", "fd, /", (s, a) -> isTerminal(Ops.indexAsInt(a[0])));
        PosixModule.fn(m, "get_terminal_size", "fd=1, /", (s, a) -> {
            if (!isTerminal(Ops.indexAsInt(a[0]))) {
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

    private static boolean isTerminal(long fd) {
        java.io.Console c = System.console();
        return fd >= 0 && fd <= 2 && c != null && c.isTerminal();
    }

    private Object open(Object file, long flags) {
        Set<OpenOption> opts = new HashSet<>();
        long access = flags & 3;
        if (access == 0 || access == 2) {
            opts.add(StandardOpenOption.READ);
        }
        if (access == 1 || access == 2) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & 0100) != 0) {
            opts.add((flags & 0200) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & 01000) != 0) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & 02000) != 0) {
            opts.add(StandardOpenOption.APPEND);
        }
        Path p = PosixPaths.resolve(cwd.get(), file);
        if (Files.isDirectory(p) && access != 0) {
            throw PosixPaths.error(21, file);
        }
        try {
            FileChannel c = FileChannel.open(p, opts);
            long fd = nextFd++;
            channels.put(fd, c);
            paths.put(fd, p);
            return fd;
        } catch (IOException e) {
            throw PosixPaths.error(e, file, null);
        }
    }

    private FileChannel channel(long fd) {
        FileChannel c = channels.get(fd);
        if (c == null) {
            throw PosixPaths.error(9, null);
        }
        return c;
    }

    private Object read(long fd, int n) {
        if (n < 0) {
            throw PosixPaths.error(22, null);
        }
        try {
            if (fd == 0) {
                byte[] b = new byte[n];
                int got = new FileInputStream(FileDescriptor.in).read(b);
                return new PyBytes(java.util.Arrays.copyOf(b, Math.max(got, 0)));
            }
            ByteBuffer buf = ByteBuffer.allocate(n);
            int got = channel(fd).read(buf);
            return new PyBytes(java.util.Arrays.copyOf(buf.array(), Math.max(got, 0)));
        } catch (IOException e) {
            throw PosixPaths.error(e, null, null);
        }
    }

    private Object write(long fd, byte[] data) {
        try {
            if (fd == 1 || fd == 2) {
                for (String name : new String[] {"stdout", "stderr"}) {
                    Object stream = taipan.interpreter.Sys.get(name);
                    if (stream != null && stream != Py.None) {
                        Ops.call(Ops.getAttr(stream, "flush"));
                    }
                }
                System.out.flush();
                System.err.flush();
                FileOutputStream out = new FileOutputStream(fd == 1 ? FileDescriptor.out : FileDescriptor.err);
                out.write(data);
                out.flush();
                return (long) data.length;
            }
            return (long) channel(fd).write(ByteBuffer.wrap(data));
        } catch (IOException e) {
            throw PosixPaths.error(e, null, null);
        }
    }

    private static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        } else if (o instanceof PyByteArray b) {
            return java.util.Arrays.copyOf(b.bytes, b.size);
        }
        throw taipan.runtime.Exceptions.typeError("a bytes-like object is required, not '" + Py.typeOf(o).name() + "'");
    }
}
