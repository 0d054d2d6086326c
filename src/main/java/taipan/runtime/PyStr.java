package taipan.runtime;

/**
 * A Python str: a sequence of Unicode code points held in a Java String.
 *
 * <p>Contract: Python indexes by code point. A string without surrogate pairs
 * (the common case: all of the BMP) has one char per code point and
 * {@link #isBmp} true, so indexing is O(1); otherwise {@link #codePointLength}
 * and {@link #offsetOf} translate between code points and chars. A lone
 * surrogate is one code point. The Python hash is computed once and cached
 * ({@link Hashing#hashString}). Instances of str subclasses are PyStr objects
 * whose {@link #type} is the subclass.
 */
public final class PyStr extends PyObject implements Comparable<PyStr> {
    /** The empty string. */
    public static final PyStr EMPTY = new PyStr("");

    private final String value;
    private long hash;
    private boolean hashed;
    /** Code points in the string, or -1 until computed. */
    private int length = -1;

    public PyStr(String value) {
        super(BuiltinTypes.STR);
        this.value = value;
    }

    public PyStr(PyType type, String value) {
        super(type);
        this.value = value;
    }

    private static final PyStr[] LATIN1 = new PyStr[256];

    /** The one-character str {@code c}; shared for Latin-1 characters, as CPython shares them. */
    public static PyStr ofChar(char c) {
        if (c < 256) {
            PyStr s = LATIN1[c];
            if (s == null) {
                s = new PyStr(String.valueOf(c));
                LATIN1[c] = s;
            }
            return s;
        }
        return new PyStr(String.valueOf(c));
    }

    /** A str of exactly the built-in type. */
    public static PyStr of(String value) {
        return value.isEmpty() ? EMPTY : new PyStr(value);
    }

    public String value() {
        return value;
    }

    /** The Python len(): number of code points. */
    public int codePointLength() {
        int n = length;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            length = n;
        }
        return n;
    }

    /** Whether every code point is one Java char. */
    public boolean isBmp() {
        return codePointLength() == value.length();
    }

    /** Every {@link #SAMPLE}-th code point's char offset, for strings outside the BMP (made on first use). */
    private int[] samples;
    private static final int SAMPLE_SHIFT = 5;
    private static final int SAMPLE = 1 << SAMPLE_SHIFT;

    /** The char offset of code point {@code index} (0 ≤ index ≤ length): O(1) for BMP strings, O(32) otherwise. */
    public int offsetOf(int index) {
        if (isBmp()) {
            return index;
        }
        int[] s = samples;
        if (s == null) {
            s = new int[(codePointLength() >> SAMPLE_SHIFT) + 1];
            int off = 0;
            for (int k = 0; k < s.length; k++) {
                s[k] = off;
                if (k + 1 < s.length) {
                    off = value.offsetByCodePoints(off, SAMPLE);
                }
            }
            samples = s;
        }
        int off = s[index >> SAMPLE_SHIFT];
        int rest = index & (SAMPLE - 1);
        return rest == 0 ? off : value.offsetByCodePoints(off, rest);
    }

    /** The code point at code-point {@code index}. */
    public int codePointAt(int index) {
        return isBmp() ? value.charAt(index) : value.codePointAt(offsetOf(index));
    }

    /** The Python hash of this string. */
    public long pyHash() {
        if (!hashed) {
            hash = Hashing.hashString(value);
            hashed = true;
        }
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Orders by code point, as Python compares strings. */
    @Override
    public int compareTo(PyStr o) {
        return compareCodePoints(value, o.value);
    }

    /** Compares two Java strings by code point (surrogate pairs sort above the BMP). */
    public static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    @Override
    public String toString() {
        return value;
    }
}
