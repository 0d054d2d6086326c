package taipan.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A special-method name with a small number of its own, so a type can keep
 * the results of looking it up in an array ({@link PyType#lookup(SlotName)})
 * instead of a hash map: the hot paths of the object protocol (operators,
 * comparisons, truth, iteration, subscription, calls) use these.
 */
public final class SlotName {
    private static final ConcurrentHashMap<String, SlotName> BY_NAME = new ConcurrentHashMap<>();
    private static int count;

    public final String name;
    final int id;

    private SlotName(String name, int id) {
        this.name = name;
        this.id = id;
    }

    /** The slot for {@code name}, made on first request. */
    public static SlotName of(String name) {
        return BY_NAME.computeIfAbsent(name, n -> {
            synchronized (SlotName.class) {
                return new SlotName(n, count++);
            }
        });
    }

    /** How many slot names exist so far (the size a type's slot cache needs). */
    static synchronized int count() {
        return count;
    }

    public static final SlotName BOOL = of("__bool__");
    public static final SlotName LEN = of("__len__");
    public static final SlotName HASH = of("__hash__");
    public static final SlotName ITER = of("__iter__");
    public static final SlotName NEXT = of("__next__");
    public static final SlotName GETITEM = of("__getitem__");
    public static final SlotName SETITEM = of("__setitem__");
    public static final SlotName CONTAINS = of("__contains__");
    public static final SlotName CALL = of("__call__");
    public static final SlotName REPR = of("__repr__");
    public static final SlotName STR = of("__str__");
    public static final SlotName NEW = of("__new__");
    public static final SlotName INIT = of("__init__");
    public static final SlotName GETATTR = of("__getattr__");
    public static final SlotName INDEX = of("__index__");
}
