package taipan.parser;

import java.math.BigInteger;
import taipan.ast.ConstantValue;

/**
 * Converts the text of a NUMBER token (already validated by the tokenizer) to
 * the value of its Constant node: Long or BigInteger for int, Double for
 * float (correctly rounded, as CPython's), Imaginary for a {@code j} suffix.
 */
final class NumberLiterals {
    private NumberLiterals() {}

    static Object value(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new ConstantValue.Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char p = s.charAt(1);
            int radix = switch (p) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) return integer(s.substring(2), radix);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') return Double.parseDouble(s);
        }
        return integer(s, 10);
    }

    /**
     * For a decimal int literal with more digits than int-from-str conversion
     * allows (sys.set_int_max_str_digits), the message of CPython's SyntaxError; else null.
     */
    static String decimalLimitError(String text) {
        int limit = taipan.runtime.IntArith.maxStrDigits();
        if (limit <= 0 || text.length() <= limit) return null;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '_') {
                return null; // a float, an imaginary or a literal with a base prefix
            }
        }
        if (digits <= limit) return null;
        return "Exceeds the limit (" + limit + " digits) for integer string conversion: value has " + digits
            + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge"
            + " integer literals to avoid decimal conversion limits.";
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger big = new BigInteger(digits, radix);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
}
