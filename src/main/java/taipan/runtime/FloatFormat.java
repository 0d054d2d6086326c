package taipan.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal text of doubles exactly as CPython writes it: {@link #repr} (shortest
 * digits that round-trip, fixed notation for exponents -4..15 and exponent
 * notation otherwise) and the correctly rounded fixed ('f'), exponent ('e')
 * and general ('g') layouts used by format specs and %-formatting. Roundings
 * are done on the exact binary value with round-half-even, as CPython's dtoa.
 *
 * <p>Contract: the layout methods take a finite, non-negative magnitude and
 * return text without a sign; callers handle sign, inf and nan.
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** Significant digits (no leading/trailing zeros, "0" for zero) and the decimal point position: value = 0.DIGITS × 10^decpt. */
    public record Digits(String digits, int decpt) {}

    /** {@code repr(float)}. */
    public static String repr(double d) {
        return shortest(d, true);
    }

    /** The repr of an imaginary part: like float repr without a forced ".0". */
    public static String imaginaryRepr(double d) {
        return shortest(d, false) + "j";
    }

    /** The shortest round-trip text, with ".0" appended to integral fixed-notation values when {@code addDotZero}. */
    public static String shortest(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        return sign + layoutShortest(shortestDigits(Math.abs(d)), addDotZero, 16, false);
    }

    /** Lays out shortest digits: fixed when -4 < decpt <= fixedLimit, else exponent notation. */
    static String layoutShortest(Digits dg, boolean addDotZero, int fixedLimit, boolean upper) {
        String digits = dg.digits;
        int decpt = dg.digits.equals("0") ? 1 : dg.decpt;
        StringBuilder out = new StringBuilder();
        if (decpt > -4 && decpt <= fixedLimit) {
            if (decpt <= 0) {
                out.append("0.").append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= digits.length()) {
                out.append(digits).append("0".repeat(decpt - digits.length()));
                if (addDotZero) {
                    out.append(".0");
                }
            } else {
                out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            appendExponent(out, decpt - 1, upper);
        }
        return out.toString();
    }

    /** The shortest digits that round-trip for a finite non-negative double. */
    public static Digits shortestDigits(double m) {
        if (m == 0) {
            return new Digits("0", 1);
        }
        String s = Double.toString(m);
        int ePos = s.indexOf('E');
        String mantissa = ePos < 0 ? s : s.substring(0, ePos);
        int exp = ePos < 0 ? 0 : Integer.parseInt(s.substring(ePos + 1));
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int pointPos = dot + exp;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
            pointPos--;
        }
        digits = digits.substring(lead);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Double.toString never gives fewer than two digits; one may be enough
            BigDecimal one = new BigDecimal(m).round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (one.doubleValue() == m) {
                return new Digits(one.unscaledValue().toString(), one.precision() - one.scale());
            }
        }
        return new Digits(digits, pointPos);
    }

    /** The value rounded to {@code n} ≥ 1 significant digits (trailing zeros kept, n digits exactly). */
    public static Digits significant(double m, int n) {
        if (m == 0) {
            return new Digits("0".repeat(n), 1);
        }
        BigDecimal r = new BigDecimal(m).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String u = r.unscaledValue().toString();
        int decpt = u.length() - r.scale();
        if (u.length() < n) {
            u = u + "0".repeat(n - u.length());
        } else if (u.length() > n) {
            u = u.substring(0, n);
        }
        return new Digits(u, decpt);
    }

    /** 'f' layout: {@code precision} digits after the point; the point omitted at precision 0 unless {@code alt}. */
    public static String fixed(double m, int precision, boolean alt) {
        String s = new BigDecimal(m).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return precision == 0 && alt ? s + "." : s;
    }

    /** 'e' layout with {@code precision} digits after the point. */
    public static String exponent(double m, int precision, boolean alt, boolean upper) {
        Digits dg = significant(m, precision + 1);
        StringBuilder out = new StringBuilder();
        out.append(dg.digits.charAt(0));
        if (precision > 0 || alt) {
            out.append('.');
        }
        out.append(dg.digits, 1, dg.digits.length());
        appendExponent(out, m == 0 ? 0 : dg.decpt - 1, upper);
        return out.toString();
    }

    /**
     * 'g' layout with {@code precision} significant digits (0 means 1); trailing zeros
     * removed unless {@code alt}. With {@code addDotZero} (the format type none), an
     * integral fixed result gets ".0" and fixed notation is used while exponent &lt; precision.
     */
    public static String general(double m, int precision, boolean alt, boolean upper, boolean addDotZero) {
        int p = precision == 0 ? 1 : precision;
        Digits dg = significant(m, p);
        int x = m == 0 ? 0 : dg.decpt - 1;
        String digits = dg.digits;
        if (!alt) {
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') {
                end--;
            }
            digits = digits.substring(0, end);
        }
        StringBuilder out = new StringBuilder();
        int decpt = x + 1;
        if (decpt > -4 && decpt <= (addDotZero ? p - 1 : p)) {
            if (decpt <= 0) {
                out.append("0.").append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= digits.length()) {
                out.append(digits).append("0".repeat(decpt - digits.length()));
                if (alt) {
                    out.append('.');
                } else if (addDotZero) {
                    out.append(".0");
                }
            } else {
                out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1 || alt) {
                out.append('.').append(digits, 1, digits.length());
            }
            appendExponent(out, x, upper);
        }
        return out.toString();
    }

    private static void appendExponent(StringBuilder out, int e, boolean upper) {
        out.append(upper ? 'E' : 'e').append(e < 0 ? '-' : '+');
        int ae = Math.abs(e);
        if (ae < 10) {
            out.append('0');
        }
        out.append(ae);
    }
}
