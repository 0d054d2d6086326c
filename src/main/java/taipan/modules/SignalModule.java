package taipan.modules;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import taipan.interpreter.PythonRuntime;
import taipan.interpreter.ThreadState;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.ExceptionMethods;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyModule;
import taipan.runtime.PySet;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * The {@code _signal} module on the JVM's signal API ({@code sun.misc.Signal}).
 *
 * <p>Contract: a Python handler is installed as a JVM handler that only records the signal
 * ("trips" it), sets {@link #pending} and wakes {@link #sleep} and {@code pause}; the main
 * Python thread runs the Python handlers at its next check ({@link #runPending}, called by
 * the interpreter at backward jumps and function entry), as CPython runs them between
 * bytecodes. SIGINT gets {@code default_int_handler} (raising KeyboardInterrupt) when the
 * module is first made for a runtime; a second SIGINT arriving before the first was handled
 * (the main thread may be blocked in a read the JVM cannot interrupt) ends the program as the
 * JVM's own handler does. Signals the JVM keeps for itself (QUIT, ILL, FPE, SEGV,
 * BUS) and the uncatchable KILL and STOP, as well as the real-time signals the JVM cannot
 * name, refuse a handler with OSError [Errno 22]. {@code alarm} and
 * {@code setitimer}/{@code getitimer} support the real-time timer ({@code ITIMER_REAL},
 * delivering SIGALRM) from a timer thread; the CPU-time timers are not available.
 * {@code set_wakeup_fd} writes the signal number byte to the fd through the {@code posix}
 * module when a signal with a Python handler arrives.
 */
public final class SignalModule {
    private SignalModule() {}

    /** One more than the largest signal number (Linux: 64 real-time signals). */
    static final int NSIG = 65;
    static final long SIG_DFL = 0L;
    static final long SIG_IGN = 1L;
    static final int SIGINT = 2;
    static final int ITIMER_REAL = 0;

    /** The JVM's names of signals 1..31 (index = number); null where none. */
    private static final String[] JVM_NAMES = {null,
        "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE",
        "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ",
        "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};

    /** Signals a handler cannot be set for: uncatchable, or used by the JVM itself. */
    private static final int[] REFUSED = {3, 4, 7, 8, 9, 11, 19};

    /** strsignal()'s texts (glibc's), index = number, for 1..31. */
    private static final String[] DESCRIPTIONS = {null,
        "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted", "Bus error",
        "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault",
        "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault", "Child exited",
        "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
        "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
        "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};

    private static final String[][] CONSTANTS = {
        {"SIGHUP", "1"}, {"SIGINT", "2"}, {"SIGQUIT", "3"}, {"SIGILL", "4"}, {"SIGTRAP", "5"}, {"SIGABRT", "6"},
        {"SIGIOT", "6"}, {"SIGBUS", "7"}, {"SIGFPE", "8"}, {"SIGKILL", "9"}, {"SIGUSR1", "10"},
        {"SIGSEGV", "11"}, {"SIGUSR2", "12"}, {"SIGPIPE", "13"}, {"SIGALRM", "14"}, {"SIGTERM", "15"},
        {"SIGSTKFLT", "16"}, {"SIGCHLD", "17"}, {"SIGCLD", "17"}, {"SIGCONT", "18"}, {"SIGSTOP", "19"},
        {"SIGTSTP", "20"}, {"SIGTTIN", "21"}, {"SIGTTOU", "22"}, {"SIGURG", "23"}, {"SIGXCPU", "24"},
        {"SIGXFSZ", "25"}, {"SIGVTALRM", "26"}, {"SIGPROF", "27"}, {"SIGWINCH", "28"}, {"SIGIO", "29"},
        {"SIGPOLL", "29"}, {"SIGPWR", "30"}, {"SIGSYS", "31"}, {"SIGRTMIN", "34"}, {"SIGRTMAX", "64"}};

    /** True while some tripped signal's Python handler has not run yet. */
    public static volatile boolean pending;
    private static final AtomicIntegerArray TRIPPED = new AtomicIntegerArray(NSIG);
    /** The Python-level handler of each signal (SIG_DFL, SIG_IGN, a callable, or null = not set from Python). */
    private static final Object[] HANDLERS = new Object[NSIG];
    /** The JVM's own handler of each signal, saved when a Python handler first replaced it. */
    private static final sun.misc.SignalHandler[] JVM_ORIGINAL = new sun.misc.SignalHandler[NSIG];
    /** Signals whose JVM handler is currently {@link #TRIP}. */
    private static final boolean[] TRIPPING = new boolean[NSIG];
    /** Counts deliveries, for raise_signal to wait until its signal has been recorded. */
    private static long deliveries;
    private static final Object WAKE = new Object();
    private static volatile Thread mainThread;
    private static volatile PythonRuntime runtime;
    private static volatile long wakeupFd = -1;

    private static final sun.misc.SignalHandler TRIP = SignalModule::trip;

    public static final BuiltinFunction DEFAULT_INT_HANDLER = BuiltinFunction.of("_signal", "default_int_handler",
        "signalnum, frame, /", (s, a) -> {
            throw Exceptions.withArgs(Exceptions.KEYBOARD_INTERRUPT);
        });

    public static PyModule create() {
        PyModule m = new PyModule("_signal");
        PyDict d = m.dict;
        startRuntime();
        put(d, "NSIG", (long) NSIG);
        put(d, "SIG_DFL", SIG_DFL);
        put(d, "SIG_IGN", SIG_IGN);
        put(d, "ITIMER_REAL", (long) ITIMER_REAL);
        for (String[] c : CONSTANTS) {
            put(d, c[0], Long.parseLong(c[1]));
        }
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of("signal"));
        Object itimerError = Ops.call(BuiltinTypes.TYPE, PyStr.of("itimer_error"), PyTuple.of(Exceptions.OS_ERROR), ns);
        put(d, "ItimerError", itimerError);
        put(d, "default_int_handler", DEFAULT_INT_HANDLER);
        fn(d, "signal", "signalnum, handler, /", (s, a) -> setHandler(signum(a[0], true), a[1]));
        fn(d, "getsignal", "signalnum, /", (s, a) -> {
            int sig = signum(a[0], false);
            synchronized (HANDLERS) {
                return HANDLERS[sig] == null ? Py.None : HANDLERS[sig];
            }
        });
        fn(d, "raise_signal", "signalnum, /", (s, a) -> {
            long n = ((Number) Ops.intValue(Ops.index(a[0]))).longValue();
            if (n < 0 || n >= NSIG) {
                throw invalidArgument(Exceptions.OS_ERROR);
            }
            if (n > 0) {
                raise((int) n);
            }
            return Py.None;
        });
        fn(d, "strsignal", "signalnum, /", (s, a) -> {
            int sig = signum(a[0], false);
            if (sig < DESCRIPTIONS.length) {
                return PyStr.of(DESCRIPTIONS[sig]);
            }
            return sig < 34 ? Py.None : PyStr.of("Real-time signal " + (sig - 34));
        });
        fn(d, "valid_signals", "", (s, a) -> {
            PySet set = new PySet();
            for (int i = 1; i < NSIG; i++) {
                if (i != 32 && i != 33) {
                    set.add((long) i);
                }
            }
            return set;
        });
        fn(d, "siginterrupt", "signalnum, flag, /", (s, a) -> {
            signum(a[0], false);
            Ops.isTrue(a[1]);
            return Py.None;
        });
        fn(d, "set_wakeup_fd", "fd, /, *, warn_on_full_buffer=True", (s, a) -> setWakeupFd(a[0]));
        fn(d, "pause", "", (s, a) -> {
            pause();
            return Py.None;
        });
        fn(d, "alarm", "seconds, /", (s, a) -> {
            long secs = Ops.isInt(a[0]) ? ((Number) Ops.intValue(a[0])).longValue() : Ops.indexAsInt(a[0]);
            double[] old = Timer.set(secs, 0);
            long left = (long) old[0];
            double frac = old[0] - left;
            return old[0] == 0 ? 0L : frac >= 0.5 || left == 0 ? left + 1 : left;
        });
        fn(d, "setitimer", "which, seconds, interval=0.0, /", (s, a) -> {
            checkTimer(a[0], itimerError);
            double[] old = Timer.set(seconds(a[1]), seconds(a[2]));
            return PyTuple.of(old[0], old[1]);
        });
        fn(d, "getitimer", "which, /", (s, a) -> {
            checkTimer(a[0], itimerError);
            double[] now = Timer.get();
            return PyTuple.of(now[0], now[1]);
        });
        return m;
    }

    /** A new runtime takes over signal handling: handlers set by an earlier runtime are undone. */
    private static void startRuntime() {
        PythonRuntime rt = PythonRuntime.current();
        if (rt == runtime) {
            return;
        }
        synchronized (HANDLERS) {
            for (int i = 1; i < NSIG; i++) {
                if (TRIPPING[i] && i != SIGINT) {
                    sun.misc.Signal.handle(new sun.misc.Signal(JVM_NAMES[i]), JVM_ORIGINAL[i]);
                    TRIPPING[i] = false;
                }
                TRIPPED.set(i, 0);
                HANDLERS[i] = i == 32 || i == 33 ? null : SIG_DFL;
            }
            HANDLERS[13] = SIG_IGN;
            HANDLERS[25] = SIG_IGN;
            HANDLERS[SIGINT] = DEFAULT_INT_HANDLER;
            if (!TRIPPING[SIGINT]) {
                JVM_ORIGINAL[SIGINT] = sun.misc.Signal.handle(new sun.misc.Signal("INT"), TRIP);
                TRIPPING[SIGINT] = true;
            }
            pending = false;
            wakeupFd = -1;
            Timer.set(0, 0);
            mainThread = rt == null ? Thread.currentThread() : rt.mainThread;
            runtime = rt;
        }
    }

    private static void put(PyDict d, String name, Object value) {
        d.put(PyStr.of(name), value);
    }

    private static void fn(PyDict d, String name, String spec, BuiltinFunction.Body body) {
        put(d, name, BuiltinFunction.of("_signal", name, spec, body));
    }

    private static boolean isMainThread() {
        return Thread.currentThread() == mainThread;
    }

    private static int signum(Object o, boolean needMainThread) {
        long n = ((Number) Ops.intValue(Ops.index(o))).longValue();
        if (needMainThread && !isMainThread()) {
            throw Exceptions.valueError("signal only works in main thread of the main interpreter");
        }
        if (n < 1 || n >= NSIG) {
            throw Exceptions.valueError("signal number out of range");
        }
        return (int) n;
    }

    private static PyException invalidArgument(Object type) {
        return ExceptionMethods.create((PyType) type, 22L, PyStr.of("Invalid argument"));
    }

    private static boolean canHandle(int sig) {
        for (int r : REFUSED) {
            if (r == sig) {
                return false;
            }
        }
        return sig < JVM_NAMES.length;
    }

    /** {@code signal.signal}: installs {@code handler} and returns the previous one. */
    private static Object setHandler(int sig, Object handler) {
        sun.misc.SignalHandler jvmHandler;
        if (Ops.eq(handler, SIG_IGN)) {
            jvmHandler = sun.misc.SignalHandler.SIG_IGN;
        } else if (Ops.eq(handler, SIG_DFL)) {
            jvmHandler = null;
        } else if (!taipan.builtins.BuiltinFunctions.isCallable(handler)) {
            throw Exceptions.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        } else {
            jvmHandler = TRIP;
        }
        if (!canHandle(sig)) {
            throw invalidArgument(Exceptions.OS_ERROR);
        }
        synchronized (HANDLERS) {
            sun.misc.Signal signal = new sun.misc.Signal(JVM_NAMES[sig]);
            if (jvmHandler == TRIP) {
                if (!TRIPPING[sig]) {
                    sun.misc.SignalHandler before = sun.misc.Signal.handle(signal, TRIP);
                    if (JVM_ORIGINAL[sig] == null) {
                        JVM_ORIGINAL[sig] = before;
                    }
                }
            } else {
                sun.misc.SignalHandler before = sun.misc.Signal.handle(signal,
                    jvmHandler == null ? original(sig) : jvmHandler);
                if (JVM_ORIGINAL[sig] == null && !TRIPPING[sig]) {
                    JVM_ORIGINAL[sig] = before;
                }
            }
            TRIPPING[sig] = jvmHandler == TRIP;
            Object old = HANDLERS[sig];
            HANDLERS[sig] = handler;
            return old == null ? Py.None : old;
        }
    }

    /** The JVM's default action for {@code sig}: its own handler where it had one (so shutdown still runs). */
    private static sun.misc.SignalHandler original(int sig) {
        sun.misc.SignalHandler h = JVM_ORIGINAL[sig];
        return h == null || h == TRIP ? sun.misc.SignalHandler.SIG_DFL : h;
    }

    /** The JVM handler of signals with a Python handler: records the signal and wakes the main thread. */
    private static void trip(sun.misc.Signal signal) {
        int sig = signal.getNumber();
        if (TRIPPED.getAndSet(sig, 1) == 1 && sig == SIGINT && HANDLERS[SIGINT] == DEFAULT_INT_HANDLER
                && JVM_ORIGINAL[SIGINT] != null) {
            // a second Ctrl-C before the main thread reached a check point (it may be blocked
            // in a read the JVM cannot interrupt): end the program as the JVM would have
            JVM_ORIGINAL[SIGINT].handle(signal);
            return;
        }
        pending = true;
        synchronized (WAKE) {
            deliveries++;
            WAKE.notifyAll();
        }
        long fd = wakeupFd;
        PythonRuntime rt = runtime;
        if (fd >= 0 && rt != null) {
            try {
                Object posix = rt.modules.get(PyStr.of("posix"));
                if (posix != null) {
                    Ops.call(Ops.getAttr(posix, "write"), fd, new PyBytes(new byte[] {(byte) sig}));
                }
            } catch (PyException e) {
                // CPython too drops a wakeup byte it cannot write (it only warns)
            }
        }
    }

    /**
     * Runs the Python handlers of the signals tripped since the last check, when called on the
     * main thread; an exception a handler raises propagates (the rest stay pending).
     */
    public static void runPending() {
        if (!isMainThread()) {
            return;
        }
        pending = false;
        for (int i = 1; i < NSIG; i++) {
            if (TRIPPED.getAndSet(i, 0) == 1) {
                Object handler;
                synchronized (HANDLERS) {
                    handler = HANDLERS[i];
                }
                if (handler == null || Ops.eq(handler, SIG_IGN) || Ops.eq(handler, SIG_DFL)) {
                    continue;
                }
                try {
                    Object frame = ThreadState.current().frame;
                    Ops.call(handler, (long) i, frame == null ? Py.None : frame);
                } catch (PyException | StackOverflowError e) {
                    for (int j = i + 1; j < NSIG; j++) {
                        if (TRIPPED.get(j) == 1) {
                            pending = true;
                        }
                    }
                    throw e;
                }
            }
        }
    }

    /**
     * {@code raise_signal}: raises {@code sig} in this process and, for a Python handler, runs it
     * before returning. The JVM's own signals (QUIT, ILL, BUS, FPE, SEGV) and glibc's 32 and 33
     * are refused with OSError [Errno 22].
     */
    private static void raise(int sig) {
        if (sig >= 34) {
            // real-time signals keep their default action (no handler can be set): the OS applies it
            killSelf(sig);
            return;
        }
        if (sig >= JVM_NAMES.length || !canHandle(sig) && sig != 9 && sig != 19) {
            throw invalidArgument(Exceptions.OS_ERROR);
        }
        boolean waitForTrip;
        synchronized (HANDLERS) {
            waitForTrip = TRIPPING[sig];
        }
        long before;
        synchronized (WAKE) {
            before = deliveries;
        }
        try {
            sun.misc.Signal.raise(new sun.misc.Signal(JVM_NAMES[sig]));
        } catch (IllegalArgumentException noJavaHandler) {
            killSelf(sig);
        }
        if (waitForTrip) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            synchronized (WAKE) {
                while (deliveries == before && System.nanoTime() < deadline) {
                    waitOn(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            }
        }
        if (pending) {
            runPending();
        }
    }

    /**
     * Sends {@code sig} to this process from outside, for signals the JVM has no Java handler
     * for (it can only raise those): the operating system then applies the signal's action.
     */
    private static void killSelf(int sig) {
        try {
            Process p = new ProcessBuilder("kill", "-" + sig, Long.toString(ProcessHandle.current().pid()))
                .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                throw invalidArgument(Exceptions.OS_ERROR);
            }
        } catch (java.io.IOException e) {
            throw Exceptions.withArgs(Exceptions.OS_ERROR, PyStr.of(String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitOn(long millis) {
        try {
            WAKE.wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code pause}: waits for a signal with a Python handler, then runs the handlers. */
    private static void pause() {
        synchronized (WAKE) {
            while (!(pending && isMainThread())) {
                waitOn(0);
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        }
        runPending();
    }

    /**
     * {@code time.sleep} as CPython does it: a signal with a Python handler wakes the main
     * thread, which runs the handlers (an exception from one ends the sleep) and sleeps on.
     */
    public static void sleep(long nanos) {
        long deadline = System.nanoTime() + nanos;
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            if (!isMainThread()) {
                try {
                    Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                continue;
            }
            synchronized (WAKE) {
                if (!pending) {
                    try {
                        WAKE.wait(left / 1_000_000, (int) (left % 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            if (pending) {
                runPending();
            }
        }
    }

    private static Object setWakeupFd(Object fdArg) {
        long fd = ((Number) Ops.intValue(Ops.index(fdArg))).longValue();
        if (!isMainThread()) {
            throw Exceptions.valueError("set_wakeup_fd only works in main thread of the main interpreter");
        }
        if (fd != -1) {
            PythonRuntime rt = runtime;
            Object posix = rt == null ? null : rt.modules.get(PyStr.of("posix"));
            if (posix == null) {
                posix = Ops.call(Ops.getAttr(rt.builtinsModule, "__import__"), PyStr.of("posix"));
            }
            Ops.call(Ops.getAttr(posix, "fstat"), fd);
        }
        long old = wakeupFd;
        wakeupFd = fd;
        return old;
    }

    private static void checkTimer(Object which, Object itimerError) {
        if (((Number) Ops.intValue(Ops.index(which))).longValue() != ITIMER_REAL) {
            throw invalidArgument(itimerError);
        }
    }

    private static double seconds(Object o) {
        if (Ops.isInt(o)) {
            return ((Number) Ops.intValue(o)).doubleValue();
        }
        if (o instanceof Double v) {
            return v;
        }
        if (o instanceof taipan.runtime.PyFloat f) {
            return f.value;
        }
        throw Exceptions.typeError("'" + Py.typeOf(o).name() + "' object cannot be interpreted as an integer");
    }

    /** The ITIMER_REAL timer: raises SIGALRM from a daemon thread when it expires, then every interval. */
    private static final class Timer {
        private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "taipan-itimer");
            t.setDaemon(true);
            return t;
        });
        private static ScheduledFuture<?> next;
        private static long expiresAt;
        private static long intervalNanos;

        /** Sets the timer (0 disarms it) and returns the previous {remaining, interval} in seconds. */
        static synchronized double[] set(double value, double interval) {
            double[] old = get();
            if (next != null) {
                next.cancel(false);
                next = null;
            }
            intervalNanos = (long) (interval * 1e9);
            if (value > 0) {
                schedule((long) (value * 1e9));
            } else {
                expiresAt = 0;
            }
            return old;
        }

        static synchronized double[] get() {
            if (next == null) {
                return new double[] {0.0, 0.0};
            }
            long left = Math.max(expiresAt - System.nanoTime(), 1000);
            return new double[] {Math.round(left / 1e3) / 1e6, intervalNanos / 1e9};
        }

        private static void schedule(long delayNanos) {
            expiresAt = System.nanoTime() + delayNanos;
            next = EXECUTOR.schedule(Timer::expire, delayNanos, TimeUnit.NANOSECONDS);
        }

        private static synchronized void expire() {
            next = null;
            if (intervalNanos > 0) {
                schedule(intervalNanos);
            }
            sun.misc.Signal.raise(new sun.misc.Signal("ALRM"));
        }
    }
}
