package taipan.runtime;

/**
 * {@code format(value, spec)} as the builtin does it: the spec must be a str,
 * the value's {@code __format__} does the work and must return a str.
 */
public final class Formatting {
    private Formatting() {}

    /** {@code builtins.format(value, spec)}. */
    public static PyStr format(Object value, Object spec) {
        if (!(spec instanceof PyStr)) {
            throw Exceptions.typeError("format() argument 2 must be str, not " + Py.typeOf(spec).name());
        }
        Object r = Ops.callSpecial(value, "__format__", spec);
        if (!(r instanceof PyStr s)) {
            throw Exceptions.typeError("__format__ must return a str, not " + Py.typeOf(r).name());
        }
        return s;
    }

    /** {@code format(value, spec)} as a Java string. */
    public static String formatToString(Object value, String spec) {
        return format(value, PyStr.of(spec)).value();
    }

    /** The spec argument of a {@code __format__} method as a Java string. */
    static String specArgument(Object spec) {
        if (spec instanceof PyStr s) {
            return s.value();
        }
        throw Exceptions.typeError("__format__() argument must be str, not " + Py.typeOf(spec).name());
    }
}
