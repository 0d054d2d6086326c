package taipan.builtins;

import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyException;
import taipan.runtime.PyObject;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * What {@code anext(aiterator, default)} returns: an awaitable wrapping the
 * awaitable from {@code __anext__}. Each step (next, send, throw, close) goes
 * to the wrapped awaitable's iterator; a StopAsyncIteration coming out of it
 * becomes {@code StopIteration(default)}, so awaiting the result gives the
 * default at the end of the iteration.
 */
public final class AnextAwaitable extends PyObject {
    public static final PyType TYPE = BuiltinTypes.builtin("anext_awaitable", BuiltinTypes.OBJECT, null);

    static {
        TYPE.acceptsSubclasses = false;
        MethodDescriptor.define(TYPE, "__await__", "", (self, a) -> self);
        MethodDescriptor.define(TYPE, "__iter__", "", (self, a) -> self);
        MethodDescriptor.define(TYPE, "__next__", "", (self, a) -> ((AnextAwaitable) self).proxy("__next__"));
        MethodDescriptor.define(TYPE, "send", "value, /", (self, a) -> ((AnextAwaitable) self).proxy("send", a[0]));
        MethodDescriptor.define(TYPE, "throw", "*args", (self, a) ->
            ((AnextAwaitable) self).proxy("throw", ((PyTuple) a[0]).items));
        MethodDescriptor.define(TYPE, "close", "", (self, a) -> ((AnextAwaitable) self).proxy("close"));
    }

    private final Object wrapped;
    private final Object dflt;

    public AnextAwaitable(Object wrapped, Object dflt) {
        super(TYPE);
        this.wrapped = wrapped;
        this.dflt = dflt;
    }

    /** The iterator that drives the wrapped awaitable (CPython's _PyCoro_GetAwaitableIter). */
    private Object awaitableIterator() {
        PyType t = Py.typeOf(wrapped);
        Object await = t.lookup("__await__");
        if (await != null) {
            Object it = Ops.invoke(await, wrapped);
            if (Py.typeOf(it).lookup("__next__") == null) {
                throw Exceptions.typeError("__await__() returned non-iterator of type '" + Py.typeOf(it).name() + "'");
            }
            return it;
        }
        if (t.lookup("__next__") != null) {
            return wrapped;
        }
        throw Exceptions.typeError("'" + t.name() + "' object can't be awaited");
    }

    private Object proxy(String method, Object... args) {
        Object it = awaitableIterator();
        try {
            return Ops.call(Ops.getAttr(it, method), args);
        } catch (PyException e) {
            if (e.matches(Exceptions.STOP_ASYNC_ITERATION)) {
                throw Exceptions.stopIteration(dflt);
            }
            throw e;
        }
    }
}
