package taipan.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The algorithms str, bytes and bytearray share, on Java strings (bytes are
 * handled as latin-1 strings, one char per byte): searching, counting,
 * splitting, replacing, stripping, padding, tab expansion, and the index
 * arithmetic of {@code start, end} arguments (slices use {@link SliceIndices}).
 *
 * <p>Contract: offsets here are char offsets; the str methods translate code
 * point positions to char offsets before calling and back afterwards. Whitespace
 * and line boundaries are chosen by the caller (Python's for str, ASCII's for bytes).
 */
final class TextOps {
    private TextOps() {}

    /** The {start, end} of a search range (CPython's ADJUST_INDICES); start may exceed length. */
    static long[] range(Object start, Object end, long length) {
        long st = start == null || start == Py.None ? 0 : SliceIndices.clampedIndex(start);
        long en = end == null || end == Py.None ? length : SliceIndices.clampedIndex(end);
        if (en > length) {
            en = length;
        } else if (en < 0) {
            en = Math.max(0, en + length);
        }
        if (st < 0) {
            st = Math.max(0, st + length);
        }
        return new long[] {st, en};
    }

    /** An integer argument as a long; huge values raise CPython's OverflowError. */
    static long asSsize(Object o) {
        Object i = Ops.index(o);
        if (i instanceof BigInteger) {
            throw Exceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        return (Long) i;
    }

    /** The class argument of {@code base.__new__}: a subtype of base, with CPython's errors. */
    static PyType newType(Object cls, PyType base) {
        String n = base.name();
        if (!(cls instanceof PyType t)) {
            throw Exceptions.typeError(n + ".__new__(X): X is not a type object (" + Py.typeOf(cls).name() + ")");
        }
        if (!t.isSubtypeOf(base)) {
            throw Exceptions.typeError(n + ".__new__(" + t.name() + "): " + t.name() + " is not a subtype of " + n);
        }
        return t;
    }

    /** An integer argument CPython converts to a C int. */
    static int asCInt(Object o) {
        Object i = Ops.index(o);
        if (!(i instanceof Long l) || l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw Exceptions.overflowError("Python int too large to convert to C int");
        }
        return (int) (long) l;
    }

    /** The index-able integer {@code o}, or null when it is not an integer at all (for NotImplemented). */
    static Long repeatCount(Object o) {
        if (!Ops.isInt(o) && Py.typeOf(o).lookup("__index__") == null) {
            return null;
        }
        Object i = Ops.index(o);
        if (i instanceof BigInteger) {
            throw Exceptions.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return (Long) i;
    }

    /**
     * {@code s * n} with CPython's errors for results too large: OverflowError
     * {@code overflow} beyond the ssize_t range (MemoryError when null), MemoryError beyond Java's.
     */
    static String repeat(String s, long n, String overflow) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        if (n > Long.MAX_VALUE / s.length() && overflow != null) {
            throw Exceptions.overflowError(overflow);
        }
        if (n > (Integer.MAX_VALUE - 16) / s.length()) {
            throw new PyException(new PyBaseException(Exceptions.MEMORY_ERROR, PyTuple.EMPTY));
        }
        return s.repeat((int) n);
    }

    /**
     * Calls {@code f} with each item of {@code iterable} (exact lists and tuples
     * directly); {@code notIterable} is the TypeError when it cannot be iterated.
     */
    static void forEach(Object iterable, java.util.function.Consumer<Object> f,
                        java.util.function.Supplier<PyException> notIterable) {
        if (iterable instanceof PyList l && l.type == BuiltinTypes.LIST) {
            for (Object x : l.toArray()) {
                f.accept(x);
            }
            return;
        }
        if (iterable instanceof PyTuple t && t.type == BuiltinTypes.TUPLE) {
            for (Object x : t.items) {
                f.accept(x);
            }
            return;
        }
        Object it;
        try {
            it = Ops.iter(iterable);
        } catch (PyException e) {
            if (notIterable != null && e.matches(Exceptions.TYPE_ERROR)) {
                throw notIterable.get();
            }
            throw e;
        }
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            f.accept(x);
        }
    }

    /** Whether a match of {@code n > 0} chars at offset {@code r} would cut a surrogate pair (one code point). */
    static boolean splitsPair(String s, int r, int n) {
        return r > 0 && Character.isHighSurrogate(s.charAt(r - 1)) && Character.isLowSurrogate(s.charAt(r))
            || r + n < s.length() && Character.isHighSurrogate(s.charAt(r + n - 1))
            && Character.isLowSurrogate(s.charAt(r + n));
    }

    /** {@link String#indexOf(String, int)} that never matches half of a code point. */
    static int indexOf(String s, String sub, int from) {
        int r = s.indexOf(sub, from);
        while (r >= 0 && !sub.isEmpty() && splitsPair(s, r, sub.length())) {
            r = s.indexOf(sub, r + 1);
        }
        return r;
    }

    /** {@link String#lastIndexOf(String, int)} that never matches half of a code point. */
    static int lastIndexOf(String s, String sub, int from) {
        int r = s.lastIndexOf(sub, from);
        while (r >= 0 && !sub.isEmpty() && splitsPair(s, r, sub.length())) {
            r = r == 0 ? -1 : s.lastIndexOf(sub, r - 1);
        }
        return r;
    }

    /** {@link String#startsWith(String, int)} that never matches half of a code point. */
    static boolean startsWith(String s, String sub, int offset) {
        return s.startsWith(sub, offset) && (sub.isEmpty() || !splitsPair(s, offset, sub.length()));
    }

    // ---- searching ------------------------------------------------------------

    /** The offset of {@code sub} in s[start:end], or -1. */
    static int find(String s, String sub, long start, long end) {
        if (start > s.length() || end - start < sub.length()) {
            return -1;
        }
        int r = indexOf(s, sub, (int) start);
        return r >= 0 && r + sub.length() <= end ? r : -1;
    }

    /** The last offset of {@code sub} in s[start:end], or -1. */
    static int rfind(String s, String sub, long start, long end) {
        if (start > s.length() || end - start < sub.length()) {
            return -1;
        }
        int r = lastIndexOf(s, sub, (int) (end - sub.length()));
        return r >= start ? r : -1;
    }

    /** Non-overlapping occurrences of {@code sub} in s[start:end]; {@code units} counts the empty string's slots. */
    static long count(String s, String sub, long start, long end, long units) {
        if (start > s.length() || end < start) {
            return 0;
        }
        if (sub.isEmpty()) {
            return units + 1;
        }
        long n = 0;
        int i = (int) start;
        while (true) {
            int r = indexOf(s, sub, i);
            if (r < 0 || r + sub.length() > end) {
                return n;
            }
            n++;
            i = r + sub.length();
        }
    }

    /** Whether s[start:end] starts (or ends, {@code atEnd}) with {@code sub}. */
    static boolean tailMatch(String s, String sub, long start, long end, boolean atEnd) {
        if (end - start < sub.length() || start > s.length()) {
            return false;
        }
        return atEnd ? startsWith(s, sub, (int) (end - sub.length())) : startsWith(s, sub, (int) start);
    }

    // ---- splitting -------------------------------------------------------------

    /** {@code s.split(sep, maxsplit)} for a non-empty separator. */
    static List<String> split(String s, String sep, long maxsplit) {
        List<String> out = new ArrayList<>();
        int i = 0;
        long left = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        while (left-- > 0) {
            int r = indexOf(s, sep, i);
            if (r < 0) {
                break;
            }
            out.add(s.substring(i, r));
            i = r + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    /** {@code s.rsplit(sep, maxsplit)} for a non-empty separator. */
    static List<String> rsplit(String s, String sep, long maxsplit) {
        List<String> out = new ArrayList<>();
        int j = s.length();
        long left = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        while (left-- > 0 && j >= sep.length()) {
            int r = lastIndexOf(s, sep, j - sep.length());
            if (r < 0) {
                break;
            }
            out.add(s.substring(r + sep.length(), j));
            j = r;
        }
        out.add(s.substring(0, j));
        java.util.Collections.reverse(out);
        return out;
    }

    /** {@code s.split(None, maxsplit)}: runs of whitespace separate, ends are dropped. */
    static List<String> splitWhitespace(String s, long maxsplit, IntPredicate space) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        long left = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        while (true) {
            while (i < n && space.test(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            if (left-- == 0) {
                out.add(s.substring(i));
                break;
            }
            int j = i;
            while (j < n && !space.test(s.charAt(j))) {
                j++;
            }
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    /** {@code s.rsplit(None, maxsplit)}. */
    static List<String> rsplitWhitespace(String s, long maxsplit, IntPredicate space) {
        List<String> out = new ArrayList<>();
        int j = s.length();
        long left = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        while (true) {
            while (j > 0 && space.test(s.charAt(j - 1))) {
                j--;
            }
            if (j == 0) {
                break;
            }
            if (left-- == 0) {
                out.add(s.substring(0, j));
                break;
            }
            int i = j;
            while (i > 0 && !space.test(s.charAt(i - 1))) {
                i--;
            }
            out.add(s.substring(i, j));
            j = i;
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** {@code s.splitlines(keepends)}; {@code unicode} adds str's boundaries beyond \n, \r and \r\n. */
    static List<String> splitlines(String s, boolean keepends, boolean unicode) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j), unicode)) {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
                if (keepends) {
                    eol = j;
                }
            }
            out.add(s.substring(i, eol));
            i = j;
        }
        return out;
    }

    private static boolean isLineBreak(char c, boolean unicode) {
        if (c == '\n' || c == '\r') {
            return true;
        }
        return unicode && (c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85
            || c == 0x2028 || c == 0x2029);
    }

    // ---- replacing, stripping, padding -----------------------------------------

    /**
     * {@code s.replace(old, new, count)}; for an empty {@code old}, {@code boundaries}
     * lists the char offsets between items (code points for str, bytes for bytes).
     */
    static String replace(String s, String old, String repl, long count, int[] boundaries) {
        long left = count < 0 ? Long.MAX_VALUE : count;
        if (left == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int prev = 0;
            for (int b : boundaries) {
                if (left-- == 0) {
                    break;
                }
                sb.append(s, prev, b).append(repl);
                prev = b;
            }
            return sb.append(s, prev, s.length()).toString();
        }
        int i = 0;
        while (left-- > 0) {
            int r = indexOf(s, old, i);
            if (r < 0) {
                break;
            }
            sb.append(s, i, r).append(repl);
            i = r + old.length();
        }
        return sb.append(s, i, s.length()).toString();
    }

    /** Strips code points matching {@code strip} from the left and/or right. */
    static String strip(String s, IntPredicate strip, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j) {
                int cp = s.codePointAt(i);
                if (!strip.test(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
        }
        if (right) {
            while (j > i) {
                int cp = s.codePointBefore(j);
                if (!strip.test(cp)) {
                    break;
                }
                j -= Character.charCount(cp);
            }
        }
        return s.substring(i, j);
    }

    /** s padded to {@code width} items ({@code len} now) with fill: left and right amounts as CPython's pad(). */
    static String pad(String s, long len, long width, String fill, char how) {
        if (width <= len) {
            return null;
        }
        long marg = width - len;
        long left = switch (how) {
            case 'l' -> 0;
            case 'r' -> marg;
            default -> marg / 2 + (marg & width & 1);
        };
        if (width > Integer.MAX_VALUE - 16) {
            throw new PyException(new PyBaseException(Exceptions.MEMORY_ERROR, PyTuple.EMPTY));
        }
        return fill.repeat((int) left) + s + fill.repeat((int) (marg - left));
    }

    /** {@code s.zfill(width)} (len = items in s). */
    static String zfill(String s, long len, long width) {
        if (width <= len) {
            return null;
        }
        String padded = pad(s, len, width, "0", 'r');
        int fill = (int) (width - len);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + padded.substring(0, fill) + padded.substring(fill + 1);
        }
        return padded;
    }

    /** {@code s.expandtabs(tabsize)}: columns count code points and restart after \n and \r. */
    static String expandtabs(String s, long tabsize) {
        StringBuilder sb = new StringBuilder();
        long col = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - col % tabsize;
                    if (sb.length() + n > Integer.MAX_VALUE - 16) {
                        throw new PyException(new PyBaseException(Exceptions.MEMORY_ERROR, PyTuple.EMPTY));
                    }
                    sb.append(" ".repeat((int) n));
                    col += n;
                }
            } else {
                sb.appendCodePoint(cp);
                col = cp == '\n' || cp == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }
}
