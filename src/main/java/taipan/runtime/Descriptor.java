package taipan.runtime;

/**
 * A descriptor implemented in Java: functions, built-in methods, properties,
 * class and static methods, getset attributes. Python classes that define
 * {@code __get__} are descriptors too; {@link Ops} handles both kinds.
 */
public interface Descriptor {
    /** {@code __get__(obj, type)}; obj is null when looked up on the class itself. */
    Object get(Object obj, PyType type);

    /** Whether it defines {@code __set__} or {@code __delete__} (a data descriptor). */
    default boolean isData() {
        return false;
    }

    /** {@code __set__}, or {@code __delete__} when value is null. */
    default void set(Object obj, Object value) {
        throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, "__set__");
    }
}
