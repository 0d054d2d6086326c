package taipan.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import taipan.interpreter.ThreadState;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * The {@code _thread} module. Python threads are JVM threads (there is no global interpreter
 * lock): {@code start_new_thread} runs the function on a daemon
 * {@link ThreadState.PythonThread}; an exception escaping it is printed as CPython's
 * "Exception ignored in thread started by: ..." (SystemExit silently ends the thread).
 * {@code LockType} is a binary semaphore (any thread may release it), {@code RLock} an owned,
 * counted lock, {@code _local} an object whose attributes are per thread.
 */
public final class ThreadModule {
    private ThreadModule() {}

    /** CPython's value on Linux (the largest timeout in seconds, as a float). */
    static final double TIMEOUT_MAX = 9223372036.0;

    public static final PyType LOCK = BuiltinTypes.builtin("lock", BuiltinTypes.OBJECT, null);
    public static final PyType RLOCK = BuiltinTypes.builtin("RLock", BuiltinTypes.OBJECT, PyRLock::new);
    public static final PyType LOCAL = BuiltinTypes.builtin("_local", BuiltinTypes.OBJECT, PyLocal::new);

    private static final AtomicInteger RUNNING = new AtomicInteger();
    private static volatile long stackSize;
    private static final ThreadLocal<List<PyLock>> SENTINELS = ThreadLocal.withInitial(ArrayList::new);

    /** {@code _thread.lock}. */
    public static final class PyLock extends PyObject {
        final Semaphore sem = new Semaphore(1);

        PyLock() {
            super(LOCK);
        }

        boolean acquire(double timeout) {
            try {
                if (timeout < 0) {
                    sem.acquire();
                    return true;
                }
                return sem.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        void release() {
            synchronized (this) {
                if (sem.availablePermits() > 0) {
                    throw Exceptions.runtimeError("release unlocked lock");
                }
                sem.release();
            }
        }

        boolean locked() {
            return sem.availablePermits() == 0;
        }
    }

    /** {@code _thread.RLock}: reentrant, owned by the acquiring thread. */
    static final class PyRLock extends PyObject {
        final PyLock lock = new PyLock();
        volatile long owner;
        long count;

        PyRLock(PyType type) {
            super(type);
        }

        boolean acquire(double timeout) {
            long me = get_ident();
            if (owner == me && count > 0) {
                count++;
                return true;
            }
            if (!lock.acquire(timeout)) {
                return false;
            }
            owner = me;
            count = 1;
            return true;
        }

        void release() {
            if (count == 0 || owner != get_ident()) {
                throw Exceptions.runtimeError("cannot release un-acquired lock");
            }
            if (--count == 0) {
                owner = 0;
                lock.release();
            }
        }
    }

    /** {@code _thread._local}: attributes kept per thread. */
    static final class PyLocal extends PyObject {
        final Map<Thread, PyDict> dicts = new WeakHashMap<>();
        Object[] initArgs = new Object[0];
        PyDict initKw;

        PyLocal(PyType type) {
            super(type);
        }

        PyDict dict() {
            PyDict d;
            boolean fresh = false;
            synchronized (dicts) {
                d = dicts.get(Thread.currentThread());
                if (d == null) {
                    d = new PyDict();
                    dicts.put(Thread.currentThread(), d);
                    fresh = true;
                }
            }
            if (fresh && initKw != null) {
                Object init = type.lookup("__init__");
                if (init != LOCAL.ownMember("__init__")) {
                    Object[] all = new Object[initArgs.length + 1];
                    all[0] = this;
                    System.arraycopy(initArgs, 0, all, 1, initArgs.length);
                    CallArgs.call(init, all, initKw);
                }
            }
            return d;
        }
    }

    static long get_ident() {
        return Thread.currentThread().threadId();
    }

    static {
        installLock();
        installRLock();
        installLocal();
    }

    public static PyModule create() {
        PyModule m = new PyModule("_thread");
        m.dict.put(PyStr.of("LockType"), LOCK);
        m.dict.put(PyStr.of("RLock"), RLOCK);
        m.dict.put(PyStr.of("_local"), LOCAL);
        m.dict.put(PyStr.of("error"), Exceptions.RUNTIME_ERROR);
        m.dict.put(PyStr.of("TIMEOUT_MAX"), TIMEOUT_MAX);
        fn(m, "get_ident", "", (s, a) -> get_ident());
        fn(m, "get_native_id", "", (s, a) -> get_ident());
        fn(m, "allocate_lock", "", (s, a) -> new PyLock());
        m.dict.put(PyStr.of("allocate"), m.dict.get(PyStr.of("allocate_lock")));
        fn(m, "_count", "", (s, a) -> (long) RUNNING.get());
        fn(m, "daemon_threads_allowed", "", (s, a) -> true);
        fn(m, "stack_size", "size=0, /", (s, a) -> {
            long size = (Long) Ops.index(a[0]);
            if (size != 0 && size < 32768) {
                throw Exceptions.valueError("size not valid: " + size + " bytes");
            }
            long old = stackSize;
            stackSize = size;
            return old;
        });
        fn(m, "_set_sentinel", "", (s, a) -> {
            // unlocked: threading acquires it; the thread's end releases it
            PyLock l = new PyLock();
            SENTINELS.get().add(l);
            return l;
        });
        fn(m, "exit", "", (s, a) -> {
            throw Exceptions.withArgs(Exceptions.SYSTEM_EXIT);
        });
        fn(m, "start_new_thread", "function, args, kwargs=?, /", (s, a) -> startNewThread(a[0], a[1], a[2]));
        m.dict.put(PyStr.of("start_new"), m.dict.get(PyStr.of("start_new_thread")));
        return m;
    }

    private static Object startNewThread(Object function, Object args, Object kwargs) {
        if (!taipan.builtins.BuiltinFunctions.isCallable(function)) {
            throw Exceptions.typeError("first arg must be callable");
        }
        if (!(args instanceof PyTuple t)) {
            throw Exceptions.typeError("2nd arg must be a tuple");
        }
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            throw Exceptions.typeError("optional 3rd arg must be a dictionary");
        }
        PyDict kw = (PyDict) kwargs;
        RUNNING.incrementAndGet();
        Thread th = new ThreadState.PythonThread(() -> {
            try {
                CallArgs.call(function, t.items, kw);
            } catch (PyException e) {
                if (!e.matches(Exceptions.SYSTEM_EXIT)) {
                    taipan.interpreter.Sys.writeUnraisable(e.value, "Exception ignored in thread started by", function);
                }
            } finally {
                for (PyLock l : SENTINELS.get()) {
                    if (l.locked()) {
                        l.release();
                    }
                }
                SENTINELS.remove();
                RUNNING.decrementAndGet();
            }
        }, "python-thread", stackSize == 0 ? 16L << 20 : stackSize);
        th.setDaemon(true);
        th.start();
        return th.threadId();
    }

    // ---- lock

    private static double timeout(Object blocking, Object timeout) {
        boolean block = Ops.isTrue(blocking);
        double t = timeout == null ? -1 : Ops.isInt(timeout) ? ((Number) Ops.intValue(timeout)).doubleValue()
            : (Double) Ops.callSpecial(timeout, "__float__");
        if (!block && t != -1) {
            throw Exceptions.valueError("can't specify a timeout for a non-blocking call");
        }
        if (t < 0 && t != -1) {
            throw Exceptions.valueError("timeout value must be a non-negative number");
        }
        if (t > TIMEOUT_MAX) {
            throw Exceptions.overflowError("timeout value is too large");
        }
        return block ? t : 0;
    }

    private static void installLock() {
        PyType t = LOCK;
        t.acceptsSubclasses = false;
        MethodDescriptor.define(t, "acquire", "blocking=True, timeout=-1", (self, a) ->
            ((PyLock) self).acquire(timeout(a[0], a[1])));
        MethodDescriptor.define(t, "acquire_lock", "blocking=True, timeout=-1", (self, a) ->
            ((PyLock) self).acquire(timeout(a[0], a[1])));
        MethodDescriptor.define(t, "__enter__", "", (self, a) -> ((PyLock) self).acquire(-1));
        MethodDescriptor.define(t, "release", "", (self, a) -> {
            ((PyLock) self).release();
            return Py.None;
        });
        MethodDescriptor.define(t, "release_lock", "", (self, a) -> {
            ((PyLock) self).release();
            return Py.None;
        });
        MethodDescriptor.define(t, "__exit__", "*args", (self, a) -> {
            ((PyLock) self).release();
            return Py.None;
        });
        MethodDescriptor.define(t, "locked", "", (self, a) -> ((PyLock) self).locked());
        MethodDescriptor.define(t, "locked_lock", "", (self, a) -> ((PyLock) self).locked());
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of("<" + (((PyLock) self).locked() ? "locked" : "unlocked")
            + " _thread.lock object at " + WeakrefModule.address(self) + ">"));
    }

    private static void installRLock() {
        PyType t = RLOCK;
        MethodDescriptor.define(t, "acquire", "blocking=True, timeout=-1", (self, a) ->
            ((PyRLock) self).acquire(timeout(a[0], a[1])));
        MethodDescriptor.define(t, "__enter__", "", (self, a) -> ((PyRLock) self).acquire(-1));
        MethodDescriptor.define(t, "release", "", (self, a) -> {
            ((PyRLock) self).release();
            return Py.None;
        });
        MethodDescriptor.define(t, "__exit__", "*args", (self, a) -> {
            ((PyRLock) self).release();
            return Py.None;
        });
        MethodDescriptor.define(t, "_is_owned", "", (self, a) -> {
            PyRLock r = (PyRLock) self;
            return r.count > 0 && r.owner == get_ident();
        });
        MethodDescriptor.define(t, "_release_save", "", (self, a) -> {
            PyRLock r = (PyRLock) self;
            if (r.count == 0) {
                throw Exceptions.runtimeError("cannot release un-acquired lock");
            }
            PyTuple state = Py.tuple(r.count, r.owner);
            r.count = 0;
            r.owner = 0;
            r.lock.release();
            return state;
        });
        MethodDescriptor.define(t, "_acquire_restore", "state, /", (self, a) -> {
            PyRLock r = (PyRLock) self;
            PyTuple state = (PyTuple) a[0];
            r.lock.acquire(-1);
            r.owner = (Long) state.items[1];
            r.count = (Long) state.items[0];
            return Py.None;
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            PyRLock r = (PyRLock) self;
            return PyStr.of("<" + (r.count > 0 ? "locked" : "unlocked") + " " + t.name().replace("RLock", "_thread.RLock")
                + " object owner=" + r.owner + " count=" + r.count + " at " + WeakrefModule.address(self) + ">");
        });
    }

    // ---- _local

    private static void installLocal() {
        PyType t = LOCAL;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("_thread", "_local.__new__", "cls, *args, **kwargs", (s, a) -> {
                PyType cls = (PyType) a[0];
                Object[] args = ((PyTuple) a[1]).items;
                PyDict kw = (PyDict) a[2];
                if ((args.length > 0 || kw.size() > 0) && cls.lookup("__init__") == LOCAL.ownMember("__init__")) {
                    throw Exceptions.typeError("Initialization arguments are not supported");
                }
                PyLocal l = new PyLocal(cls);
                l.dict();
                l.initArgs = args;
                l.initKw = kw;
                return l;
            })));
        MethodDescriptor.define(t, "__init__", "*args, **kwargs", (self, a) -> Py.None);
        MethodDescriptor.define(t, "__getattribute__", "name, /", (self, a) -> {
            PyLocal l = (PyLocal) self;
            String name = ((PyStr) a[0]).value();
            PyDict d = l.dict();
            if (name.equals("__dict__")) {
                return d;
            }
            PyType type = l.type;
            Object descr = type.lookup(name);
            if (descr != null && Py.typeOf(descr).lookup("__set__") != null) {
                return Ops.bind(descr, self, type);
            }
            Object v = d.get(a[0]);
            if (v != null) {
                return v;
            }
            if (descr != null) {
                return Ops.bind(descr, self, type);
            }
            throw Exceptions.noAttribute(self, name);
        });
        SlotMethod.define(t, "__setattr__", 2, (self, a) -> {
            setLocal((PyLocal) self, (PyStr) a[0], a[1]);
            return Py.None;
        });
        SlotMethod.define(t, "__delattr__", 1, (self, a) -> {
            setLocal((PyLocal) self, (PyStr) a[0], null);
            return Py.None;
        });
    }

    private static void setLocal(PyLocal l, PyStr name, Object value) {
        if (name.value().equals("__dict__")) {
            throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR,
                "'" + l.type.name() + "' object attribute '__dict__' is read-only");
        }
        Object descr = l.type.lookup(name.value());
        String hook = value == null ? "__delete__" : "__set__";
        if (descr != null && Py.typeOf(descr).lookup(hook) != null) {
            if (value == null) {
                Ops.callSpecial(descr, hook, l);
            } else {
                Ops.callSpecial(descr, hook, l, value);
            }
            return;
        }
        PyDict d = l.dict();
        if (value != null) {
            d.put(name, value);
        } else if (d.remove(name) == null) {
            throw Exceptions.noAttribute(l, name.value());
        }
    }

    private static void fn(PyModule m, String name, String spec, BuiltinFunction.Body body) {
        m.dict.put(PyStr.of(name), BuiltinFunction.of("_thread", name, spec, body));
    }
}
