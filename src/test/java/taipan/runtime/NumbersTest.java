package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The numeric types and formatting engines where user classes, subclasses,
 * keyword arguments or mappings are involved (the table-driven
 * {@link NumberCasesTest} covers plain values). Expectations come from CPython 3.11.
 */
class NumbersTest {
    @BeforeAll
    static void setUp() {
        TypeSetup.installAll();
    }

    /** A method written in Java that binds like a Python function when stored in a class. */
    private record Fn(BuiltinFunction.Body body) implements MethodLike {
        @Override
        public Object call(Object[] args, String[] kwnames) {
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return body.call(args[0], rest);
        }
    }

    private static PyType userClass(String name, PyType base, Object... members) {
        PyDict ns = new PyDict();
        for (int i = 0; i < members.length; i += 2) {
            ns.put(PyStr.of((String) members[i]), members[i + 1]);
        }
        return TypeCalls.newClass(BuiltinTypes.TYPE, name, base == null ? new PyType[0] : new PyType[] {base}, ns);
    }

    private static Object instance(PyType t) {
        return Ops.call(t);
    }

    private static String message(Runnable r, PyType expectedType) {
        PyException e = assertThrows(PyException.class, r::run);
        assertSame(expectedType, e.value.type, () -> "raised " + e.value.type.name() + ": " + e.getMessage());
        return Ops.strString(e.value.args.items[0]);
    }

    private static Object call(Object obj, String method, Object... args) {
        return Ops.call(Ops.getAttr(obj, method), args);
    }

    @Test
    void intSubclassInstancesAreWrappedAndResultsArePlainInts() {
        PyType e = userClass("E", BuiltinTypes.INT);
        Object five = Ops.call(e, 5L);
        assertInstanceOf(PyInt.class, five);
        assertSame(e, Py.typeOf(five));
        assertEquals("5", Ops.reprString(five));
        assertEquals(6L, Arithmetic.binary(BinaryOp.ADD, five, 1L));
        assertEquals(-5L, Arithmetic.negative(five));
        assertEquals(5L, Ops.hash(five));
        assertEquals("  5", Formatting.formatToString(five, "3"));
        Object fromBytes = Ops.call(Ops.getAttr(e, "from_bytes"), new PyBytes(new byte[] {1}), PyStr.of("big"));
        assertSame(e, Py.typeOf(fromBytes));
        assertEquals("7", PercentFormat.formatStr("%d", Ops.call(e, 7L)));
    }

    @Test
    void boolIsAnIntWhoseBitwiseOperatorsKeepBools() {
        assertEquals(Boolean.TRUE, Ops.call(BuiltinTypes.BOOL, 5L));
        assertEquals(Boolean.FALSE, Ops.call(BuiltinTypes.BOOL));
        assertEquals(Boolean.FALSE, Arithmetic.binary(BinaryOp.AND, true, false));
        assertEquals(Boolean.TRUE, Arithmetic.binary(BinaryOp.XOR, true, false));
        assertEquals(1L, Arithmetic.binary(BinaryOp.OR, true, 1L));
        assertEquals(2L, Arithmetic.binary(BinaryOp.ADD, true, true));
        assertEquals(-2L, Arithmetic.invert(true));
        assertEquals("True", Ops.reprString(true));
        assertEquals("True", Formatting.formatToString(true, ""));
        assertEquals("1", Formatting.formatToString(true, "d"));
        assertEquals("    1", Formatting.formatToString(true, "5"));
        assertEquals("type 'bool' is not an acceptable base type",
            message(() -> userClass("B", BuiltinTypes.BOOL), Exceptions.TYPE_ERROR));
    }

    @Test
    void intConvertsThroughIntIndexAndTrunc() {
        PyType withIndex = userClass("I", null, "__index__", new Fn((self, a) -> 7L));
        PyType withTrunc = userClass("T", null, "__trunc__", new Fn((self, a) -> 3L));
        PyType badInt = userClass("B", null, "__int__", new Fn((self, a) -> 1.5));
        PyType badTrunc = userClass("S", null, "__trunc__", new Fn((self, a) -> PyStr.of("x")));
        assertEquals(7L, Ops.call(BuiltinTypes.INT, instance(withIndex)));
        assertEquals(7.0, Ops.call(BuiltinTypes.FLOAT, instance(withIndex)));
        assertEquals("7", PercentFormat.formatStr("%x", instance(withIndex)));
        assertEquals(9L, Ops.call(BuiltinTypes.INT, new Object[] {PyStr.of("12"), instance(withIndex)}, new String[] {"base"}));
        assertEquals(3L, Ops.call(BuiltinTypes.INT, instance(withTrunc)));
        assertEquals("__int__ returned non-int (type float)",
            message(() -> Ops.call(BuiltinTypes.INT, instance(badInt)), Exceptions.TYPE_ERROR));
        assertEquals("__trunc__ returned non-Integral (type str)",
            message(() -> Ops.call(BuiltinTypes.INT, instance(badTrunc)), Exceptions.TYPE_ERROR));
        assertEquals("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
            message(() -> Ops.call(BuiltinTypes.INT, Py.None), Exceptions.TYPE_ERROR));
        assertEquals("int() can't convert non-string with explicit base",
            message(() -> Ops.call(BuiltinTypes.INT, 12L, 10L), Exceptions.TYPE_ERROR));
        assertEquals("int() missing string argument",
            message(() -> Ops.call(BuiltinTypes.INT, new Object[] {5L}, new String[] {"base"}), Exceptions.TYPE_ERROR));
        assertEquals(3L, Ops.call(BuiltinTypes.INT, 3.9));
        assertEquals(-3L, Ops.call(BuiltinTypes.INT, -3.9));
    }

    @Test
    void floatAndComplexConvertThroughTheirSpecialMethods() {
        PyType badFloat = userClass("G", null, "__float__", new Fn((self, a) -> 1L));
        assertEquals("G.__float__ returned non-float (type int)",
            message(() -> Ops.call(BuiltinTypes.FLOAT, instance(badFloat)), Exceptions.TYPE_ERROR));
        assertEquals("float() argument must be a string or a real number, not 'NoneType'",
            message(() -> Ops.call(BuiltinTypes.FLOAT, Py.None), Exceptions.TYPE_ERROR));
        PyType f = userClass("F", BuiltinTypes.FLOAT);
        Object x = Ops.call(f, PyStr.of("1.5"));
        assertInstanceOf(PyFloat.class, x);
        assertEquals(2.5, Arithmetic.binary(BinaryOp.ADD, x, 1L));
        PyType c = userClass("C", null, "__complex__", new Fn((self, a) -> new PyComplex(0, 2)));
        assertEquals("2j", Ops.reprString(Ops.call(BuiltinTypes.COMPLEX, instance(c))));
        assertEquals("3j", Ops.reprString(Ops.call(BuiltinTypes.COMPLEX, instance(c), 1L)));
        assertEquals("(-1+1j)", Ops.reprString(Ops.call(BuiltinTypes.COMPLEX, new PyComplex(0, 1), new PyComplex(0, 1))));
        assertEquals("complex() can't take second arg if first is a string",
            message(() -> Ops.call(BuiltinTypes.COMPLEX, PyStr.of("1"), 2L), Exceptions.TYPE_ERROR));
        assertEquals("'<' not supported between instances of 'complex' and 'complex'",
            message(() -> Ops.richCompare(new PyComplex(1, 2), new PyComplex(1, 2), CompareOp.LT), Exceptions.TYPE_ERROR));
    }

    @Test
    void hugeIntsHitTheDigitLimitWhenPrintedInDecimal() {
        Object big = Py.newInt(BigInteger.TEN.pow(5000));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() "
            + "to increase the limit", message(() -> Ops.repr(big), Exceptions.VALUE_ERROR));
        assertEquals(4300, Ops.strString(Py.newInt(BigInteger.TEN.pow(4299))).length());
        assertEquals("0x1" + "0".repeat(1250), Formatting.formatToString(Py.newInt(BigInteger.ONE.shiftLeft(5000)), "#x"));
    }

    @Test
    void constructorArgumentErrorsDoNotCountTheClass() {
        assertEquals("int() takes at most 2 arguments (3 given)",
            message(() -> Ops.call(BuiltinTypes.INT, 1L, 2L, 3L), Exceptions.TYPE_ERROR));
        assertEquals("'y' is an invalid keyword argument for int()",
            message(() -> Ops.call(BuiltinTypes.INT, new Object[] {1L}, new String[] {"y"}), Exceptions.TYPE_ERROR));
        assertEquals("float expected at most 1 argument, got 2",
            message(() -> Ops.call(BuiltinTypes.FLOAT, 1L, 2L), Exceptions.TYPE_ERROR));
        assertEquals("float() takes no keyword arguments",
            message(() -> Ops.call(BuiltinTypes.FLOAT, new Object[] {1L}, new String[] {"x"}), Exceptions.TYPE_ERROR));
        assertEquals("bool expected at most 1 argument, got 2",
            message(() -> Ops.call(BuiltinTypes.BOOL, 1L, 2L), Exceptions.TYPE_ERROR));
        assertEquals("complex() takes at most 2 arguments (3 given)",
            message(() -> Ops.call(BuiltinTypes.COMPLEX, 1L, 2L, 3L), Exceptions.TYPE_ERROR));
        assertEquals("argument for complex() given by name ('real') and position (1)",
            message(() -> Ops.call(BuiltinTypes.COMPLEX, new Object[] {1L, 2L}, new String[] {"real"}), Exceptions.TYPE_ERROR));
        assertEquals("2j", Ops.reprString(Ops.call(BuiltinTypes.COMPLEX, new Object[] {2L}, new String[] {"imag"})));
        assertEquals(0.0, Ops.call(BuiltinTypes.FLOAT));
        assertEquals(0L, Ops.call(BuiltinTypes.INT));
        assertEquals("0j", Ops.reprString(Ops.call(BuiltinTypes.COMPLEX)));
        Object intNew = Ops.getAttr(BuiltinTypes.INT, "__new__");
        assertEquals("int.__new__(float): float is not a subtype of int",
            message(() -> Ops.call(intNew, BuiltinTypes.FLOAT), Exceptions.TYPE_ERROR));
        assertEquals("int.__new__(X): X is not a type object (int)",
            message(() -> Ops.call(intNew, 5L), Exceptions.TYPE_ERROR));
        assertEquals("bool.__new__(int): int is not a subtype of bool",
            message(() -> Ops.call(Ops.getAttr(BuiltinTypes.BOOL, "__new__"), BuiltinTypes.INT), Exceptions.TYPE_ERROR));
        assertEquals("complex.__new__(int): int is not a subtype of complex",
            message(() -> Ops.call(Ops.getAttr(BuiltinTypes.COMPLEX, "__new__"), BuiltinTypes.INT), Exceptions.TYPE_ERROR));
        assertEquals("float.__new__(X): X is not a type object (int)",
            message(() -> Ops.call(Ops.getAttr(BuiltinTypes.FLOAT, "__new__"), 5L), Exceptions.TYPE_ERROR));
    }

    @Test
    void theDigitLimitCanBeChangedAsSysSetIntMaxStrDigitsDoes() {
        assertEquals("maxdigits must be 0 or larger than 640",
            message(() -> IntArith.setMaxStrDigits(100L), Exceptions.VALUE_ERROR));
        try {
            IntArith.setMaxStrDigits(700L);
            assertEquals("Exceeds the limit (700 digits) for integer string conversion: value has 701 digits; use "
                + "sys.set_int_max_str_digits() to increase the limit",
                message(() -> Ops.call(BuiltinTypes.INT, PyStr.of("1".repeat(701))), Exceptions.VALUE_ERROR));
            assertEquals("Exceeds the limit (700 digits) for integer string conversion; use sys.set_int_max_str_digits() "
                + "to increase the limit", message(() -> Ops.str(Py.newInt(BigInteger.TEN.pow(700))), Exceptions.VALUE_ERROR));
            IntArith.setMaxStrDigits(0L);
            assertEquals(5001, Ops.strString(Py.newInt(BigInteger.TEN.pow(5000))).length());
        } finally {
            IntArith.setMaxStrDigits((long) IntArith.DEFAULT_MAX_STR_DIGITS);
        }
    }

    @Test
    void strFormatLooksUpKeywordsAttributesAndItems() {
        PyDict kw = new PyDict();
        kw.put(PyStr.of("a"), 1L);
        kw.put(PyStr.of("b"), 2L);
        assertEquals("1-  2", StrFormatter.format("{a}-{b:>3}", new Object[0], kw));
        assertEquals("c", message(() -> StrFormatter.format("{c}", new Object[0], kw), Exceptions.KEY_ERROR));
        PyDict d = new PyDict();
        d.put(PyStr.of("k"), 5L);
        d.put(1L, PyStr.of("x"));
        assertEquals("5|x", StrFormatter.format("{0[k]}|{0[1]}", new Object[] {d}, null));
        assertEquals("1 and 2", call(PyStr.of("{a} and {b}"), "format_map", kw).toString());
        assertEquals("   1.50", Ops.call(Ops.getAttr(PyStr.of("{:{w}.{p}f}"), "format"), new Object[] {1.5, 7L, 2L},
            new String[] {"w", "p"}).toString());
        PyType w = userClass("W", null, "__format__", new Fn((self, a) -> PyStr.of("<" + a[0] + ">")));
        assertEquals("<x^3>", StrFormatter.format("{:x^3}", new Object[] {instance(w)}, null));
    }

    @Test
    void builtinFormatChecksItsArgumentAndTheResult() {
        assertEquals("format() argument 2 must be str, not int",
            message(() -> Formatting.format(1L, 2L), Exceptions.TYPE_ERROR));
        PyType w = userClass("W", null, "__format__", new Fn((self, a) -> 1L));
        assertEquals("__format__ must return a str, not int",
            message(() -> Formatting.format(instance(w), PyStr.of("")), Exceptions.TYPE_ERROR));
        assertEquals("1,234,567", FormatSpec.format(1234567L, ","));
        assertEquals("1,000,000,000,000,000,000,000,000,000,000", FormatSpec.format(Py.newInt(BigInteger.TEN.pow(30)), ","));
        assertEquals("__format__() argument must be str, not int",
            message(() -> Ops.callSpecial(1L, "__format__", 2L), Exceptions.TYPE_ERROR));
    }

    @Test
    void percentFormattingTakesMappingsAndBytearrays() {
        PyDict d = new PyDict();
        d.put(PyStr.of("a"), PyStr.of("x"));
        d.put(PyStr.of("b"), 2L);
        assertEquals("x 2", PercentFormat.formatStr("%(a)s %(b)d", d));
        assertEquals("abc", PercentFormat.formatStr("abc", d));
        PyByteArray ba = new PyByteArray("%d".getBytes());
        Object r = Arithmetic.binary(BinaryOp.MOD, ba, 5L);
        assertInstanceOf(PyByteArray.class, r);
        assertEquals("5", new String(((PyByteArray) r).bytes, 0, ((PyByteArray) r).size));
        assertEquals("format requires a mapping",
            message(() -> PercentFormat.formatBytes("%(k)d".getBytes(), 7L), Exceptions.TYPE_ERROR));
    }

    @Test
    void floatReprIsSharedWithTheAstConstantRepr() {
        assertEquals("1e+16", taipan.ast.ConstantRepr.floatRepr(1e16));
        assertEquals("1e+16", Ops.reprString(1e16));
        assertEquals("-0.0", Ops.reprString(-0.0));
        assertEquals("1e-05", Ops.reprString(1e-5));
        assertEquals("(nan+infj)", Ops.reprString(new PyComplex(Double.NaN, Double.POSITIVE_INFINITY)));
    }
}
