package taipan.modules;

import java.text.Normalizer;
import taipan.parser.UnicodeNames;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Py;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.unicode.Unicode14;
import taipan.unicode.Unicode14Text;

/**
 * The {@code unicodedata} module over the JDK's Unicode data, limited to what
 * Unicode 14 (CPython 3.11's version) assigns: lookup and name (CPython's
 * names, including the CJK and Hangul forms), category, bidirectional,
 * mirrored, decimal/digit/numeric (integral values; fractions such as ½ are not
 * available from the JDK and raise ValueError), normalize and is_normalized.
 */
public final class UnicodedataModule {
    private UnicodedataModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("unicodedata");
        m.dict.put(PyStr.of("unidata_version"), PyStr.of("14.0.0"));
        fn(m, "lookup", "name, /", (s, a) -> {
            String name = ((PyStr) a[0]).value();
            int cp = UnicodeNames.lookup(name);
            if (cp < 0) {
                throw Exceptions.keyError(PyStr.of("undefined character name '" + name + "'"));
            }
            return PyStr.of(new String(Character.toChars(cp)));
        });
        fn(m, "name", "chr, default=?, /", (s, a) -> {
            String n = Unicode14.isUnassigned(cp(a[0], "name")) ? null : Unicode14Text.name(cp(a[0], "name"));
            if (n == null) {
                if (a[1] != null) {
                    return a[1];
                }
                throw Exceptions.valueError("no such name");
            }
            return PyStr.of(n);
        });
        fn(m, "category", "chr, /", (s, a) -> PyStr.of(category(cp(a[0], "category"))));
        fn(m, "bidirectional", "chr, /", (s, a) -> PyStr.of(bidirectional(cp(a[0], "bidirectional"))));
        fn(m, "mirrored", "chr, /", (s, a) -> Character.isMirrored(cp(a[0], "mirrored")) ? 1L : 0L);
        fn(m, "decimal", "chr, default=?, /", (s, a) -> digitValue(a, Unicode14Text.isDecimal(cp(a[0], "decimal")), "not a decimal"));
        fn(m, "digit", "chr, default=?, /", (s, a) -> digitValue(a, Unicode14Text.isDigit(cp(a[0], "digit")), "not a digit"));
        fn(m, "numeric", "chr, default=?, /", (s, a) -> {
            int cp = cp(a[0], "numeric");
            int v = Unicode14Text.isNumeric(cp) ? Character.getNumericValue(cp) : -1;
            if (v < 0) {
                if (a[1] != null) {
                    return a[1];
                }
                throw Exceptions.valueError("not a numeric character");
            }
            return (double) v;
        });
        fn(m, "normalize", "form, unistr, /", (s, a) ->
            PyStr.of(Normalizer.normalize(((PyStr) a[1]).value(), form(a[0]))));
        fn(m, "is_normalized", "form, unistr, /", (s, a) ->
            Py.bool(Normalizer.isNormalized(((PyStr) a[1]).value(), form(a[0]))));
        return m;
    }

    private static Object digitValue(Object[] a, boolean is, String message) {
        int cp = cp(a[0], "digit");
        if (!is) {
            if (a[1] != null) {
                return a[1];
            }
            throw Exceptions.valueError(message);
        }
        return (long) Character.getNumericValue(cp);
    }

    private static Normalizer.Form form(Object f) {
        String name = f instanceof PyStr s ? s.value() : "";
        return switch (name) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw Exceptions.valueError("invalid normalization form");
        };
    }

    private static int cp(Object o, String fn) {
        if (!(o instanceof PyStr s)) {
            throw Exceptions.typeError(fn + "() argument must be a unicode character, not " + Py.typeOf(o).name());
        }
        if (s.codePointLength() != 1) {
            throw Exceptions.typeError(fn + "() argument must be a unicode character, not str");
        }
        return s.codePointAt(0);
    }

    private static String category(int cp) {
        if (Unicode14.isUnassigned(cp)) {
            return "Cn";
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER -> "Lu";
            case Character.LOWERCASE_LETTER -> "Ll";
            case Character.TITLECASE_LETTER -> "Lt";
            case Character.MODIFIER_LETTER -> "Lm";
            case Character.OTHER_LETTER -> "Lo";
            case Character.NON_SPACING_MARK -> "Mn";
            case Character.ENCLOSING_MARK -> "Me";
            case Character.COMBINING_SPACING_MARK -> "Mc";
            case Character.DECIMAL_DIGIT_NUMBER -> "Nd";
            case Character.LETTER_NUMBER -> "Nl";
            case Character.OTHER_NUMBER -> "No";
            case Character.SPACE_SEPARATOR -> "Zs";
            case Character.LINE_SEPARATOR -> "Zl";
            case Character.PARAGRAPH_SEPARATOR -> "Zp";
            case Character.CONTROL -> "Cc";
            case Character.FORMAT -> "Cf";
            case Character.PRIVATE_USE -> "Co";
            case Character.SURROGATE -> "Cs";
            case Character.DASH_PUNCTUATION -> "Pd";
            case Character.START_PUNCTUATION -> "Ps";
            case Character.END_PUNCTUATION -> "Pe";
            case Character.CONNECTOR_PUNCTUATION -> "Pc";
            case Character.OTHER_PUNCTUATION -> "Po";
            case Character.MATH_SYMBOL -> "Sm";
            case Character.CURRENCY_SYMBOL -> "Sc";
            case Character.MODIFIER_SYMBOL -> "Sk";
            case Character.OTHER_SYMBOL -> "So";
            case Character.INITIAL_QUOTE_PUNCTUATION -> "Pi";
            case Character.FINAL_QUOTE_PUNCTUATION -> "Pf";
            default -> "Cn";
        };
    }

    private static String bidirectional(int cp) {
        if (Unicode14.isUnassigned(cp)) {
            return "";
        }
        return switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> "L";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT -> "R";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> "AL";
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER -> "EN";
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR -> "ES";
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR -> "ET";
            case Character.DIRECTIONALITY_ARABIC_NUMBER -> "AN";
            case Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR -> "CS";
            case Character.DIRECTIONALITY_NONSPACING_MARK -> "NSM";
            case Character.DIRECTIONALITY_BOUNDARY_NEUTRAL -> "BN";
            case Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR -> "B";
            case Character.DIRECTIONALITY_SEGMENT_SEPARATOR -> "S";
            case Character.DIRECTIONALITY_WHITESPACE -> "WS";
            case Character.DIRECTIONALITY_OTHER_NEUTRALS -> "ON";
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING -> "LRE";
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE -> "LRO";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING -> "RLE";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE -> "RLO";
            case Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT -> "PDF";
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE -> "LRI";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE -> "RLI";
            case Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE -> "FSI";
            case Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> "PDI";
            default -> "";
        };
    }

    private static void fn(PyModule m, String name, String spec, BuiltinFunction.Body body) {
        m.dict.put(PyStr.of(name), BuiltinFunction.of("unicodedata", name, spec, body));
    }
}
