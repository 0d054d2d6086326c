package taipan.interpreter;

import taipan.runtime.Exceptions;
import taipan.runtime.PyBaseException;

/**
 * What the interpreter keeps per Python thread: the innermost running frame,
 * the exception being handled ({@code sys.exc_info()}), the recursion
 * depth with its limit, and the current {@code contextvars} context. Python threads run on {@link PythonThread}s, whose
 * state is one field read away; any other Java thread gets its own state on
 * first use.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> OTHERS = ThreadLocal.withInitial(ThreadState::new);
    /** The recursion limit shared by all threads ({@code sys.setrecursionlimit}). */
    public static int recursionLimit = 1000;

    /** The innermost executing frame, or null. */
    public Frame frame;
    /** The exception currently being handled, or null. */
    public PyBaseException handled;
    /** Python frames currently on this thread's stack. */
    public int depth;
    /** {@code sys.set_asyncgen_hooks}: called with each async generator on its first use; null for none. */
    Object asyncgenFirstiter;
    /**
     * {@code sys.set_coroutine_origin_tracking_depth}: recorded for the getter; Taipan does not
     * record where coroutines were created, so {@code cr_origin} stays None.
     */
    int coroutineOriginDepth;
    /** {@code sys.set_asyncgen_hooks}: recorded for {@code get_asyncgen_hooks}; null for none. */
    Object asyncgenFinalizer;
    /** The thread's current {@code contextvars} Context (owned by ContextVarsModule), or null until first used. */
    public Object context;

    /** The state of the calling thread. */
    public static ThreadState current() {
        if (Thread.currentThread() instanceof PythonThread p) {
            return p.state;
        }
        return OTHERS.get();
    }

    /** Counts a new Python frame; RecursionError beyond the limit. */
    public void enter(Frame f) {
        if (++depth > recursionLimit) {
            depth--;
            throw Exceptions.error(Exceptions.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        f.back = frame;
        frame = f;
    }

    /** Leaves the innermost frame. */
    public void leave(Frame f) {
        frame = f.back;
        depth--;
    }

    /** A thread that runs Python code, with a large stack so deep recursion reaches the recursion limit first. */
    public static final class PythonThread extends Thread {
        final ThreadState state = new ThreadState();

        public PythonThread(Runnable body, String name, long stackSize) {
            super(null, body, name, stackSize);
        }
    }
}
