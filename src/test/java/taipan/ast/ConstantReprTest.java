package taipan.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** CPython's repr of constants, with expectations taken from CPython 3.11. */
class ConstantReprTest {
    @Test
    void floatsUseShortestDigitsAndCPythonLayout() {
        assertEquals("1.0", ConstantRepr.floatRepr(1.0));
        assertEquals("0.1", ConstantRepr.floatRepr(0.1));
        assertEquals("1e+16", ConstantRepr.floatRepr(1e16));
        assertEquals("1234567890123456.0", ConstantRepr.floatRepr(1234567890123456.0));
        assertEquals("0.0001", ConstantRepr.floatRepr(1e-4));
        assertEquals("1e-05", ConstantRepr.floatRepr(1e-5));
        assertEquals("1.5e+300", ConstantRepr.floatRepr(1.5e300));
        assertEquals("-0.0", ConstantRepr.floatRepr(-0.0));
        assertEquals("inf", ConstantRepr.floatRepr(Double.POSITIVE_INFINITY));
        assertEquals("nan", ConstantRepr.floatRepr(Double.NaN));
        assertEquals("5e-324", ConstantRepr.floatRepr(Double.MIN_VALUE));
        assertEquals("123.456", ConstantRepr.floatRepr(123.456));
    }

    @Test
    void imaginaryNumbersDropTheTrailingZero() {
        assertEquals("1j", ConstantRepr.imaginaryRepr(1.0));
        assertEquals("2.5j", ConstantRepr.imaginaryRepr(2.5));
        assertEquals("1e+16j", ConstantRepr.imaginaryRepr(1e16));
        assertEquals("0j", ConstantRepr.imaginaryRepr(0.0));
    }

    @Test
    void stringsChooseQuotesAndEscapeLikeCPython() {
        assertEquals("'abc'", ConstantRepr.repr("abc"));
        assertEquals("\"it's\"", ConstantRepr.repr("it's"));
        assertEquals("'both \\' and \"'", ConstantRepr.repr("both ' and \""));
        assertEquals("'\\t\\n\\r\\x00\\x7f\\\\'", ConstantRepr.repr("\t\n\r\0\u007f\\"));
        assertEquals("'é€😀'", ConstantRepr.repr("é€😀"));
        assertEquals("'\\xa0\\u2028\\U000e0001'", ConstantRepr.repr("\u00a0\u2028\udb40\udc01"));
    }

    @Test
    void bytesIntsAndSingletons() {
        assertEquals("b'a\\'\"\\x00\\xff'", ConstantRepr.repr(new byte[] {'a', '\'', '"', 0, (byte) 0xff}));
        assertEquals("b\"'\"", ConstantRepr.repr(new byte[] {'\''}));
        assertEquals("123456789012345678901234567890", ConstantRepr.repr(new BigInteger("123456789012345678901234567890")));
        assertEquals("None", ConstantRepr.repr(null));
        assertEquals("True", ConstantRepr.repr(Boolean.TRUE));
        assertEquals("Ellipsis", ConstantRepr.repr(ConstantValue.Ellipsis.INSTANCE));
    }
}
