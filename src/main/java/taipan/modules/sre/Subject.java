package taipan.modules.sre;

import java.util.Arrays;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyBytes;
import taipan.runtime.PyStr;

/**
 * A string or bytes-like object being matched: its code points (a BMP Java
 * string as is, other strings converted to an int[], the last one kept for
 * the next call on the same str), its length, and
 * slicing by code point index into the result type CPython's sre gives
 * (exact str for str subjects, bytes for every bytes-like subject).
 */
final class Subject {
    final Object original;
    final boolean isBytes;
    final int length;
    private final String bmp;
    private final int[] cps;
    private final byte[] bytes;
    /** The last non-BMP str converted and its code points, so that match(s, pos) loops stay linear. */
    private static volatile Object[] lastConverted = {null, null};

    private Subject(Object original, boolean isBytes, int length, String bmp, int[] cps, byte[] bytes) {
        this.original = original;
        this.isBytes = isBytes;
        this.length = length;
        this.bmp = bmp;
        this.cps = cps;
        this.bytes = bytes;
    }

    /** The subject {@code o}, checked against the pattern's kind (null pattern = either kind). */
    static Subject of(Object o, Boolean patternIsBytes) {
        Subject s;
        if (o instanceof PyStr ps) {
            String v = ps.value();
            s = ps.isBmp() ? new Subject(o, false, v.length(), v, null, null)
                : new Subject(o, false, ps.codePointLength(), null, codePoints(ps), null);
        } else if (o instanceof PyBytes b) {
            s = new Subject(o, true, b.bytes.length, null, null, b.bytes);
        } else if (o instanceof PyByteArray b) {
            s = new Subject(o, true, b.size, null, null, Arrays.copyOf(b.bytes, b.size));
        } else {
            throw Exceptions.typeError("expected string or bytes-like object, got '" + Py.typeOf(o).name() + "'");
        }
        if (patternIsBytes != null) {
            if (patternIsBytes && !s.isBytes) {
                throw Exceptions.typeError("cannot use a bytes pattern on a string-like object");
            }
            if (!patternIsBytes && s.isBytes) {
                throw Exceptions.typeError("cannot use a string pattern on a bytes-like object");
            }
        }
        return s;
    }

    private static int[] codePoints(PyStr s) {
        Object[] last = lastConverted;
        if (last[0] == s) {
            return (int[]) last[1];
        }
        int[] cps = s.value().codePoints().toArray();
        lastConverted = new Object[] {s, cps};
        return cps;
    }

    /** A matcher over [0, length) with search start and endpos clamped as sre does. */
    SreMatcher matcher(SrePattern p, Object pos, Object endpos) {
        int start = clamp(pos == null ? 0L : SrePattern.ssize(Ops.index(pos)));
        int end = clamp(endpos == null ? Long.MAX_VALUE : SrePattern.ssize(Ops.index(endpos)));
        if (bmp != null) {
            return SreMatcher.ofBmp(p.code, p.latinSets, p.groups, bmp, start, end);
        }
        if (cps != null) {
            return SreMatcher.ofCodePoints(p.code, p.latinSets, p.groups, cps, start, end);
        }
        return SreMatcher.ofBytes(p.code, p.latinSets, p.groups, bytes, start, end);
    }

    private int clamp(long index) {
        return (int) Math.max(0, Math.min(length, index));
    }

    /** The piece [start, end) as str or bytes. */
    Object slice(int start, int end) {
        if (bytes != null) {
            return new PyBytes(Arrays.copyOfRange(bytes, start, end));
        }
        if (bmp != null) {
            return PyStr.of(bmp.substring(start, end));
        }
        return PyStr.of(new String(cps, start, end - start));
    }

    /** The empty str or bytes. */
    Object empty() {
        return isBytes ? PyBytes.EMPTY : PyStr.EMPTY;
    }
}
