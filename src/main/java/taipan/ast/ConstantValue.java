package taipan.ast;

/**
 * The Python values a {@code Constant} node holds that have no natural Java type.
 * The others: {@code null} is None, {@link Boolean}, {@link Long} or
 * {@link java.math.BigInteger} for int, {@link Double} for float, {@link String}
 * for str (or {@link CodePoints} when surrogates must stay apart) and {@code byte[]} for bytes.
 */
public final class ConstantValue {
    private ConstantValue() {}

    /** The Ellipsis singleton ({@code ...}). */
    public enum Ellipsis { INSTANCE }

    /** An imaginary literal such as {@code 2j}: a complex with real part 0. */
    public record Imaginary(double imag) {}

    /**
     * A str a Java String cannot hold: escapes that put a high surrogate right
     * before a low one ({@code '\ud83d\ude00'} is two code points in Python, not
     * one). Every other str constant is a {@link String}.
     */
    public record CodePoints(int[] codePoints) {}
}
