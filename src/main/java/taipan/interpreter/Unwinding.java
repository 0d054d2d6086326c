package taipan.interpreter;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import taipan.bytecode.CodeObject;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBaseException;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PyStr;
import taipan.runtime.PyTraceback;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * Raising and catching: turns anything thrown while an instruction ran into a
 * Python exception, records the traceback entry and the implicit
 * {@code __context__}, finds the handler in the exception table, and
 * implements the raise/re-raise/except/except* instructions.
 *
 * <p>Contract: {@link #handle} either returns the handler's instruction index
 * (the frame's stack cut to the entry's depth, with lasti and the exception
 * pushed, {@code f.sp} updated) or throws the PyException out of the frame.
 * A Java failure that is not a Python exception becomes RecursionError
 * (stack overflow), MemoryError, or SystemError with a one-line explanation;
 * with {@link #debug} set its Java stack trace goes to stderr too.
 */
final class Unwinding {
    private Unwinding() {}

    /** Print Java stack traces of internal errors (the {@code -X debug-java} option). */
    static volatile boolean debug;

    /** Marks a PyException thrown by a re-raise, which adds no traceback entry for the current frame. */
    static final class Reraise extends RuntimeException {
        final PyException exception;

        Reraise(PyException exception) {
            super(null, null, false, false);
            this.exception = exception;
        }
    }

    static PyException toPython(Throwable t) {
        if (t instanceof PyException p) {
            return p;
        }
        if (debug) {
            t.printStackTrace();
        }
        return Exceptions.internal(t);
    }

    static int handle(Frame f, ThreadState ts, Throwable thrown, int sp) {
        PyException e;
        if (thrown instanceof Reraise r) {
            e = r.exception;
        } else {
            e = toPython(thrown);
            PyBaseException exc = e.value;
            if (exc.traceback == null || exc.traceback.frame != f || exc.traceback.lasti != f.lasti) {
                if (exc.traceback == null) {
                    setContext(ts, exc);
                }
                exc.traceback = new PyTraceback(f, f.lasti, f.code.lineOf(f.lasti), exc.traceback);
            }
        }
        int at = f.lasti;
        int[] table = f.code.exceptionTable;
        for (int i = 0; i < table.length; i += CodeObject.EXCEPTION_ENTRY_SIZE) {
            if (at >= table[i] && at < table[i + 1]) {
                int depth = table[i + 3] + f.stackBase;
                Object[] stack = f.stack;
                while (sp > depth) {
                    stack[--sp] = null;
                }
                if (table[i + 4] != 0) {
                    stack[sp++] = (long) at;
                }
                stack[sp++] = e.value;
                f.sp = sp;
                return table[i + 2];
            }
        }
        f.sp = sp;
        throw e;
    }

    /** Sets the implicit {@code __context__} of an exception raised while {@code ts.handled} is being handled. */
    static void setContext(ThreadState ts, PyBaseException exc) {
        PyBaseException handled = ts.handled;
        if (handled == null || handled == exc) {
            return;
        }
        // break a cycle: exc must not appear in the context chain of handled; a cycle already in
        // that chain is detected with a second pointer moving at half speed (as CPython does)
        PyBaseException o = handled;
        PyBaseException slow = handled;
        boolean moveSlow = false;
        while (o.context != null) {
            if (o.context == exc) {
                o.context = null;
                break;
            }
            o = o.context;
            if (o == slow) {
                break;
            }
            if (moveSlow) {
                slow = slow.context;
            }
            moveSlow = !moveSlow;
        }
        exc.context = handled;
    }

    static int pushExcInfo(ThreadState ts, Object[] stack, int sp) {
        Object exc = stack[sp - 1];
        stack[sp - 1] = ts.handled == null ? Py.None : ts.handled;
        stack[sp] = exc;
        ts.handled = (PyBaseException) exc;
        ts.frame.activeHandlers++;
        return sp + 1;
    }

    static int popExcept(ThreadState ts, Object[] stack, int sp) {
        Object prev = stack[--sp];
        stack[sp] = null;
        ts.handled = prev == Py.None ? null : (PyBaseException) prev;
        ts.frame.activeHandlers--;
        return sp;
    }

    private static void checkCatchable(Object type) {
        if (type instanceof PyTuple t) {
            for (Object x : t.items) {
                checkCatchableClass(x);
            }
        } else {
            checkCatchableClass(type);
        }
    }

    private static void checkCatchableClass(Object type) {
        if (!(type instanceof PyType pt) || !pt.isSubtypeOf(Exceptions.BASE_EXCEPTION)) {
            throw Exceptions.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    static Object checkExcMatch(Object exc, Object type) {
        checkCatchable(type);
        return Py.bool(matches(Py.typeOf(exc), type));
    }

    static boolean matches(PyType t, Object type) {
        if (type instanceof PyTuple tuple) {
            for (Object x : tuple.items) {
                if (matches(t, x)) {
                    return true;
                }
            }
            return false;
        }
        return t.isSubtypeOf((PyType) type);
    }

    static void checkEgMatch(Object[] stack, int sp) {
        Object exc = stack[sp - 2];
        Object type = stack[sp - 1];
        checkCatchable(type);
        if (isGroupType(type)) {
            throw Exceptions.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        Object match;
        Object rest;
        if (exc == Py.None) {
            // an earlier except* clause took everything
            stack[sp - 1] = Py.None;
            return;
        }
        PyBaseException e = (PyBaseException) exc;
        if (e.type.isSubtypeOf(Exceptions.BASE_EXCEPTION_GROUP)) {
            PyTuple parts = (PyTuple) Ops.callSpecial(e, "split", type);
            match = parts.items[0];
            rest = parts.items[1];
        } else if (matches(e.type, type)) {
            PyBaseException group = (PyBaseException) Ops.call(Exceptions.EXCEPTION_GROUP, PyStr.EMPTY, PyList.of(e));
            group.traceback = e.traceback;
            group.cause = e.cause;
            group.context = e.context;
            match = group;
            rest = Py.None;
        } else {
            match = Py.None;
            rest = e;
        }
        stack[sp - 2] = rest;
        stack[sp - 1] = match;
        if (match != Py.None) {
            // inside "except* T as e", the exception being handled (bare raise, sys.exc_info()) is the match
            ThreadState.current().handled = (PyBaseException) match;
        }
    }

    private static boolean isGroupType(Object type) {
        if (type instanceof PyTuple t) {
            for (Object x : t.items) {
                if (isGroupType(x)) {
                    return true;
                }
            }
            return false;
        }
        return ((PyType) type).isSubtypeOf(Exceptions.BASE_EXCEPTION_GROUP);
    }

    static int prepReraiseStar(Object[] stack, int sp) {
        Object orig = stack[sp - 2];
        PyList list = (PyList) stack[sp - 1];
        List<PyBaseException> items = new ArrayList<>();
        for (int i = 0; i < list.size; i++) {
            if (list.items[i] != Py.None) {
                items.add((PyBaseException) list.items[i]);
            }
        }
        Object result;
        if (items.isEmpty()) {
            result = Py.None;
        } else if (!(orig instanceof PyBaseException o) || !o.type.isSubtypeOf(Exceptions.BASE_EXCEPTION_GROUP)) {
            result = items.get(0);
        } else {
            Map<PyBaseException, Boolean> origLeaves = new IdentityHashMap<>();
            leaves(o, origLeaves);
            Map<PyBaseException, Boolean> kept = new IdentityHashMap<>();
            List<Object> raised = new ArrayList<>();
            for (PyBaseException x : items) {
                Map<PyBaseException, Boolean> ls = new IdentityHashMap<>();
                leaves(x, ls);
                boolean fromOrig = !ls.isEmpty() && origLeaves.keySet().containsAll(ls.keySet());
                if (fromOrig) {
                    kept.putAll(ls);
                } else {
                    raised.add(x);
                }
            }
            Object keep = Py.None;
            if (!kept.isEmpty()) {
                BuiltinFunction pred = BuiltinFunction.of("builtins", "leaf_kept", "e",
                    (self, a) -> Py.bool(kept.containsKey(a[0])));
                keep = Ops.callSpecial(o, "subgroup", pred);
            }
            if (raised.isEmpty()) {
                result = keep;
            } else {
                if (keep != Py.None) {
                    raised.add(keep);
                }
                result = raised.size() == 1 ? raised.get(0)
                    : Ops.call(Exceptions.EXCEPTION_GROUP, PyStr.EMPTY, new PyList(raised.toArray()));
            }
        }
        sp = Instructions.clear(stack, sp, 2);
        stack[sp] = result;
        return sp + 1;
    }

    private static void leaves(PyBaseException e, Map<PyBaseException, Boolean> out) {
        if (e.type.isSubtypeOf(Exceptions.BASE_EXCEPTION_GROUP)) {
            Object excs = Ops.getAttr(e, "exceptions");
            for (Object x : ((PyTuple) excs).items) {
                leaves((PyBaseException) x, out);
            }
        } else {
            out.put(e, Boolean.TRUE);
        }
    }

    static RuntimeException reraise(Frame f, Object[] stack, int sp, int arg) {
        PyBaseException exc = (PyBaseException) stack[sp - 1];
        f.sp = sp;
        return new Reraise(new PyException(exc));
    }

    static RuntimeException raise(ThreadState ts, Object[] stack, int sp, int arg) {
        if (arg == 0) {
            if (ts.handled == null) {
                return Exceptions.runtimeError("No active exception to reraise");
            }
            return new Reraise(new PyException(ts.handled));
        }
        Object cause = arg == 2 ? stack[sp - 1] : null;
        PyBaseException exc = instantiate(stack[sp - arg], "exceptions must derive from BaseException");
        if (arg == 2) {
            if (cause == Py.None) {
                exc.cause = null;
            } else {
                exc.cause = instantiate(cause, "exception causes must derive from BaseException");
            }
            exc.suppressContext = true;
        }
        setContext(ts, exc);
        return new PyException(exc);
    }

    /** The exception instance {@code raise X} raises: X itself, or X() for a class. */
    static PyBaseException instantiate(Object x, String message) {
        if (x instanceof PyBaseException e) {
            return e;
        }
        if (x instanceof PyType t && t.isSubtypeOf(Exceptions.BASE_EXCEPTION)) {
            Object v = Ops.call(t);
            if (!(v instanceof PyBaseException e)) {
                throw Exceptions.typeError("calling " + Ops.reprString(t)
                    + " should have returned an instance of BaseException, not " + Py.typeOf(v).name());
            }
            return e;
        }
        throw Exceptions.typeError(message);
    }

    static Object withExceptStart(Object[] stack, int sp) {
        PyBaseException exc = (PyBaseException) stack[sp - 1];
        Object exit = stack[sp - 4];
        return Ops.call(exit, exc.type, exc, exc.traceback == null ? Py.None : exc.traceback);
    }

    static int endAsyncFor(Object[] stack, int sp) {
        PyBaseException exc = (PyBaseException) stack[sp - 1];
        if (exc.type.isSubtypeOf(Exceptions.STOP_ASYNC_ITERATION)) {
            return Instructions.clear(stack, sp, 2);
        }
        throw new Reraise(new PyException(exc));
    }
}
