package taipan.runtime;

/**
 * Converts between a keyword dict and Taipan's calling convention (positional
 * values followed by keyword values, with their names in a separate array;
 * see {@link PyCallable}).
 */
public final class CallArgs {
    /** Positional arguments followed by keyword values, and the keyword names (null when none). */
    public record Packed(Object[] args, String[] kwnames) {}

    private CallArgs() {}

    /** {@code positional} followed by the values of {@code kwargs} (str keys), with their names. */
    public static Packed pack(Object[] positional, PyDict kwargs) {
        int n = kwargs == null ? 0 : kwargs.size();
        if (n == 0) {
            return new Packed(positional, null);
        }
        Object[] all = new Object[positional.length + n];
        System.arraycopy(positional, 0, all, 0, positional.length);
        String[] names = new String[n];
        int k = 0;
        for (int i = 0; i < kwargs.entryLimit(); i++) {
            Object key = kwargs.keyAt(i);
            if (key != null) {
                if (!(key instanceof PyStr s)) {
                    throw Exceptions.typeError("keywords must be strings");
                }
                names[k] = s.value();
                all[positional.length + k++] = kwargs.valueAt(i);
            }
        }
        return new Packed(all, names);
    }

    /** Calls {@code f(*positional, **kwargs)}. */
    public static Object call(Object f, Object[] positional, PyDict kwargs) {
        Packed p = pack(positional, kwargs);
        return Ops.call(f, p.args, p.kwnames);
    }
}
