package taipan.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * A hidden class (PyPy's map): the attribute names an object has, in the
 * order they were added, each with its slot index. Objects that got the same
 * attributes in the same order share one shape, so a cache that has seen a
 * shape knows the slot of a name without a lookup.
 *
 * <p>Contract: shapes are immutable and form a tree from {@link #EMPTY};
 * {@link #with} returns the shared child shape. {@link #DICT} marks an object
 * whose attributes moved into a real {@code __dict__} (then {@code slots[0]}
 * is that {@link PyDict}).
 */
public final class Shape {
    /** The shape of an object with no attributes yet. */
    public static final Shape EMPTY = new Shape(null, null, -1);
    /** The shape of an object whose attributes live in a {@link PyDict} at {@code slots[0]}. */
    public static final Shape DICT = new Shape(null, null, 0);

    /** Beyond this many attributes an object switches to a dict. */
    public static final int MAX_SLOTS = 64;

    private final Shape parent;
    private final String lastName;
    private final int size;
    private final Map<String, Integer> index;
    private final Map<String, Shape> transitions = new HashMap<>();

    private Shape(Shape parent, String lastName, int lastIndex) {
        this.parent = parent;
        this.lastName = lastName;
        this.size = lastIndex + 1;
        this.index = new HashMap<>();
        if (parent != null) {
            index.putAll(parent.index);
            index.put(lastName, lastIndex);
        }
    }

    /** The slot of {@code name}, or -1. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** The number of slots an object of this shape uses. */
    public int size() {
        return size < 0 ? 0 : size;
    }

    /** The shared shape with {@code name} added after this shape's names. */
    public synchronized Shape with(String name) {
        return transitions.computeIfAbsent(name, n -> new Shape(this, n, size()));
    }

    /** The names in slot order. */
    public String[] names() {
        String[] out = new String[size()];
        for (Shape s = this; s.parent != null; s = s.parent) {
            out[s.size - 1] = s.lastName;
        }
        return out;
    }
}
