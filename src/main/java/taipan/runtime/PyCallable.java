package taipan.runtime;

/**
 * Something Java can call directly with Taipan's calling convention: the
 * positional arguments first in {@code args}, then the values of the keyword
 * arguments, whose names are {@code kwnames} (null when there are none).
 * Functions, built-in functions, bound methods and types implement it; other
 * objects are called through their type's {@code __call__} ({@link Ops#call}).
 */
public interface PyCallable {
    Object call(Object[] args, String[] kwnames);
}
