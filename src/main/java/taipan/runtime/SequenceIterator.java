package taipan.runtime;

/** The iterator {@code iter()} makes for an object with {@code __getitem__} but no {@code __iter__}. */
public final class SequenceIterator extends PyIterator {
    public static final PyType TYPE = defineIteratorType("iterator");

    private Object sequence;
    private long index;

    public SequenceIterator(Object sequence) {
        super(TYPE);
        this.sequence = sequence;
    }

    @Override
    public Object next() {
        if (sequence == null) {
            return null;
        }
        try {
            return Ops.getItem(sequence, index++);
        } catch (PyException e) {
            if (e.matches(Exceptions.INDEX_ERROR) || e.matches(Exceptions.STOP_ITERATION)) {
                sequence = null;
                return null;
            }
            throw e;
        }
    }

    @Override
    public PyTuple reduce() {
        Object iter = builtin("iter"); // may run Python code (a patched builtins dict): before reading the state
        return sequence == null ? PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY)) : PyTuple.of(iter, PyTuple.of(sequence), index);
    }

    @Override
    public void setState(Object state) {
        if (sequence != null) {
            index = Math.max(0, (Long) Ops.index(state));
        }
    }
}
