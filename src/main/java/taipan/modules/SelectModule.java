package taipan.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.FloatMethods;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * The {@code select} module over Taipan's descriptor table ({@link FileTable}):
 * {@code select()} and {@code poll()} (no epoll, so {@code selectors} picks
 * PollSelector). Regular files and standard streams are always ready, as on
 * Linux for files; a pipe's read end is ready when it holds bytes or has no
 * writer left (then poll also reports POLLHUP); write ends are always ready,
 * because Taipan's pipes grow instead of blocking. Waiting sleeps on the
 * monitor every pipe notifies when its state changes.
 */
public final class SelectModule {
    private SelectModule() {}

    static final int POLLIN = 1;
    static final int POLLPRI = 2;
    static final int POLLOUT = 4;
    static final int POLLERR = 8;
    static final int POLLHUP = 16;
    static final int POLLNVAL = 32;

    private static final PyType POLL = BuiltinTypes.builtin("poll", BuiltinTypes.OBJECT, null);

    /** A poll object: registered descriptors with their event masks, in registration order. */
    static final class Poll extends PyObject {
        final Map<Integer, Integer> registered = new LinkedHashMap<>();

        Poll() {
            super(POLL);
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("select");
        put(m, "error", Exceptions.OS_ERROR);
        put(m, "PIPE_BUF", 4096L);
        String[] names = {"POLLIN", "POLLPRI", "POLLOUT", "POLLERR", "POLLHUP", "POLLNVAL", "POLLRDNORM", "POLLRDBAND",
            "POLLWRNORM", "POLLWRBAND", "POLLMSG", "POLLRDHUP"};
        long[] values = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 0x2000};
        for (int i = 0; i < names.length; i++) {
            put(m, names[i], values[i]);
        }
        POLL.define("__module__", PyStr.of("select"));
        m.dict.put(PyStr.of("select"), BuiltinFunction.of("select", "select", "rlist, wlist, xlist, timeout=None, /",
            (s, a) -> select(a[0], a[1], a[2], a[3])));
        m.dict.put(PyStr.of("poll"), BuiltinFunction.of("select", "poll", "", (s, a) -> new Poll()));
        MethodDescriptor.define(POLL, "register", "fd, eventmask=7, /", (self, a) -> {
            ((Poll) self).registered.put(fileno(a[0]), Ops.indexAsInt(a[1]));
            return Py.None;
        });
        MethodDescriptor.define(POLL, "modify", "fd, eventmask, /", (self, a) -> {
            int fd = fileno(a[0]);
            Poll p = (Poll) self;
            if (!p.registered.containsKey(fd)) {
                throw FileTable.error(2, null);
            }
            p.registered.put(fd, Ops.indexAsInt(a[1]));
            return Py.None;
        });
        MethodDescriptor.define(POLL, "unregister", "fd, /", (self, a) -> {
            int fd = fileno(a[0]);
            if (((Poll) self).registered.remove(fd) == null) {
                throw Exceptions.error(Exceptions.KEY_ERROR, Long.toString(fd));
            }
            return Py.None;
        });
        MethodDescriptor.define(POLL, "poll", "timeout=None, /", (self, a) -> poll((Poll) self, a[0]));
        return m;
    }

    private static void put(PyModule m, String name, Object value) {
        m.dict.put(PyStr.of(name), value);
    }

    /** A descriptor argument: an int, or an object whose fileno() gives one. */
    static int fileno(Object o) {
        Object v = o;
        if (!Ops.isInt(o)) {
            Object method = Ops.getAttrOrNull(o, "fileno");
            if (method == null) {
                throw Exceptions.typeError("argument must be an int, or have a fileno() method.");
            }
            v = Ops.call(method);
            if (!Ops.isInt(v)) {
                throw Exceptions.typeError("fileno() returned a non-integer");
            }
        }
        int fd = Ops.indexAsInt(v);
        if (fd < 0) {
            throw Exceptions.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return fd;
    }

    /** Milliseconds to wait for a timeout in seconds ({@code None}: forever, -1). */
    private static long millis(Object timeout, boolean seconds) {
        if (timeout == Py.None) {
            return -1;
        }
        double t = FloatMethods.floatValueOf(timeout);
        if (seconds && t < 0) {
            throw Exceptions.valueError("timeout must be non-negative");
        }
        return t < 0 ? -1 : (long) Math.ceil(seconds ? t * 1000 : t);
    }

    /** Waits until {@code ready} finds something or the time is up; returns its last answer. */
    private static <T> T await(long millis, java.util.function.Supplier<T> ready, java.util.function.Predicate<T> found) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            synchronized (Pipe.READINESS) {
                T r = ready.get();
                if (found.test(r)) {
                    return r;
                }
                long left = millis < 0 ? 50 : (deadline - System.nanoTime()) / 1_000_000L;
                if (millis >= 0 && left <= 0) {
                    return r;
                }
                try {
                    Pipe.READINESS.wait(Math.max(1, Math.min(left, SocketModule.openSockets() > 0 ? 2 : 50)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw FileTable.error(4, null);
                }
            }
        }
    }

    private static Object select(Object rlist, Object wlist, Object xlist, Object timeout) {
        List<Object> r = items(rlist);
        List<Object> w = items(wlist);
        List<Object> x = items(xlist);
        long wait = millis(timeout, true);
        FileTable files = FileTable.current();
        List<Object>[] result = await(wait, () -> {
            @SuppressWarnings("unchecked")
            List<Object>[] out = new List[] {new ArrayList<>(), new ArrayList<>(), new ArrayList<>()};
            for (Object o : r) {
                if (files.readReady(fileno(o))) {
                    out[0].add(o);
                }
            }
            for (Object o : w) {
                SocketEndpoint socket = files.socketOf(fileno(o));
                if (socket == null || socket.writeReady()) {
                    out[1].add(o);
                }
            }
            for (Object o : x) {
                fileno(o);
            }
            return out;
        }, out -> !out[0].isEmpty() || !out[1].isEmpty());
        return PyTuple.of(new PyList(result[0].toArray()), new PyList(result[1].toArray()), new PyList(result[2].toArray()));
    }

    private static List<Object> items(Object seq) {
        List<Object> out = new ArrayList<>();
        Object it = Ops.iter(seq);
        for (Object o = Ops.next(it); o != null; o = Ops.next(it)) {
            out.add(o);
        }
        return out;
    }

    private static Object poll(Poll p, Object timeout) {
        long wait = millis(timeout, false);
        FileTable files = FileTable.current();
        List<Object> events = await(wait, () -> {
            List<Object> out = new ArrayList<>();
            for (Map.Entry<Integer, Integer> e : p.registered.entrySet()) {
                int fd = e.getKey();
                int mask = e.getValue();
                int revents;
                if (!files.isOpen(fd)) {
                    revents = POLLNVAL;
                } else {
                    revents = 0;
                    SocketEndpoint socket = files.socketOf(fd);
                    if (socket != null) {
                        revents |= (mask & POLLIN) != 0 && socket.readReady() ? POLLIN : 0;
                        revents |= (mask & POLLOUT) != 0 && socket.writeReady() ? POLLOUT : 0;
                        if (revents != 0) {
                            out.add(PyTuple.of((long) fd, (long) revents));
                        }
                        continue;
                    }
                    Pipe pipe = files.pipeOf(fd);
                    boolean readEnd = pipe != null && files.isReadEnd(fd);
                    if ((mask & POLLIN) != 0 && (!readEnd || pipe.hasData())) {
                        revents |= POLLIN;
                    }
                    if ((mask & POLLOUT) != 0 && !readEnd) {
                        revents |= pipe != null && pipe.broken() ? POLLERR : POLLOUT;
                    }
                    if (readEnd && pipe.hungUp()) {
                        revents |= POLLHUP;
                    }
                }
                if (revents != 0) {
                    out.add(PyTuple.of((long) fd, (long) revents));
                }
            }
            return out;
        }, out -> !out.isEmpty());
        return new PyList(events.toArray());
    }
}
