package taipan.modules;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.Signature;

/**
 * The {@code _heapq} module: binary heaps kept in a list ({@code heap[k] <= heap[2k+1]} and
 * {@code heap[2k+2]}), plus the max-heap helpers heapq.py uses for merge and nlargest. The list
 * is worked on in place; Python comparisons may change it, so its array is read again after
 * each one and a change of size is CPython's RuntimeError. Comparisons happen in CPython's
 * order (heapify of large lists visits subtrees in the same cache-friendly order).
 */
public final class HeapqModule {
    private HeapqModule() {}

    /** CPython heapifies lists longer than this subtree by subtree. */
    private static final int CACHE_FRIENDLY_SIZE = 2500;

    public static PyModule create() {
        PyModule m = new PyModule("_heapq");
        defineOneArgument(m, "heappop", heap -> pop(heap, false));
        defineOneArgument(m, "heapify", heap -> heapify(heap, false));
        defineOneArgument(m, "_heappop_max", heap -> pop(heap, true));
        defineOneArgument(m, "_heapify_max", heap -> heapify(heap, true));
        defineTwoArguments(m, "heappush", (heap, item) -> {
            heap.append(item);
            siftTowardRoot(heap, 0, heap.size - 1, false);
            return Py.None;
        });
        defineTwoArguments(m, "heapreplace", (heap, item) -> replace(heap, item, false));
        defineTwoArguments(m, "_heapreplace_max", (heap, item) -> replace(heap, item, true));
        defineTwoArguments(m, "heappushpop", HeapqModule::pushPop);
        return m;
    }

    private interface OneArgument {
        Object apply(PyList heap);
    }

    private interface TwoArguments {
        Object apply(PyList heap, Object item);
    }

    private static void defineOneArgument(PyModule m, String name, OneArgument body) {
        m.dict.put(PyStr.of(name), new BuiltinFunction("_heapq", name, Signature.parse("_heapq." + name, "heap, /"),
            (s, a) -> {
                if (!(a[0] instanceof PyList heap)) {
                    throw Exceptions.typeError(name + "() argument must be list, not " + Py.typeOf(a[0]).name());
                }
                return body.apply(heap);
            }, null));
    }

    private static void defineTwoArguments(PyModule m, String name, TwoArguments body) {
        m.dict.put(PyStr.of(name), new BuiltinFunction("_heapq", name, Signature.parse("_heapq." + name, "*args"),
            (s, a) -> {
                Object[] args = ((PyTuple) a[0]).items;
                if (args.length != 2) {
                    throw Exceptions.typeError(name + " expected 2 arguments, got " + args.length);
                }
                if (!(args[0] instanceof PyList heap)) {
                    throw Exceptions.typeError(name + "() argument 1 must be list, not " + Py.typeOf(args[0]).name());
                }
                return body.apply(heap, args[1]);
            }, null));
    }

    /** Whether {@code a} goes above {@code b}: smaller in a min-heap, larger in a max-heap. */
    private static boolean before(Object a, Object b, boolean max) {
        return max ? Ops.lessThan(b, a) : Ops.lessThan(a, b);
    }

    private static PyException sizeChanged() {
        return Exceptions.runtimeError("list changed size during iteration");
    }

    /** Moves the item at {@code pos} up toward {@code start} while it goes above its parent. */
    private static void siftTowardRoot(PyList heap, int start, int pos, boolean max) {
        int size = heap.size;
        if (pos >= size) {
            throw Exceptions.indexError("list index out of range");
        }
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            boolean above = before(heap.items[pos], heap.items[parentPos], max);
            if (size != heap.size) {
                throw sizeChanged();
            }
            if (!above) {
                break;
            }
            Object[] items = heap.items;
            Object parent = items[parentPos];
            items[parentPos] = items[pos];
            items[pos] = parent;
            pos = parentPos;
        }
    }

    /** Moves the item at {@code pos} down to a leaf along the smaller children, then back up into place. */
    private static void siftTowardLeaves(PyList heap, int pos, boolean max) {
        int end = heap.size;
        int start = pos;
        if (pos >= end) {
            throw Exceptions.indexError("list index out of range");
        }
        int limit = end >> 1;
        while (pos < limit) {
            int child = 2 * pos + 1;
            if (child + 1 < end) {
                if (!before(heap.items[child], heap.items[child + 1], max)) {
                    child++;
                }
                if (end != heap.size) {
                    throw sizeChanged();
                }
            }
            Object[] items = heap.items;
            Object moved = items[child];
            items[child] = items[pos];
            items[pos] = moved;
            pos = child;
        }
        siftTowardRoot(heap, start, pos, max);
    }

    private static Object pop(PyList heap, boolean max) {
        if (heap.size == 0) {
            throw Exceptions.indexError("index out of range");
        }
        Object last = heap.removeAt(heap.size - 1);
        if (heap.size == 0) {
            return last;
        }
        Object top = heap.items[0];
        heap.items[0] = last;
        siftTowardLeaves(heap, 0, max);
        return top;
    }

    private static Object replace(PyList heap, Object item, boolean max) {
        if (heap.size == 0) {
            throw Exceptions.indexError("index out of range");
        }
        Object top = heap.items[0];
        heap.items[0] = item;
        siftTowardLeaves(heap, 0, max);
        return top;
    }

    private static Object pushPop(PyList heap, Object item) {
        if (heap.size == 0 || !Ops.lessThan(heap.items[0], item)) {
            return item;
        }
        if (heap.size == 0) {
            throw Exceptions.indexError("index out of range");
        }
        Object top = heap.items[0];
        heap.items[0] = item;
        siftTowardLeaves(heap, 0, false);
        return top;
    }

    private static Object heapify(PyList heap, boolean max) {
        int n = heap.size;
        if (n <= CACHE_FRIENDLY_SIZE) {
            for (int i = (n >> 1) - 1; i >= 0; i--) {
                siftTowardLeaves(heap, i, max);
            }
            return Py.None;
        }
        int firstLeaf = n >> 1;
        int rowStart = Integer.highestOneBit(firstLeaf + 1) - 1;
        int lastParentOfLeaf = firstLeaf >> 1;
        for (int i = rowStart - 1; i >= lastParentOfLeaf; i--) {
            heapifyUpFrom(heap, i, max);
        }
        for (int i = firstLeaf - 1; i >= rowStart; i--) {
            heapifyUpFrom(heap, i, max);
        }
        return Py.None;
    }

    /** Sifts node {@code i}, then each ancestor reached while coming up from a left child. */
    private static void heapifyUpFrom(PyList heap, int i, boolean max) {
        for (int j = i; ; j >>= 1) {
            siftTowardLeaves(heap, j, max);
            if ((j & 1) == 0) {
                break;
            }
        }
    }
}
