package taipan.modules;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import taipan.runtime.Ops;
import taipan.runtime.Py;

/**
 * Child processes on the JVM: {@code _posixsubprocess.fork_exec} starts one with a
 * ProcessBuilder, and {@code os.waitpid}/{@code os.kill} find it here by pid.
 *
 * <p>The JVM cannot fork, so the child's standard streams are joined to the parent's
 * descriptors by pump threads: a pipe end the child should read from or write to (the
 * pipes {@code subprocess} makes with {@code os.pipe()}) is held by a pump that copies
 * between it and the process; a regular file is given to the process directly; the
 * parent's own standard output and error are fed by pumps too, so output stays in order
 * within each stream. A wait reports the child finished only after its output pumps have
 * drained. An executable that cannot be started is reported as the forked child of
 * CPython reports it: an "OSError:errno:" record on the error pipe and exit status 255.
 */
final class ChildProcesses {
    private ChildProcesses() {}

    /** A started (or failed-to-start) child. */
    static final class Child {
        final Process process;
        final List<Thread> outputPumps = new ArrayList<>();
        /** The exit status of a child that never started. */
        final int failedStatus;
        /** The last signal sent through os.kill, to tell a signal death from an exit code. */
        volatile int signalSent;

        Child(Process process, int failedStatus) {
            this.process = process;
            this.failedStatus = failedStatus;
        }
    }

    private static final Map<Long, Child> CHILDREN = new ConcurrentHashMap<>();
    /** Pids for children that never started, out of the range of real pids. */
    private static final AtomicLong FAILED_PIDS = new AtomicLong(1L << 30);

    static Child get(long pid) {
        return CHILDREN.get(pid);
    }

    static void forget(long pid) {
        CHILDREN.remove(pid);
    }

    static java.util.Set<Long> pids() {
        return CHILDREN.keySet();
    }

    /** The wait status of a finished child (as waitpid encodes it). */
    static int status(Child c) throws InterruptedException {
        if (c.process == null) {
            return c.failedStatus;
        }
        int code = c.process.waitFor();
        for (Thread t : c.outputPumps) {
            t.join();
        }
        if (c.signalSent != 0 && code == 128 + c.signalSent) {
            return c.signalSent;
        }
        return (code & 0xFF) << 8;
    }

    static boolean finished(Child c) {
        return c.process == null || !c.process.isAlive();
    }

    /** {@code _posixsubprocess.fork_exec}, for the arguments subprocess passes on Linux. */
    static long forkExec(Object args, Object executables, Object cwdArg, Object env, int p2cread, int c2pwrite,
                         int errwrite, int errpipeWrite) {
        FileTable files = FileTable.current();
        Path cwd = cwdArg == Py.None ? files.cwd() : files.resolve(cwdArg);
        if (!Files.isDirectory(cwd)) {
            return failed(files, errpipeWrite, 2, true);
        }
        List<String> command = new ArrayList<>();
        String program = null;
        Object it = Ops.iter(executables);
        for (Object e = Ops.next(it); e != null; e = Ops.next(it)) {
            Path p = cwd.resolve(PosixPaths.text(e));
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                program = p.toString();
                break;
            }
        }
        if (program == null) {
            return failed(files, errpipeWrite, 2, false);
        }
        command.add(program);
        Object argIt = Ops.iter(args);
        boolean first = true;
        for (Object a = Ops.next(argIt); a != null; a = Ops.next(argIt)) {
            if (!first) {
                command.add(PosixPaths.text(a));
            }
            first = false;
        }
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        Map<String, String> environment = pb.environment();
        environment.clear();
        if (env == Py.None) {
            synchronized (files.environment) {
                environment.putAll(files.environment);
            }
        } else {
            Object envIt = Ops.iter(env);
            for (Object kv = Ops.next(envIt); kv != null; kv = Ops.next(envIt)) {
                String s = PosixPaths.text(kv);
                int eq = s.indexOf('=');
                if (eq > 0) {
                    environment.put(s.substring(0, eq), s.substring(eq + 1));
                }
            }
        }
        Pipe stdinPipe = p2cread < 0 ? null : files.pipeOf(p2cread);
        if (p2cread < 0) {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        } else if (stdinPipe == null && files.path(p2cread) != null) {
            pb.redirectInput(files.path(p2cread).toFile());
        }
        Sink out = sink(files, c2pwrite < 0 ? 1 : c2pwrite);
        boolean merged = errwrite >= 0 && errwrite == c2pwrite;
        Sink err = merged ? null : sink(files, errwrite < 0 ? 2 : errwrite);
        if (out.file != null) {
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(out.file));
        }
        if (merged) {
            pb.redirectErrorStream(true);
        } else if (err.file != null) {
            pb.redirectError(ProcessBuilder.Redirect.appendTo(err.file));
        }
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            return failed(files, errpipeWrite, errnoOf(e), false);
        }
        Child child = new Child(process, 0);
        if (stdinPipe != null) {
            stdinPipe.openReader();
            pump(stdinPipe.inputStream(), process.getOutputStream(), "stdin");
        } else if (p2cread >= 0 && files.path(p2cread) == null) {
            closeQuietly(process.getOutputStream());
        }
        if (out.stream != null) {
            child.outputPumps.add(pump(process.getInputStream(), out.stream, "stdout"));
        }
        if (err != null && err.stream != null) {
            child.outputPumps.add(pump(process.getErrorStream(), err.stream, "stderr"));
        }
        CHILDREN.put(process.pid(), child);
        return process.pid();
    }

    /** Where a child's output descriptor goes: a file the process writes itself, or a stream a pump feeds. */
    private record Sink(File file, OutputStream stream) {}

    private static Sink sink(FileTable files, int fd) {
        Pipe pipe = files.pipeOf(fd);
        if (pipe != null) {
            pipe.openWriter();
            return new Sink(null, pipe.outputStream());
        }
        Path path = files.path(fd);
        if (path != null) {
            return new Sink(path.toFile(), null);
        }
        OutputStream standard = files.standardOutput(fd);
        if (standard == null) {
            throw FileTable.error(9, null);
        }
        return new Sink(null, new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                standard.write(b, off, len);
                standard.flush();
            }
        });
    }

    private static Thread pump(InputStream from, OutputStream to, String what) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                for (int n = from.read(buf); n >= 0; n = from.read(buf)) {
                    to.write(buf, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // the other side went away: nothing more to copy
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "taipan-child-" + what);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    private static long failed(FileTable files, int errpipeWrite, int errno, boolean beforeExec) {
        byte[] record = ("OSError:" + Integer.toHexString(errno) + ":" + (beforeExec ? "noexec" : ""))
            .getBytes(StandardCharsets.US_ASCII);
        files.write(errpipeWrite, record, 0, record.length);
        long pid = FAILED_PIDS.incrementAndGet();
        CHILDREN.put(pid, new Child(null, 255 << 8));
        return pid;
    }

    /** The errno in a ProcessBuilder failure ("error=13, Permission denied"), else ENOENT. */
    private static int errnoOf(IOException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("error=");
        if (at >= 0) {
            int end = at + 6;
            while (end < m.length() && Character.isDigit(m.charAt(end))) {
                end++;
            }
            if (end > at + 6) {
                return Integer.parseInt(m.substring(at + 6, end));
            }
        }
        return 2;
    }

    /** Waits up to {@code millis} for any of the given children to finish; its pid, or 0. */
    static long waitAny(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (true) {
            for (Map.Entry<Long, Child> e : CHILDREN.entrySet()) {
                if (finished(e.getValue())) {
                    return e.getKey();
                }
            }
            if (millis >= 0 && System.nanoTime() >= deadline) {
                return 0;
            }
            Thread.sleep(5);
        }
    }
}
