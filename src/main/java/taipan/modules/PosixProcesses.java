package taipan.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyModule;
import taipan.runtime.PyTuple;

/**
 * The process functions of {@code posix}: {@code pipe}, {@code dup}/{@code dup2},
 * {@code waitpid}/{@code wait} for the children {@link ChildProcesses} started,
 * {@code kill}, and the wait-status macros ({@code WIFEXITED}, ...,
 * {@code waitstatus_to_exitcode}) over Linux's encoding. {@code kill} ends a
 * child with SIGTERM or SIGKILL through the JVM and sends other signals, and
 * signals to other processes, with the system's {@code kill} command.
 */
final class PosixProcesses {
    private PosixProcesses() {}

    static final long WNOHANG = 1;

    static void install(PyModule m) {
        m.dict.put(taipan.runtime.PyStr.of("WNOHANG"), WNOHANG);
        m.dict.put(taipan.runtime.PyStr.of("WUNTRACED"), 2L);
        m.dict.put(taipan.runtime.PyStr.of("WCONTINUED"), 8L);
        PosixModule.fn(m, "pipe", "", (s, a) -> {
            int[] fds = FileTable.current().pipe();
            return PyTuple.of((long) fds[0], (long) fds[1]);
        });
        PosixModule.fn(m, "dup", "fd, /", (s, a) -> (long) FileTable.current().dup(Ops.indexAsInt(a[0])));
        PosixModule.fn(m, "dup2", "fd, fd2, inheritable=True", (s, a) ->
            (long) FileTable.current().dup2(Ops.indexAsInt(a[0]), Ops.indexAsInt(a[1])));
        PosixModule.fn(m, "waitpid", "pid, options, /", (s, a) -> waitpid(index(a[0]), index(a[1])));
        PosixModule.fn(m, "wait", "", (s, a) -> waitpid(-1, 0));
        PosixModule.fn(m, "kill", "pid, signal, /", (s, a) -> {
            kill(index(a[0]), (int) index(a[1]));
            return Py.None;
        });
        PosixModule.fn(m, "WIFEXITED", "status", (s, a) -> Py.bool((status(a[0]) & 0x7F) == 0));
        PosixModule.fn(m, "WEXITSTATUS", "status", (s, a) -> (long) ((status(a[0]) >> 8) & 0xFF));
        PosixModule.fn(m, "WIFSIGNALED", "status", (s, a) -> {
            int st = status(a[0]);
            return Py.bool((st & 0x7F) != 0 && (st & 0x7F) != 0x7F);
        });
        PosixModule.fn(m, "WTERMSIG", "status", (s, a) -> (long) (status(a[0]) & 0x7F));
        PosixModule.fn(m, "WIFSTOPPED", "status", (s, a) -> Py.bool((status(a[0]) & 0xFF) == 0x7F));
        PosixModule.fn(m, "WSTOPSIG", "status", (s, a) -> (long) ((status(a[0]) >> 8) & 0xFF));
        PosixModule.fn(m, "WIFCONTINUED", "status", (s, a) -> Py.bool(status(a[0]) == 0xFFFF));
        PosixModule.fn(m, "WCOREDUMP", "status", (s, a) -> Py.bool((status(a[0]) & 0x80) != 0));
        PosixModule.fn(m, "waitstatus_to_exitcode", "status", (s, a) -> {
            int st = status(a[0]);
            if ((st & 0x7F) == 0) {
                return (long) ((st >> 8) & 0xFF);
            }
            if ((st & 0xFF) != 0x7F) {
                return (long) -(st & 0x7F);
            }
            throw Exceptions.valueError("invalid wait status: " + st);
        });
    }

    private static long index(Object o) {
        return (Long) Ops.index(o);
    }

    private static int status(Object o) {
        return (int) index(o);
    }

    private static Object waitpid(long pid, long options) {
        try {
            if (pid == -1 || pid == 0) {
                if (ChildProcesses.pids().isEmpty()) {
                    throw FileTable.error(10, null);
                }
                long done = ChildProcesses.waitAny((options & WNOHANG) != 0 ? 0 : -1);
                if (done == 0) {
                    return PyTuple.of(0L, 0L);
                }
                pid = done;
            }
            ChildProcesses.Child c = ChildProcesses.get(pid);
            if (c == null) {
                throw FileTable.error(10, null);
            }
            if ((options & WNOHANG) != 0 && !ChildProcesses.finished(c)) {
                return PyTuple.of(0L, 0L);
            }
            int st = ChildProcesses.status(c);
            ChildProcesses.forget(pid);
            return PyTuple.of(pid, (long) st);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FileTable.error(4, null);
        }
    }

    private static void kill(long pid, int signal) {
        ChildProcesses.Child c = ChildProcesses.get(pid);
        if (c != null && c.process == null) {
            return;
        }
        if (c != null && (signal == 9 || signal == 15 || signal == 0)) {
            if (signal != 0) {
                c.signalSent = signal;
                if (signal == 9) {
                    c.process.destroyForcibly();
                } else {
                    c.process.destroy();
                }
            }
            return;
        }
        if (c != null) {
            c.signalSent = signal;
        }
        try {
            Process p = new ProcessBuilder("kill", "-s", Integer.toString(signal), Long.toString(pid))
                .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw FileTable.error(out.contains("No such process") ? 3 : out.contains("not permitted") ? 1 : 22, null);
            }
        } catch (IOException e) {
            throw FileTable.error(38, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FileTable.error(4, null);
        }
    }
}
