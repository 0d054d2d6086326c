package taipan.builtins;

import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.PyException;
import taipan.runtime.PyIterator;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * {@code iter(callable, sentinel)}: calls the callable until it returns a value
 * equal to the sentinel ({@code sentinel == value}) or raises StopIteration;
 * then it stays exhausted.
 */
public final class CallableIterator extends PyIterator {
    public static final PyType TYPE = defineIteratorType("callable_iterator");

    private Object callable;
    private Object sentinel;

    public CallableIterator(Object callable, Object sentinel) {
        super(TYPE);
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public Object next() {
        if (callable == null) {
            return null;
        }
        Object v;
        try {
            v = Ops.call(callable);
        } catch (PyException e) {
            if (e.matches(Exceptions.STOP_ITERATION)) {
                callable = sentinel = null;
                return null;
            }
            throw e;
        }
        if (sentinel == null) {
            return null; // the call itself exhausted this iterator
        }
        if (Ops.eq(sentinel, v)) {
            callable = sentinel = null;
            return null;
        }
        return v;
    }

    @Override
    public PyTuple reduce() {
        Object iter = builtin("iter"); // may run Python code (a patched builtins dict): before reading the state
        return callable != null && sentinel != null ? PyTuple.of(iter, PyTuple.of(callable, sentinel))
            : PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
    }
}
