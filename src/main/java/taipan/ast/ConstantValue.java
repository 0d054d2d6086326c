package taipan.ast;

/**
 * The Python values a {@code Constant} node holds that have no natural Java type.
 * The others: {@code null} is None, {@link Boolean}, {@link Long} or
 * {@link java.math.BigInteger} for int, {@link Double} for float, {@link String}
 * for str and {@code byte[]} for bytes.
 */
public final class ConstantValue {
    private ConstantValue() {}

    /** The Ellipsis singleton ({@code ...}). */
    public enum Ellipsis { INSTANCE }

    /** An imaginary literal such as {@code 2j}: a complex with real part 0. */
    public record Imaginary(double imag) {}
}
