package taipan.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import taipan.runtime.PyException;

/**
 * The process-level file state of the running program, shared by {@code posix} and {@code _io}:
 * the current directory (the JVM cannot change its own, so relative paths resolve against this
 * one), the environment child processes inherit ({@code putenv}/{@code unsetenv} change it; the
 * JVM's own cannot change) and the table of raw file descriptors. New descriptors take the lowest free number, as on
 * POSIX; 0, 1 and 2 are the runtime's standard input, output and error streams (a write to them
 * goes straight to the Java stream and flushes it). Files are FileChannels; O_APPEND is done by
 * moving to the end before each write, because Java cannot open a channel for both reading and
 * appending. Pipes ({@link Pipe}) live in this process; a descriptor made by {@code dup}
 * shares its open file with the original, which closes with the last of them. Failures raise
 * OSError with Linux's errno and message.
 *
 * <p>Contract: one table per runtime; {@link #reset} installs a fresh one when a runtime starts
 * ({@link #current} makes one over System.in/out/err if no runtime did).
 */
public final class FileTable {
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_CREAT = 0100;
    public static final int O_EXCL = 0200;
    public static final int O_TRUNC = 01000;
    public static final int O_APPEND = 02000;

    private static volatile FileTable current;

    /** One open file: a file channel, a directory (channel null), a standard stream or a pipe end. */
    private static final class Entry {
        final FileChannel channel;
        final InputStream in;
        final OutputStream out;
        final Path path;
        final boolean append;
        final boolean standard;
        final Pipe pipe;
        final boolean readEnd;
        final SocketEndpoint socket;
        /** Descriptors referring to this open file. */
        int refs = 1;

        Entry(SocketEndpoint socket) {
            this.channel = null;
            this.in = null;
            this.out = null;
            this.path = null;
            this.append = false;
            this.standard = false;
            this.pipe = null;
            this.readEnd = false;
            this.socket = socket;
        }

        Entry(Pipe pipe, boolean readEnd) {
            this.channel = null;
            this.in = null;
            this.out = null;
            this.path = null;
            this.append = false;
            this.standard = false;
            this.pipe = pipe;
            this.readEnd = readEnd;
            this.socket = null;
        }

        Entry(FileChannel channel, Path path, boolean append) {
            this.channel = channel;
            this.in = null;
            this.out = null;
            this.path = path;
            this.append = append;
            this.standard = false;
            this.pipe = null;
            this.readEnd = false;
            this.socket = null;
        }

        Entry(InputStream in, OutputStream out) {
            this.channel = null;
            this.in = in;
            this.out = out;
            this.path = null;
            this.append = false;
            this.standard = true;
            this.pipe = null;
            this.readEnd = false;
            this.socket = null;
        }
    }

    /**
     * A stream holding written data that has not reached its file yet: flushed when the program
     * ends, and before its file is opened again (CPython writes out a dropped file object at
     * once, so {@code open(p, "w").write(s)} followed by reading {@code p} sees {@code s}).
     */
    public interface Unflushed {
        void flushPending();

        /** The file the data goes to, or null when unknown. */
        Path path();
    }

    private final TreeMap<Integer, Entry> table = new TreeMap<>();
    private final Set<Unflushed> unflushed = new java.util.LinkedHashSet<>();
    private Path cwd = Paths.get("").toAbsolutePath();
    /** The value of an environment variable as child processes would see it, or null. */
    public String getenv(String name) {
        return environment.get(name);
    }

    /** The environment child processes get when none is given. */
    final java.util.Map<String, String> environment = java.util.Collections.synchronizedMap(
        new java.util.TreeMap<>(System.getenv()));
    /** Whether the standard streams are a terminal. */
    private final boolean terminal;

    private FileTable(InputStream in, OutputStream out, OutputStream err, boolean terminal) {
        this.terminal = terminal;
        table.put(0, new Entry(in, null));
        table.put(1, new Entry(null, out));
        table.put(2, new Entry(null, err));
    }

    /** Installs a fresh table whose descriptors 0, 1 and 2 are the given streams ({@code terminal}: a tty's). */
    public static void reset(InputStream in, OutputStream out, OutputStream err, boolean terminal) {
        current = new FileTable(in, out, err, terminal);
    }

    public static FileTable current() {
        FileTable t = current;
        if (t == null) {
            synchronized (FileTable.class) {
                if (current == null) {
                    current = new FileTable(System.in, System.out, System.err, false);
                }
                t = current;
            }
        }
        return t;
    }

    public synchronized Path cwd() {
        return cwd;
    }

    public synchronized void setCwd(Path p) {
        cwd = p;
    }

    /** The path argument {@code file} (str, bytes or os.PathLike) resolved against the current directory. */
    public Path resolve(Object file) {
        return PosixPaths.resolve(cwd(), file);
    }

    private synchronized Entry entry(int fd) {
        Entry e = table.get(fd);
        if (e == null) {
            throw PosixPaths.error(9, null);
        }
        return e;
    }

    private synchronized int add(Entry e) {
        int fd = 0;
        while (table.containsKey(fd)) {
            fd++;
        }
        table.put(fd, e);
        return fd;
    }

    /** {@code open(2)}: the new descriptor for {@code file} (named {@code filename} in errors). */
    public int open(Object file, int flags) {
        Path p = resolve(file);
        flushPending(p);
        Set<OpenOption> opts = new HashSet<>();
        int access = flags & 3;
        if (access == 0 || access == O_RDWR) {
            opts.add(StandardOpenOption.READ);
        }
        if (access == O_WRONLY || access == O_RDWR) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (Files.isDirectory(p)) {
            if ((flags & O_CREAT) != 0 && (flags & O_EXCL) != 0) {
                throw PosixPaths.error(17, file);
            }
            if (access != 0) {
                throw PosixPaths.error(21, file);
            }
            return add(new Entry(null, p, false));
        }
        try {
            return add(new Entry(openChannel(p, opts), p, (flags & O_APPEND) != 0));
        } catch (IOException e) {
            throw PosixPaths.error(e, file, null);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw PosixPaths.error(22, file);
        }
    }

    /**
     * Opens a channel; when the process is out of descriptors, first lets the garbage collector
     * run so that cleaners close the files of unreachable file objects, then tries once more.
     */
    private static FileChannel openChannel(Path p, Set<OpenOption> opts) throws IOException {
        try {
            return FileChannel.open(p, opts);
        } catch (java.nio.file.FileSystemException e) {
            if (!"Too many open files".equals(e.getReason())) {
                throw e;
            }
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
            }
            return FileChannel.open(p, opts);
        }
    }

    /** {@code pipe(2)}: the read and the write descriptor of a new pipe. */
    public int[] pipe() {
        Pipe p = new Pipe();
        int r = add(new Entry(p, true));
        return new int[] {r, add(new Entry(p, false))};
    }

    /** {@code dup(2)}: a new descriptor (the lowest free) for the open file of {@code fd}. */
    public synchronized int dup(int fd) {
        Entry e = entry(fd);
        e.refs++;
        return add(e);
    }

    /** {@code dup2(2)}: makes {@code fd2} refer to the open file of {@code fd}, closing what it referred to. */
    public int dup2(int fd, int fd2) {
        Entry e;
        synchronized (this) {
            e = entry(fd);
            if (fd == fd2) {
                return fd2;
            }
            e.refs++;
        }
        if (isOpen(fd2)) {
            close(fd2);
        }
        synchronized (this) {
            table.put(fd2, e);
        }
        return fd2;
    }

    public void close(int fd) {
        Entry e;
        synchronized (this) {
            e = entry(fd);
            table.remove(fd);
            if (--e.refs > 0) {
                return;
            }
        }
        if (e.pipe != null) {
            if (e.readEnd) {
                e.pipe.closeReader();
            } else {
                e.pipe.closeWriter();
            }
            return;
        }
        if (e.socket != null) {
            e.socket.close();
            return;
        }
        if (e.channel != null) {
            try {
                e.channel.close();
            } catch (IOException x) {
                throw PosixPaths.error(x, null, null);
            }
        }
    }

    /** Whether {@code fd} is open. */
    public synchronized boolean isOpen(int fd) {
        return table.containsKey(fd);
    }

    /** Reads up to {@code len} bytes into {@code buf[off:]}; 0 at end of file. */
    public int read(int fd, byte[] buf, int off, int len) {
        Entry e = entry(fd);
        try {
            if (e.pipe != null) {
                if (!e.readEnd) {
                    throw PosixPaths.error(9, null);
                }
                return e.pipe.read(buf, off, len);
            }
            if (e.socket != null) {
                return e.socket.recv(buf, off, len);
            }
            if (e.standard) {
                if (e.in == null) {
                    throw PosixPaths.error(9, null);
                }
                int n = e.in.read(buf, off, len);
                return Math.max(n, 0);
            }
            if (e.channel == null) {
                throw PosixPaths.error(21, null);
            }
            int n = e.channel.read(ByteBuffer.wrap(buf, off, len));
            return Math.max(n, 0);
        } catch (IOException x) {
            throw PosixPaths.error(x, null, null);
        } catch (java.nio.channels.NonReadableChannelException x) {
            throw PosixPaths.error(9, null);
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            throw PosixPaths.error(4, null);
        }
    }

    /** Writes {@code buf[off:off+len]}; the number of bytes written. */
    public int write(int fd, byte[] buf, int off, int len) {
        Entry e = entry(fd);
        try {
            if (e.pipe != null) {
                if (e.readEnd) {
                    throw PosixPaths.error(9, null);
                }
                if (!e.pipe.write(buf, off, len)) {
                    throw PosixPaths.error(32, null);
                }
                return len;
            }
            if (e.socket != null) {
                return e.socket.send(buf, off, len);
            }
            if (e.standard) {
                if (e.out == null) {
                    throw PosixPaths.error(9, null);
                }
                e.out.write(buf, off, len);
                e.out.flush();
                return len;
            }
            if (e.channel == null) {
                throw PosixPaths.error(9, null);
            }
            if (e.append) {
                e.channel.position(e.channel.size());
            }
            ByteBuffer b = ByteBuffer.wrap(buf, off, len);
            while (b.hasRemaining()) {
                e.channel.write(b);
            }
            return len;
        } catch (IOException x) {
            throw PosixPaths.error(x, null, null);
        } catch (java.nio.channels.NonWritableChannelException x) {
            throw PosixPaths.error(9, null);
        }
    }

    /** {@code lseek(2)}: the new position. Standard streams cannot seek (ESPIPE). */
    public long seek(int fd, long pos, int whence) {
        Entry e = entry(fd);
        if (e.standard || e.pipe != null || e.socket != null) {
            throw PosixPaths.error(29, null);
        }
        try {
            long base = switch (whence) {
                case 0 -> 0;
                case 1 -> e.channel == null ? 0 : e.channel.position();
                case 2 -> e.channel == null ? 0 : e.channel.size();
                default -> throw PosixPaths.error(22, null);
            };
            if (base + pos < 0) {
                throw PosixPaths.error(22, null);
            }
            if (e.channel != null) {
                e.channel.position(base + pos);
            }
            return base + pos;
        } catch (IOException x) {
            throw PosixPaths.error(x, null, null);
        }
    }

    /** {@code ftruncate(2)}: cuts or zero-extends the file to {@code size} bytes. */
    public void truncate(int fd, long size) {
        Entry e = entry(fd);
        if (e.channel == null) {
            throw PosixPaths.error(22, null);
        }
        try {
            long old = e.channel.size();
            if (size < old) {
                long pos = e.channel.position();
                e.channel.truncate(size);
                e.channel.position(pos);
            } else if (size > old) {
                e.channel.write(ByteBuffer.wrap(new byte[(int) (size - old)]), old);
            }
        } catch (IOException x) {
            throw PosixPaths.error(x, null, null);
        } catch (java.nio.channels.NonWritableChannelException x) {
            throw PosixPaths.error(22, null);
        }
    }

    /** The file behind {@code fd}, or null for a standard stream or a descriptor that is not open. */
    public synchronized Path pathOrNull(int fd) {
        Entry e = table.get(fd);
        return e == null ? null : e.path;
    }

    /** The file behind {@code fd} (null for a standard stream). */
    public Path path(int fd) {
        return entry(fd).path;
    }

    /** Whether {@code fd} is a standard stream of a process attached to a terminal. */
    public boolean isatty(int fd) {
        return entry(fd).standard && terminal;
    }

    /** Whether {@code fd} supports seeking. */
    public boolean seekable(int fd) {
        Entry e = entry(fd);
        return !e.standard && e.pipe == null && e.socket == null;
    }

    /** A new descriptor for a socket. */
    int addSocket(SocketEndpoint socket) {
        return add(new Entry(socket));
    }

    /** The socket behind {@code fd}, or null when it is not one. */
    SocketEndpoint socketOf(int fd) {
        return entry(fd).socket;
    }

    /** The pipe behind {@code fd}, or null when it is not a pipe end. */
    Pipe pipeOf(int fd) {
        return entry(fd).pipe;
    }

    /** The Java stream a standard descriptor writes to, or null when {@code fd} is not one. */
    OutputStream standardOutput(int fd) {
        Entry e = entry(fd);
        return e.standard ? e.out : null;
    }

    /** Whether a read of {@code fd} would not block (select's "ready to read"). */
    boolean readReady(int fd) {
        Entry e = entry(fd);
        if (e.socket != null) {
            return e.socket.readReady();
        }
        return e.pipe == null || !e.readEnd || e.pipe.readable();
    }

    /** Whether {@code fd} is the read end of a pipe. */
    boolean isReadEnd(int fd) {
        Entry e = entry(fd);
        return e.pipe != null && e.readEnd;
    }

    /** Remembers {@code s} (strongly) until {@link #flushed} or the program's end. */
    public synchronized void holdUnflushed(Unflushed s) {
        unflushed.add(s);
    }

    public synchronized void flushed(Unflushed s) {
        unflushed.remove(s);
    }

    /**
     * Writes out what every stream still holds, as CPython's finalizers do for files never
     * closed; failures are ignored. Streams that pass data on to others are flushed again.
     */
    public void flushAtExit() {
        flushPending(null);
    }

    /** Flushes the unflushed streams writing to {@code target} (all of them for null), ignoring failures. */
    private void flushPending(Path target) {
        for (int round = 0; round < 4; round++) {
            java.util.List<Unflushed> now = new java.util.ArrayList<>();
            synchronized (this) {
                for (Unflushed s : unflushed) {
                    Path to = target == null ? null : s.path();
                    if (target == null || to != null && target.normalize().equals(to.normalize())) {
                        now.add(s);
                    }
                }
            }
            if (now.isEmpty()) {
                return;
            }
            for (Unflushed s : now) {
                flushed(s);
                try {
                    s.flushPending();
                } catch (PyException ignored) {
                    // as when CPython finalizes an unclosed file whose flush fails
                }
            }
        }
    }

    /** Raises OSError(errno) for failures found outside this table. */
    public static PyException error(int errno, Object filename) {
        return PosixPaths.error(errno, filename);
    }
}
