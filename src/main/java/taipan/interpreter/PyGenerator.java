package taipan.interpreter;

import taipan.bytecode.CodeObject;
import taipan.bytecode.Opcode;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBaseException;
import taipan.runtime.PyException;
import taipan.runtime.PyIterator;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * A generator, coroutine or async generator: a suspended {@link Frame} that
 * {@link #send}, {@link #throwInto} and {@link #close} resume.
 *
 * <p>Contract: {@link #resume} runs the frame until it yields (returns the
 * value with {@link #lastYielded} true) or returns (returns the value with
 * {@link #lastYielded} false and the generator finished). A StopIteration
 * escaping a generator becomes RuntimeError (PEP 479). While suspended inside a
 * {@code yield from}/{@code await}, throw() and close() go to the delegate first.
 * Each generator keeps its own "exception being handled" across suspensions.
 */
public final class PyGenerator extends PyIterator {
    public enum Kind { GENERATOR, COROUTINE, ASYNC_GENERATOR }

    public final Frame frame;
    public final Kind kind;
    public String name;
    public String qualname;
    boolean running;
    boolean finished;
    boolean lastYielded;
    /** For async generators: an athrow()/aclose() is in progress (for their error checks). */
    boolean hookedUp;
    /** For async generators: the {@code sys.set_asyncgen_hooks} hooks were applied on first use. */
    boolean asyncgenHooksApplied;

    PyGenerator(Frame frame, Kind kind, PyType type) {
        super(type);
        this.frame = frame;
        this.kind = kind;
        this.name = frame.function != null ? frame.function.name : frame.code.name;
        this.qualname = frame.function != null ? frame.function.qualname : frame.code.qualname;
    }

    private String what() {
        return switch (kind) {
            case GENERATOR -> "generator";
            case COROUTINE -> "coroutine";
            case ASYNC_GENERATOR -> "async generator";
        };
    }

    /** The for-loop protocol: the next yielded value, or null when the generator returned (its value dropped). */
    @Override
    public Object next() {
        Object r = send(Py.None);
        if (lastYielded) {
            return r;
        }
        returned = r == null ? Py.None : r;
        return null;
    }

    /** The value the generator returned when {@link #next} last reported its end. */
    private Object returned = Py.None;

    @Override
    public Object stopValue() {
        Object r = returned;
        returned = Py.None;
        return r;
    }

    boolean started() {
        return frame.lasti >= 0;
    }

    /** Resumes with {@code value} as the result of the pending yield (or starts the frame). */
    Object send(Object value) {
        if (running) {
            throw Exceptions.valueError(what() + " already executing");
        }
        if (finished) {
            if (kind == Kind.COROUTINE) {
                throw Exceptions.runtimeError("cannot reuse already awaited coroutine");
            }
            lastYielded = false;
            return null;
        }
        if (!started()) {
            if (value != Py.None) {
                throw Exceptions.typeError("can't send non-None value to a just-started " + what());
            }
        } else {
            frame.stack[frame.sp++] = value;
        }
        return resume(null);
    }

    /** Runs the frame, raising {@code thrown} at the suspension point when not null. */
    Object resume(Throwable thrown) {
        ThreadState ts = ThreadState.current();
        ts.enter(frame);
        PyBaseException callerHandled = ts.handled;
        if (frame.activeHandlers > 0) {
            ts.handled = frame.savedHandled;
            // As CPython's _PyErr_ChainStackItem: an exception thrown in chains to the one the generator handles.
            if (thrown instanceof PyException pe) Unwinding.setContext(ts, pe.value);
        }
        running = true;
        try {
            Object r = thrown == null ? Interpreter.run(frame, ts) : Interpreter.runThrowing(frame, ts, thrown);
            lastYielded = frame.yielded;
            if (!lastYielded) {
                finished = true;
            }
            return r;
        } catch (PyException e) {
            finished = true;
            lastYielded = false;
            throw pep479(e);
        } finally {
            running = false;
            frame.savedHandled = frame.activeHandlers > 0 ? ts.handled : null;
            ts.handled = callerHandled;
            ts.leave(frame);
        }
    }

    private PyException pep479(PyException e) {
        String message = null;
        if (e.matches(Exceptions.STOP_ITERATION)) {
            message = what() + " raised StopIteration";
        } else if (kind == Kind.ASYNC_GENERATOR && e.matches(Exceptions.STOP_ASYNC_ITERATION)) {
            message = "async generator raised StopAsyncIteration";
        }
        if (message == null) {
            return e;
        }
        PyException r = Exceptions.runtimeError(message);
        r.value.cause = e.value;
        r.value.context = e.value;
        r.value.suppressContext = true;
        return r;
    }

    /** The delegate of a pending yield from / await, or null. */
    Object delegate() {
        if (!started() || finished || frame.lasti < 0) {
            return null;
        }
        int insn = frame.code.code[frame.lasti];
        if (Opcode.of(insn) == Opcode.YIELD_VALUE && Opcode.arg(insn) == 1) {
            return frame.stack[frame.sp - 1];
        }
        return null;
    }

    /** Raises {@code exc} inside the generator (delegating to a yield-from target first). */
    Object throwInto(PyBaseException exc) {
        if (running) {
            throw Exceptions.valueError(what() + " already executing");
        }
        if (finished) {
            lastYielded = false;
            throw new PyException(exc);
        }
        Object sub = delegate();
        if (sub != null) {
            if (exc.type.isSubtypeOf(Exceptions.GENERATOR_EXIT)) {
                running = true;
                try {
                    closeDelegate(sub);
                } catch (PyException e) {
                    running = false;
                    return resume(e);
                } finally {
                    running = false;
                }
                return resume(new PyException(exc));
            }
            Object r;
            running = true;
            try {
                if (sub instanceof PyGenerator g) {
                    r = g.throwInto(exc);
                    if (!g.lastYielded) {
                        running = false;
                        return finishDelegation(r);
                    }
                } else {
                    Object throwMethod = Ops.getAttrOrNull(sub, "throw");
                    if (throwMethod == null) {
                        running = false;
                        return resume(new PyException(exc));
                    }
                    r = Ops.call(throwMethod, exc);
                }
            } catch (PyException e) {
                running = false;
                if (e.matches(Exceptions.STOP_ITERATION)) {
                    return finishDelegation(Generators.stopIterationValue(e.value));
                }
                return resume(e);
            } finally {
                running = false;
            }
            lastYielded = true;
            return r;
        }
        return resume(new PyException(exc));
    }

    /** The delegate finished with {@code value}: continue after the SEND loop with it. */
    private Object finishDelegation(Object value) {
        int sendIndex = frame.lasti - 1;
        frame.stack[frame.sp - 1] = value;
        frame.pc = Opcode.arg(frame.code.code[sendIndex]);
        return resume(null);
    }

    private static void closeDelegate(Object sub) {
        if (sub instanceof PyGenerator g) {
            g.close();
            return;
        }
        Object close = Ops.getAttrOrNull(sub, "close");
        if (close != null) {
            Ops.call(close);
        }
    }

    /** close(): raises GeneratorExit inside; RuntimeError when the generator yields instead. */
    Object close() {
        if (finished) {
            return Py.None;
        }
        if (!started()) {
            finished = true;
            return Py.None;
        }
        try {
            throwInto(new PyBaseException(Exceptions.GENERATOR_EXIT, PyTuple.EMPTY));
        } catch (PyException e) {
            if (e.matches(Exceptions.GENERATOR_EXIT) || e.matches(Exceptions.STOP_ITERATION)) {
                return Py.None;
            }
            throw e;
        }
        if (lastYielded) {
            throw Exceptions.runtimeError(what() + " ignored GeneratorExit");
        }
        return Py.None;
    }

    /** The code object being run. */
    CodeObject code() {
        return frame.code;
    }

    static PyType typeFor(Kind kind) {
        return switch (kind) {
            case GENERATOR -> Generators.GENERATOR;
            case COROUTINE -> Generators.COROUTINE;
            case ASYNC_GENERATOR -> Generators.ASYNC_GENERATOR;
        };
    }
}
