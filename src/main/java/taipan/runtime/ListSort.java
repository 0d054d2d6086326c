package taipan.runtime;

/**
 * {@code list.sort} and the sort behind {@code sorted()}: a stable merge sort
 * (binary insertion sort on short runs, then bottom-up merging) that compares
 * with {@code <} only, so inconsistent user comparisons cannot break it.
 * As in CPython the list is empty while it is being sorted; a change to it
 * during the sort raises "list modified during sort" (the sorted items are
 * kept). Keys are computed first; exceptions from keys or comparisons
 * propagate and leave the list a permutation of its items.
 */
public final class ListSort {
    private ListSort() {}

    private static final int RUN = 32;

    /** Orders two keys: {@code a < b}. */
    @FunctionalInterface
    interface Less {
        boolean test(Object a, Object b);
    }

    /** Sorts {@code l} in place: {@code key} may be None, {@code reverse} keeps stability as in CPython. */
    public static void sort(PyList l, Object key, boolean reverse) {
        int n = l.size;
        Object[] values = l.items;
        Object[] marker = new Object[0];
        l.items = marker;
        l.size = 0;
        Object[] result = values;
        try {
            if (n > 1) {
                Object[] vals = java.util.Arrays.copyOf(values, n);
                Object[] keys = vals;
                if (key != Py.None) {
                    keys = new Object[n];
                    for (int i = 0; i < n; i++) {
                        keys[i] = Ops.call(key, vals[i]);
                    }
                }
                if (reverse) {
                    reverse(keys, n);
                    if (keys != vals) {
                        reverse(vals, n);
                    }
                }
                mergeSort(keys, keys == vals ? null : vals, n, lessFor(keys, n));
                if (reverse) {
                    reverse(keys, n);
                    if (keys != vals) {
                        reverse(vals, n);
                    }
                }
                result = vals;
            }
        } finally {
            boolean modified = l.items != marker || l.size != 0;
            l.items = result;
            l.size = n;
            if (modified) {
                throw Exceptions.valueError("list modified during sort");
            }
        }
    }

    private static void reverse(Object[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** The cheapest correct comparison for these keys: direct for all-int, all-float or all-str keys. */
    private static Less lessFor(Object[] keys, int n) {
        Class<?> c = keys[0].getClass();
        boolean same = c == Long.class || c == Double.class || c == PyStr.class && ((PyStr) keys[0]).type == BuiltinTypes.STR;
        for (int i = 1; same && i < n; i++) {
            same = keys[i].getClass() == c && (c != PyStr.class || ((PyStr) keys[i]).type == BuiltinTypes.STR);
        }
        if (same && c == Long.class) {
            return (a, b) -> (Long) a < (Long) b;
        }
        if (same && c == Double.class) {
            return (a, b) -> (Double) a < (Double) b;
        }
        if (same) {
            return (a, b) -> PyStr.compareCodePoints(((PyStr) a).value(), ((PyStr) b).value()) < 0;
        }
        return Ops::lessThan;
    }

    /** Stable sort of {@code keys[0..n)}, moving {@code vals} (null when the keys are the values) alongside. */
    static void mergeSort(Object[] keys, Object[] vals, int n, Less less) {
        for (int lo = 0; lo < n; lo += RUN) {
            insertionSort(keys, vals, lo, Math.min(lo + RUN, n), less);
        }
        if (n <= RUN) {
            return;
        }
        Object[] tk = new Object[n];
        Object[] tv = vals == null ? null : new Object[n];
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                if (!less.test(keys[mid], keys[mid - 1])) {
                    continue;
                }
                merge(keys, vals, tk, tv, lo, mid, hi, less);
            }
        }
    }

    private static void insertionSort(Object[] keys, Object[] vals, int lo, int hi, Less less) {
        for (int i = lo + 1; i < hi; i++) {
            Object k = keys[i];
            int left = lo;
            int right = i;
            while (left < right) {
                int m = (left + right) >>> 1;
                if (less.test(k, keys[m])) {
                    right = m;
                } else {
                    left = m + 1;
                }
            }
            if (left < i) {
                System.arraycopy(keys, left, keys, left + 1, i - left);
                keys[left] = k;
                if (vals != null) {
                    Object v = vals[i];
                    System.arraycopy(vals, left, vals, left + 1, i - left);
                    vals[left] = v;
                }
            }
        }
    }

    /** Merges runs [lo, mid) and [mid, hi): copies both, then writes back only when no comparison failed. */
    private static void merge(Object[] keys, Object[] vals, Object[] tk, Object[] tv, int lo, int mid, int hi, Less less) {
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            if (less.test(keys[j], keys[i])) {
                tk[o] = keys[j];
                if (tv != null) {
                    tv[o] = vals[j];
                }
                j++;
            } else {
                tk[o] = keys[i];
                if (tv != null) {
                    tv[o] = vals[i];
                }
                i++;
            }
            o++;
        }
        int restLen = mid - i;
        System.arraycopy(keys, i, tk, o, restLen);
        if (tv != null) {
            System.arraycopy(vals, i, tv, o, restLen);
        }
        o += restLen;
        int n = o - lo;
        System.arraycopy(tk, lo, keys, lo, n);
        if (tv != null) {
            System.arraycopy(tv, lo, vals, lo, n);
        }
    }
}
