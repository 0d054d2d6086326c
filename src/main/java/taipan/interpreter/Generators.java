package taipan.interpreter;

import taipan.bytecode.CodeObject;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.GenericAlias;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBaseException;
import taipan.runtime.PyException;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * The generator, coroutine and async-generator types as Python sees them, and
 * the instructions that drive them: SEND (yield from / await), GET_AWAITABLE,
 * GET_AITER, GET_ANEXT and the async-generator protocol (asend, athrow,
 * aclose and the awaitables they return).
 */
final class Generators {
    private Generators() {}

    static final PyType GENERATOR = BuiltinTypes.builtin("generator", BuiltinTypes.OBJECT, null);
    static final PyType COROUTINE = BuiltinTypes.builtin("coroutine", BuiltinTypes.OBJECT, null);
    static final PyType ASYNC_GENERATOR = BuiltinTypes.builtin("async_generator", BuiltinTypes.OBJECT, null);
    static final PyType CORO_WRAPPER = BuiltinTypes.builtin("coroutine_wrapper", BuiltinTypes.OBJECT, null);
    static final PyType ASEND = BuiltinTypes.builtin("async_generator_asend", BuiltinTypes.OBJECT, null);
    static final PyType ATHROW = BuiltinTypes.builtin("async_generator_athrow", BuiltinTypes.OBJECT, null);

    /** A value yielded by an async generator (as opposed to one passed through from an inner await). */
    static final class AsyncGenWrapped extends PyObject {
        final Object value;

        AsyncGenWrapped(Object value) {
            super(BuiltinTypes.OBJECT);
            this.value = value;
        }
    }

    static PyGenerator create(Frame f) {
        int flags = f.code.flags;
        PyGenerator.Kind kind = (flags & CodeObject.CO_COROUTINE) != 0 ? PyGenerator.Kind.COROUTINE
            : (flags & CodeObject.CO_ASYNC_GENERATOR) != 0 ? PyGenerator.Kind.ASYNC_GENERATOR
            : PyGenerator.Kind.GENERATOR;
        return new PyGenerator(f, kind, PyGenerator.typeFor(kind));
    }

    /** The value a StopIteration carries (its first argument, or None). */
    static Object stopIterationValue(PyBaseException e) {
        Object v = e.attribute("value");
        if (v != null) {
            return v;
        }
        return e.args.items.length > 0 ? e.args.items[0] : Py.None;
    }

    static Object yieldFromIter(CodeObject code, Object x) {
        if (x instanceof PyGenerator g) {
            if (g.kind == PyGenerator.Kind.COROUTINE && (code.flags & (CodeObject.CO_COROUTINE | CodeObject.CO_ITERABLE_COROUTINE)) == 0) {
                throw Exceptions.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            if (g.kind == PyGenerator.Kind.GENERATOR) {
                return g;
            }
        }
        return Ops.iter(x);
    }

    /** SEND: returns the next pc (the YIELD_VALUE after it, or the jump target when the receiver finished). */
    static int send(Frame f, Object[] stack, int sp, int pc, int target) {
        Object receiver = stack[sp - 2];
        Object v = stack[sp - 1];
        Object r;
        boolean yielded;
        if (receiver instanceof PyGenerator g) {
            r = g.send(v);
            yielded = g.lastYielded;
        } else {
            try {
                r = v == Py.None ? Ops.callSpecial(receiver, "__next__") : Ops.call(Ops.getAttr(receiver, "send"), v);
                if (r == null) {
                    throw Exceptions.typeError("'" + Py.typeOf(receiver).name() + "' object is not an iterator");
                }
                yielded = true;
            } catch (PyException e) {
                if (!e.matches(Exceptions.STOP_ITERATION)) {
                    throw e;
                }
                r = stopIterationValue(e.value);
                yielded = false;
            }
        }
        if (yielded) {
            stack[sp - 1] = r;
            f.sp = sp;
            return pc;
        }
        stack[sp - 1] = null;
        stack[sp - 2] = r == null ? Py.None : r;
        f.sp = sp - 1;
        return target;
    }

    static Object getAwaitable(Object x, int where) {
        if (x instanceof PyGenerator g) {
            if (g.kind == PyGenerator.Kind.COROUTINE) {
                if (g.delegate() != null && g.running) {
                    throw Exceptions.runtimeError("coroutine is being awaited already");
                }
                return g;
            }
            if (g.kind == PyGenerator.Kind.GENERATOR && (g.code().flags & CodeObject.CO_ITERABLE_COROUTINE) != 0) {
                return g;
            }
        }
        Object await = Py.typeOf(x).lookup("__await__");
        if (await == null) {
            String tn = Py.typeOf(x).name();
            throw Exceptions.typeError(switch (where) {
                case 1 -> "'async with' received an object from __aenter__ that does not implement __await__: " + tn;
                case 2 -> "'async with' received an object from __aexit__ that does not implement __await__: " + tn;
                default -> "object " + tn + " can't be used in 'await' expression";
            });
        }
        Object it = Ops.invoke(await, x);
        if (it instanceof PyGenerator g && g.kind == PyGenerator.Kind.COROUTINE) {
            throw Exceptions.typeError("__await__() returned a coroutine");
        }
        if (Py.typeOf(it).lookup("__next__") == null) {
            throw Exceptions.typeError("__await__() returned non-iterator of type '" + Py.typeOf(it).name() + "'");
        }
        return it;
    }

    static Object getAIter(Object x) {
        Object aiter = Py.typeOf(x).lookup("__aiter__");
        if (aiter == null) {
            throw Exceptions.typeError("'async for' requires an object with __aiter__ method, got " + Py.typeOf(x).name());
        }
        Object it = Ops.invoke(aiter, x);
        if (Py.typeOf(it).lookup("__anext__") == null) {
            throw Exceptions.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                + Py.typeOf(it).name());
        }
        return it;
    }

    static Object getANext(Object aiter) {
        Object anext = Py.typeOf(aiter).lookup("__anext__");
        if (anext == null) {
            throw Exceptions.typeError("'async for' requires an iterator with __anext__ method, got " + Py.typeOf(aiter).name());
        }
        Object awaitable = Ops.invoke(anext, aiter);
        try {
            return getAwaitable(awaitable, 0);
        } catch (PyException e) {
            if (e.matches(Exceptions.TYPE_ERROR)) {
                throw Exceptions.typeError("'async for' received an invalid object from __anext__: " + Py.typeOf(awaitable).name());
            }
            throw e;
        }
    }

    /** The awaitable of asend(v) / athrow(...) / aclose() on an async generator. */
    static final class AsyncGenAwaitable extends PyObject {
        final PyGenerator gen;
        final Object sendValue;
        final PyBaseException throwValue;
        final boolean isClose;
        boolean started;
        boolean done;

        AsyncGenAwaitable(PyType type, PyGenerator gen, Object sendValue, PyBaseException throwValue, boolean isClose) {
            super(type);
            this.gen = gen;
            this.sendValue = sendValue;
            this.throwValue = throwValue;
            this.isClose = isClose;
        }

        /** One step: send v into the generator; StopIteration(value) when it produced a value. */
        Object step(Object v, PyBaseException thrown) {
            if (done) {
                throw Exceptions.runtimeError(isClose || throwValue != null
                    ? "cannot reuse already awaited aclose()/athrow()" : "cannot reuse already awaited __anext__()/asend()");
            }
            Object r;
            try {
                if (thrown != null) {
                    r = gen.throwInto(thrown);
                } else if (!started) {
                    started = true;
                    if (throwValue != null) {
                        if (gen.finished || !gen.started()) {
                            if (isClose) {
                                gen.finished = true;
                                done = true;
                                throw Exceptions.stopIteration(Py.None);
                            }
                        }
                        r = gen.throwInto(throwValue);
                    } else {
                        if (gen.finished) {
                            done = true;
                            throw new PyException(new PyBaseException(Exceptions.STOP_ASYNC_ITERATION, PyTuple.EMPTY));
                        }
                        r = gen.send(v == Py.None ? sendValue : v);
                    }
                } else {
                    r = gen.send(v);
                }
            } catch (PyException e) {
                done = true;
                if (isClose && (e.matches(Exceptions.GENERATOR_EXIT) || e.matches(Exceptions.STOP_ASYNC_ITERATION))) {
                    throw Exceptions.stopIteration(Py.None);
                }
                throw e;
            }
            if (!gen.lastYielded) {
                done = true;
                if (isClose) {
                    throw Exceptions.stopIteration(Py.None);
                }
                throw new PyException(new PyBaseException(Exceptions.STOP_ASYNC_ITERATION, PyTuple.EMPTY));
            }
            if (r instanceof AsyncGenWrapped w) {
                done = true;
                if (isClose) {
                    throw Exceptions.runtimeError("async generator ignored GeneratorExit");
                }
                throw Exceptions.stopIteration(w.value);
            }
            return r;
        }
    }

    static void install() {
        for (PyType t : new PyType[] {GENERATOR, COROUTINE, ASYNC_GENERATOR}) {
            t.acceptsSubclasses = false;
            GetSetDescriptor.define(t, "__name__", self -> PyStr.of(((PyGenerator) self).name), (self, v) -> {
                if (!(v instanceof PyStr s)) {
                    throw Exceptions.typeError("__name__ must be set to a string object");
                }
                ((PyGenerator) self).name = s.value();
            });
            GetSetDescriptor.define(t, "__qualname__", self -> PyStr.of(((PyGenerator) self).qualname), (self, v) -> {
                if (!(v instanceof PyStr s)) {
                    throw Exceptions.typeError("__qualname__ must be set to a string object");
                }
                ((PyGenerator) self).qualname = s.value();
            });
            MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
                PyGenerator g = (PyGenerator) self;
                String kind = g.kind == PyGenerator.Kind.GENERATOR ? "generator"
                    : g.kind == PyGenerator.Kind.COROUTINE ? "coroutine" : "async_generator";
                return PyStr.of("<" + kind + " object " + g.qualname + " at 0x"
                    + String.format("%012x", taipan.runtime.Identity.id(g)) + ">");
            });
        }
        String[][] prefixes = {{"gi", "GENERATOR"}, {"cr", "COROUTINE"}, {"ag", "ASYNC_GENERATOR"}};
        PyType[] types = {GENERATOR, COROUTINE, ASYNC_GENERATOR};
        for (int i = 0; i < 3; i++) {
            String p = prefixes[i][0];
            PyType t = types[i];
            GetSetDescriptor.define(t, p + "_frame", self -> {
                PyGenerator g = (PyGenerator) self;
                return g.finished ? Py.None : g.frame;
            });
            GetSetDescriptor.define(t, p + "_running", self -> Py.bool(((PyGenerator) self).running));
            GetSetDescriptor.define(t, p + "_code", self -> ((PyGenerator) self).frame.code);
            GetSetDescriptor.define(t, p + (t == GENERATOR ? "_yieldfrom" : "_await"), self -> {
                Object d = ((PyGenerator) self).delegate();
                return d == null ? Py.None : d;
            });
        }
        for (PyType t : new PyType[] {GENERATOR, COROUTINE}) {
            GetSetDescriptor.define(t, t == GENERATOR ? "gi_suspended" : "cr_suspended", self -> {
                PyGenerator g = (PyGenerator) self;
                return Py.bool(g.started() && !g.finished && !g.running);
            });
        }
        for (PyType t : new PyType[] {GENERATOR, COROUTINE}) {
            MethodDescriptor.define(t, "send", "value, /", (self, a) -> sendOrStop((PyGenerator) self, a[0]));
            MethodDescriptor.define(t, "throw", "typ, val=?, tb=?, /", (self, a) -> {
                PyGenerator g = (PyGenerator) self;
                Object r = g.throwInto(throwable(a[0], a[1], a[2]));
                return yieldedOrStop(g, r);
            });
            MethodDescriptor.define(t, "close", "", (self, a) -> ((PyGenerator) self).close());
        }
        MethodDescriptor.define(GENERATOR, "__iter__", "", (self, a) -> self);
        MethodDescriptor.define(GENERATOR, "__next__", "", (self, a) -> sendOrStop((PyGenerator) self, Py.None));
        MethodDescriptor.define(COROUTINE, "__await__", "", (self, a) -> new CoroutineWrapper((PyGenerator) self));
        MethodDescriptor.define(CORO_WRAPPER, "__iter__", "", (self, a) -> self);
        MethodDescriptor.define(CORO_WRAPPER, "__next__", "", (self, a) -> sendOrStop(((CoroutineWrapper) self).coro, Py.None));
        MethodDescriptor.define(CORO_WRAPPER, "send", "value, /", (self, a) -> sendOrStop(((CoroutineWrapper) self).coro, a[0]));
        MethodDescriptor.define(CORO_WRAPPER, "throw", "typ, val=?, tb=?, /", (self, a) -> {
            PyGenerator g = ((CoroutineWrapper) self).coro;
            return yieldedOrStop(g, g.throwInto(throwable(a[0], a[1], a[2])));
        });
        MethodDescriptor.define(CORO_WRAPPER, "close", "", (self, a) -> ((CoroutineWrapper) self).coro.close());
        installAsyncGenerator();
    }

    /** On an async generator's first use, applies the thread's {@code sys.set_asyncgen_hooks} hooks. */
    private static PyGenerator firstUse(PyGenerator g) {
        if (!g.asyncgenHooksApplied) {
            g.asyncgenHooksApplied = true;
            ThreadState ts = ThreadState.current();
            if (ts.asyncgenFirstiter != null) {
                Ops.call(ts.asyncgenFirstiter, g);
            }
        }
        return g;
    }

    private static void installAsyncGenerator() {
        PyType t = ASYNC_GENERATOR;
        GenericAlias.defineClassGetItem(t, "builtins");
        MethodDescriptor.define(t, "__aiter__", "", (self, a) -> self);
        MethodDescriptor.define(t, "__anext__", "", (self, a) ->
            new AsyncGenAwaitable(ASEND, firstUse((PyGenerator) self), Py.None, null, false));
        MethodDescriptor.define(t, "asend", "value, /", (self, a) ->
            new AsyncGenAwaitable(ASEND, firstUse((PyGenerator) self), a[0], null, false));
        MethodDescriptor.define(t, "athrow", "typ, val=?, tb=?, /", (self, a) ->
            new AsyncGenAwaitable(ATHROW, firstUse((PyGenerator) self), Py.None, throwable(a[0], a[1], a[2]), false));
        MethodDescriptor.define(t, "aclose", "", (self, a) -> new AsyncGenAwaitable(ATHROW, firstUse((PyGenerator) self),
            Py.None, new PyBaseException(Exceptions.GENERATOR_EXIT, PyTuple.EMPTY), true));
        for (PyType at : new PyType[] {ASEND, ATHROW}) {
            MethodDescriptor.define(at, "__await__", "", (self, a) -> self);
            MethodDescriptor.define(at, "__iter__", "", (self, a) -> self);
            MethodDescriptor.define(at, "__next__", "", (self, a) -> ((AsyncGenAwaitable) self).step(Py.None, null));
            MethodDescriptor.define(at, "send", "value, /", (self, a) -> ((AsyncGenAwaitable) self).step(a[0], null));
            MethodDescriptor.define(at, "throw", "typ, val=?, tb=?, /", (self, a) ->
                ((AsyncGenAwaitable) self).step(Py.None, throwable(a[0], a[1], a[2])));
            MethodDescriptor.define(at, "close", "", (self, a) -> {
                ((AsyncGenAwaitable) self).done = true;
                return Py.None;
            });
        }
    }

    /** A coroutine's {@code __await__()} iterator. */
    static final class CoroutineWrapper extends PyObject {
        final PyGenerator coro;

        CoroutineWrapper(PyGenerator coro) {
            super(CORO_WRAPPER);
            this.coro = coro;
        }
    }

    private static Object sendOrStop(PyGenerator g, Object v) {
        Object r = g.send(v);
        return yieldedOrStop(g, r);
    }

    private static Object yieldedOrStop(PyGenerator g, Object r) {
        if (g.lastYielded) {
            return r;
        }
        throw Exceptions.stopIteration(r == null ? Py.None : r);
    }

    /** The exception throw(typ[, val[, tb]]) raises. */
    static PyBaseException throwable(Object typ, Object val, Object tb) {
        PyBaseException e;
        if (typ instanceof PyType t && t.isSubtypeOf(Exceptions.BASE_EXCEPTION)) {
            if (val instanceof PyBaseException v && v.type.isSubtypeOf(t)) {
                e = v;
            } else {
                // As CPython's PyErr_NormalizeException: when making the instance fails, that error is thrown in.
                try {
                    Object made = val == null || val == Py.None ? Ops.call(t)
                        : Ops.call(t, val instanceof PyTuple tup ? tup.items : new Object[] {val});
                    if (!(made instanceof PyBaseException m)) {
                        throw Exceptions.typeError("calling " + Ops.reprString(t)
                            + " should have returned an instance of BaseException, not " + Py.typeOf(made).name());
                    }
                    e = m;
                } catch (PyException failed) {
                    e = failed.value;
                }
            }
        } else if (typ instanceof PyBaseException inst) {
            if (val != null && val != Py.None) {
                throw Exceptions.typeError("instance exception may not have a separate value");
            }
            e = inst;
        } else {
            throw Exceptions.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + Py.typeOf(typ).name());
        }
        if (tb != null && tb != Py.None) {
            if (!(tb instanceof taipan.runtime.PyTraceback t)) {
                throw Exceptions.typeError("throw() third argument must be a traceback object");
            }
            e.traceback = t;
        }
        return e;
    }
}
