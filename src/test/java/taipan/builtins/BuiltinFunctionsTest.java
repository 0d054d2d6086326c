package taipan.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.ReprFixture;
import taipan.runtime.TypeCalls;

/** The builtins module's functions; expected values from CPython 3.11. */
class BuiltinFunctionsTest {
    static final PyDict B = new PyDict();

    @BeforeAll
    static void setUp() {
        ReprFixture.ensure();
        Builtins.installInto(B);
    }

    static Object fn(String name) {
        Object f = B.get(PyStr.of(name));
        if (f == null) {
            throw new AssertionError("no builtin " + name);
        }
        return f;
    }

    static Object call(String name, Object... args) {
        return Ops.call(fn(name), args);
    }

    static Object callKw(String name, Object[] pos, String[] names, Object... values) {
        Object[] all = new Object[pos.length + values.length];
        System.arraycopy(pos, 0, all, 0, pos.length);
        System.arraycopy(values, 0, all, pos.length, values.length);
        return Ops.call(fn(name), all, names);
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static String str(Object o) {
        return Ops.strString(o);
    }

    static String repr(Object o) {
        return Ops.reprString(o);
    }

    static void raises(PyType type, String message, Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        assertSame(type, e.value.type, () -> "raised " + e.getMessage());
        assertEquals(message, Ops.strString(e.value));
    }

    static PyType newClass(String name, PyType meta, PyType... bases) {
        return TypeCalls.newClass(meta, name, bases, new PyDict());
    }

    @Test
    void namespaceHasTypesExceptionsAndConstants() {
        assertSame(BuiltinTypes.INT, B.get(s("int")));
        assertSame(BuiltinTypes.OBJECT, B.get(s("object")));
        assertSame(BuiltinTypes.PROPERTY, B.get(s("property")));
        assertSame(Exceptions.EXCEPTION_GROUP, B.get(s("ExceptionGroup")));
        assertSame(Exceptions.OS_ERROR, B.get(s("IOError")));
        assertSame(Exceptions.OS_ERROR, B.get(s("EnvironmentError")));
        assertSame(Py.None, B.get(s("None")));
        assertSame(Py.Ellipsis, B.get(s("Ellipsis")));
        assertSame(Boolean.TRUE, B.get(s("__debug__")));
        for (PyType t : Exceptions.ALL) {
            assertSame(t, B.get(s(t.name())));
        }
        assertEquals("<built-in function print>", fn("print").toString());
    }

    @Test
    void absHexOctBin() {
        assertEquals(5L, call("abs", -5L));
        assertEquals(2.5, call("abs", -2.5));
        assertEquals(new BigInteger("9223372036854775808"), call("abs", Long.MIN_VALUE));
        raises(Exceptions.TYPE_ERROR, "bad operand type for abs(): 'str'", () -> call("abs", s("a")));
        raises(Exceptions.TYPE_ERROR, "abs() takes exactly one argument (0 given)", () -> call("abs"));
        raises(Exceptions.TYPE_ERROR, "abs() takes no keyword arguments",
            () -> callKw("abs", new Object[0], new String[] {"x"}, 1L));
        assertEquals("0xff", str(call("hex", 255L)));
        assertEquals("-0xff", str(call("hex", -255L)));
        assertEquals("0o10", str(call("oct", 8L)));
        assertEquals("-0o10", str(call("oct", -8L)));
        assertEquals("0b101", str(call("bin", 5L)));
        assertEquals("-0b101", str(call("bin", -5L)));
        assertEquals("0b0", str(call("bin", 0L)));
        assertEquals("0x1", str(call("hex", Boolean.TRUE)));
        assertEquals("0x10000000000000000", str(call("hex", BigInteger.ONE.shiftLeft(64))));
        assertEquals("-0x8000000000000000", str(call("hex", Long.MIN_VALUE)));
        raises(Exceptions.TYPE_ERROR, "'float' object cannot be interpreted as an integer", () -> call("hex", 1.0));
        raises(Exceptions.TYPE_ERROR, "hex() takes no keyword arguments",
            () -> callKw("hex", new Object[0], new String[] {"x"}, 1L));
    }

    @Test
    void chrAndOrd() {
        assertEquals("a", str(call("chr", 97L)));
        assertEquals("\uD83D\uDE00", str(call("chr", 0x1F600L)));
        raises(Exceptions.TYPE_ERROR, "'float' object cannot be interpreted as an integer", () -> call("chr", 1.5));
        raises(Exceptions.TYPE_ERROR, "'str' object cannot be interpreted as an integer", () -> call("chr", s("a")));
        raises(Exceptions.VALUE_ERROR, "chr() arg not in range(0x110000)", () -> call("chr", -1L));
        raises(Exceptions.VALUE_ERROR, "chr() arg not in range(0x110000)", () -> call("chr", 0x110000L));
        raises(Exceptions.OVERFLOW_ERROR, "Python int too large to convert to C int", () -> call("chr", 1L << 31));
        raises(Exceptions.OVERFLOW_ERROR, "Python int too large to convert to C int",
            () -> call("chr", BigInteger.ONE.shiftLeft(70)));
        assertEquals(97L, call("ord", s("a")));
        assertEquals(128512L, call("ord", s("\uD83D\uDE00")));
        assertEquals(97L, call("ord", new PyBytes(new byte[] {97})));
        assertEquals(255L, call("ord", new PyBytes(new byte[] {(byte) 255})));
        raises(Exceptions.TYPE_ERROR, "ord() expected a character, but string of length 2 found", () -> call("ord", s("ab")));
        raises(Exceptions.TYPE_ERROR, "ord() expected a character, but string of length 0 found", () -> call("ord", s("")));
        raises(Exceptions.TYPE_ERROR, "ord() expected a character, but string of length 2 found",
            () -> call("ord", new PyBytes(new byte[] {97, 98})));
        raises(Exceptions.TYPE_ERROR, "ord() expected string of length 1, but int found", () -> call("ord", 1L));
        raises(Exceptions.TYPE_ERROR, "ord() takes exactly one argument (0 given)", () -> call("ord"));
    }

    @Test
    void asciiAndRepr() {
        assertEquals("'\\xe9\\u1234\\U0001f600a'", str(call("ascii", s("\u00e9\u1234\uD83D\uDE00a"))));
        assertEquals("['\\xe9']", str(call("ascii", PyList.of(s("\u00e9")))));
        assertEquals("'abc'", str(call("repr", s("abc"))));
        assertEquals("5", str(call("repr", 5L)));
    }

    @Test
    void divmodAndPow() {
        assertEquals("(3, 1)", repr(call("divmod", 7L, 2L)));
        assertEquals("(-4, 1)", repr(call("divmod", -7L, 2L)));
        assertEquals("(-4, -1)", repr(call("divmod", 7L, -2L)));
        raises(Exceptions.ZERO_DIVISION_ERROR, "integer division or modulo by zero", () -> call("divmod", 1L, 0L));
        raises(Exceptions.TYPE_ERROR, "unsupported operand type(s) for divmod(): 'str' and 'int'",
            () -> call("divmod", s("a"), 1L));
        raises(Exceptions.TYPE_ERROR, "divmod expected 2 arguments, got 1", () -> call("divmod", 1L));
        raises(Exceptions.TYPE_ERROR, "divmod() takes no keyword arguments",
            () -> callKw("divmod", new Object[] {1L}, new String[] {"x"}, 2L));
        PyType c = newClass("D", BuiltinTypes.TYPE, BuiltinTypes.OBJECT);
        MethodDescriptor.define(c, "__rdivmod__", "other, /", (self, a) -> PyTuple.of(s("r"), a[0]));
        assertEquals("('r', 3)", repr(call("divmod", 3L, Ops.call(c))));
        raises(Exceptions.TYPE_ERROR, "unsupported operand type(s) for ** or pow(): 'str' and 'int'",
            () -> call("pow", s("a"), 2L));
        raises(Exceptions.TYPE_ERROR, "unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'",
            () -> call("pow", s("a"), 2L, 3L));
        raises(Exceptions.TYPE_ERROR, "pow() missing required argument 'exp' (pos 2)", () -> call("pow", 2L));
        MethodDescriptor.define(c, "__pow__", "exp, mod=None, /", (self, a) -> PyTuple.of(a[0], a[1]));
        assertEquals("(2, None)", repr(call("pow", Ops.call(c), 2L)));
        assertEquals("(2, 5)", repr(callKw("pow", new Object[] {Ops.call(c), 2L}, new String[] {"mod"}, 5L)));
    }

    @Test
    void round() {
        assertEquals(7L, call("round", 7L));
        PyType a = newClass("A", BuiltinTypes.TYPE, BuiltinTypes.OBJECT);
        raises(Exceptions.TYPE_ERROR, "type A doesn't define __round__ method", () -> call("round", Ops.call(a)));
        raises(Exceptions.TYPE_ERROR, "type str doesn't define __round__ method", () -> call("round", s("a")));
        raises(Exceptions.TYPE_ERROR, "round() missing required argument 'number' (pos 1)", () -> call("round"));
        raises(Exceptions.TYPE_ERROR, "round() takes at most 2 arguments (3 given)", () -> call("round", 1L, 2L, 3L));
        PyType r = newClass("R", BuiltinTypes.TYPE, BuiltinTypes.OBJECT);
        MethodDescriptor.define(r, "__round__", "ndigits=?, /", (self, x) -> x[0] == null ? s("none") : x[0]);
        assertEquals("none", str(call("round", Ops.call(r))));
        assertEquals("none", str(call("round", Ops.call(r), Py.None)));
        assertEquals(2L, call("round", Ops.call(r), 2L));
        assertEquals(3L, callKw("round", new Object[] {Ops.call(r)}, new String[] {"ndigits"}, 3L));
    }

    @Test
    void attributes() {
        PyType a = newClass("A", BuiltinTypes.TYPE, BuiltinTypes.OBJECT);
        Object obj = Ops.call(a);
        raises(Exceptions.ATTRIBUTE_ERROR, "'int' object has no attribute 'foo'", () -> call("getattr", 1L, s("foo")));
        assertEquals(5L, call("getattr", 1L, s("foo"), 5L));
        raises(Exceptions.TYPE_ERROR, "attribute name must be string, not 'int'", () -> call("getattr", 1L, 5L));
        raises(Exceptions.TYPE_ERROR, "getattr expected at least 2 arguments, got 1", () -> call("getattr", 1L));
        raises(Exceptions.TYPE_ERROR, "getattr expected at most 3 arguments, got 4",
            () -> call("getattr", 1L, s("a"), 2L, 3L));
        raises(Exceptions.TYPE_ERROR, "attribute name must be string, not 'int'", () -> call("hasattr", 1L, 5L));
        raises(Exceptions.TYPE_ERROR, "hasattr expected 2 arguments, got 1", () -> call("hasattr", 1L));
        raises(Exceptions.TYPE_ERROR, "setattr expected 3 arguments, got 2", () -> call("setattr", 1L, 2L));
        raises(Exceptions.TYPE_ERROR, "delattr expected 2 arguments, got 1", () -> call("delattr", 1L));
        raises(Exceptions.ATTRIBUTE_ERROR, "'A' object has no attribute 'x'", () -> call("delattr", obj, s("x")));
        assertSame(Boolean.FALSE, call("hasattr", obj, s("x")));
        assertSame(Py.None, call("setattr", obj, s("x"), 42L));
        assertSame(Boolean.TRUE, call("hasattr", obj, s("x")));
        assertEquals(42L, call("getattr", obj, s("x")));
        assertEquals(42L, Ops.getItem(call("vars", obj), s("x")));
        call("delattr", obj, s("x"));
        assertSame(Boolean.FALSE, call("hasattr", obj, s("x")));
        raises(Exceptions.TYPE_ERROR, "vars() argument must have __dict__ attribute", () -> call("vars", 1L));
        raises(Exceptions.TYPE_ERROR, "vars expected at most 1 argument, got 2", () -> call("vars", 1L, 2L));
        PyType withProperty = newClass("P", BuiltinTypes.TYPE, BuiltinTypes.OBJECT);
        BuiltinFunction failing = BuiltinFunction.of("test", "f", "self", (self, x) -> {
            throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, "inner");
        });
        withProperty.setMember("p", Ops.call(BuiltinTypes.PROPERTY, failing));
        assertEquals(7L, call("getattr", Ops.call(withProperty), s("p"), 7L));
        assertSame(Boolean.FALSE, call("hasattr", Ops.call(withProperty), s("p")));
    }

    @Test
    void dirIsSorted() {
        PyType a = newClass("A", BuiltinTypes.TYPE, BuiltinTypes.OBJECT);
        Object obj = Ops.call(a);
        Ops.setAttr(obj, "zeta", 1L);
        Ops.setAttr(obj, "alpha", 2L);
        PyList names = (PyList) call("dir", obj);
        for (int i = 1; i < names.size; i++) {
            assertTrue(str(names.items[i - 1]).compareTo(str(names.items[i])) < 0);
        }
        assertTrue(repr(names).contains("'__repr__'"));
        assertTrue(repr(names).contains("'alpha'"));
        MethodDescriptor.define(a, "__dir__", "", (self, x) -> PyList.of(s("b"), s("c"), s("a")));
        assertEquals("['a', 'b', 'c']", repr(call("dir", obj)));
        raises(Exceptions.TYPE_ERROR, "dir expected at most 1 argument, got 2", () -> call("dir", 1L, 2L));
        PyDict locals = new PyDict();
        locals.put(s("y"), 1L);
        locals.put(s("x"), 2L);
        BuiltinFunctions.setLocalsSupplier(() -> locals);
        assertSame(locals, call("vars"));
        assertEquals("['x', 'y']", repr(call("dir")));
    }

    @Test
    void hashIdLenCallable() {
        assertEquals(1L, call("hash", 1L));
        assertEquals(-2L, call("hash", -1L));
        PyType unhashable = newClass("U", BuiltinTypes.TYPE, BuiltinTypes.OBJECT);
        unhashable.setMember("__hash__", Py.None);
        raises(Exceptions.TYPE_ERROR, "unhashable type: 'U'", () -> call("hash", Ops.call(unhashable)));
        raises(Exceptions.TYPE_ERROR, "hash() takes exactly one argument (0 given)", () -> call("hash"));
        Object o = new PyList();
        assertEquals(call("id", o), call("id", o));
        assertTrue(!call("id", o).equals(call("id", new PyList())));
        assertEquals(2L, call("len", PyList.of(1L, 2L)));
        assertEquals(3L, call("len", s("abc")));
        raises(Exceptions.TYPE_ERROR, "object of type 'int' has no len()", () -> call("len", 5L));
        assertSame(Boolean.FALSE, call("callable", 1L));
        assertSame(Boolean.TRUE, call("callable", BuiltinTypes.INT));
        assertSame(Boolean.TRUE, call("callable", fn("len")));
        PyType c = newClass("C", BuiltinTypes.TYPE, BuiltinTypes.OBJECT);
        assertSame(Boolean.FALSE, call("callable", Ops.call(c)));
        MethodDescriptor.define(c, "__call__", "", (self, a) -> 1L);
        assertSame(Boolean.TRUE, call("callable", Ops.call(c)));
    }

    @Test
    void format() {
        assertEquals("5", str(call("format", 5L)));
        assertEquals("a", str(call("format", s("a"))));
        PyType a = newClass("A", BuiltinTypes.TYPE, BuiltinTypes.OBJECT);
        raises(Exceptions.TYPE_ERROR, "unsupported format string passed to A.__format__",
            () -> call("format", Ops.call(a), s("x")));
        raises(Exceptions.TYPE_ERROR, "format() argument 2 must be str, not int", () -> call("format", 1L, 5L));
        raises(Exceptions.TYPE_ERROR, "format expected at least 1 argument, got 0", () -> call("format"));
        raises(Exceptions.TYPE_ERROR, "format expected at most 2 arguments, got 3", () -> call("format", 1L, s(""), 3L));
        PyType f = newClass("F", BuiltinTypes.TYPE, BuiltinTypes.OBJECT);
        MethodDescriptor.define(f, "__format__", "spec, /", (self, x) -> Ops.str(x[0]).value().isEmpty() ? (Object) 1L : s("<" + str(x[0]) + ">"));
        assertEquals("<x>", str(call("format", Ops.call(f), s("x"))));
        raises(Exceptions.TYPE_ERROR, "__format__ must return a str, not int", () -> call("format", Ops.call(f)));
    }

    @Test
    void iterAndNext() {
        raises(Exceptions.TYPE_ERROR, "'int' object is not iterable", () -> call("iter", 5L));
        raises(Exceptions.TYPE_ERROR, "iter(v, w): v must be callable", () -> call("iter", 5L, 1L));
        raises(Exceptions.TYPE_ERROR, "iter expected at least 1 argument, got 0", () -> call("iter"));
        raises(Exceptions.TYPE_ERROR, "iter expected at most 2 arguments, got 3", () -> call("iter", 1L, 2L, 3L));
        raises(Exceptions.TYPE_ERROR, "'int' object is not an iterator", () -> call("next", 5L));
        raises(Exceptions.TYPE_ERROR, "next expected at most 2 arguments, got 3", () -> call("next", 1L, 2L, 3L));
        long[] counter = {0};
        BuiltinFunction count = BuiltinFunction.of("test", "count", "", (self, a) -> ++counter[0]);
        Object it = call("iter", count, 4L);
        assertEquals("callable_iterator", Py.typeOf(it).name());
        assertEquals(1L, call("next", it));
        assertEquals(2L, call("next", it));
        assertEquals(3L, call("next", it));
        assertEquals(s("done"), call("next", it, s("done")));
        PyException stop = assertThrows(PyException.class, () -> call("next", it));
        assertSame(Exceptions.STOP_ITERATION, stop.value.type);
        assertEquals(4L, counter[0]);
        PyType gen = newClass("G", BuiltinTypes.TYPE, BuiltinTypes.OBJECT);
        MethodDescriptor.define(gen, "__next__", "", (self, a) -> {
            throw Exceptions.stopIteration(9L);
        });
        PyException withValue = assertThrows(PyException.class, () -> call("next", Ops.call(gen)));
        assertEquals(9L, Ops.getAttr(withValue.value, "value"));
        assertEquals(s("d"), call("next", Ops.call(gen), s("d")));
        BuiltinFunction stops = BuiltinFunction.of("test", "stops", "", (self, a) -> {
            throw Exceptions.stopIteration(Py.None);
        });
        assertSame(null, Ops.next(call("iter", stops, 0L)));
    }

    @Test
    void asyncIteration() {
        raises(Exceptions.TYPE_ERROR, "'int' object is not an async iterable", () -> call("aiter", 5L));
        raises(Exceptions.TYPE_ERROR, "'int' object is not an async iterator", () -> call("anext", 5L));
        raises(Exceptions.TYPE_ERROR, "aiter() takes exactly one argument (0 given)", () -> call("aiter"));
        raises(Exceptions.TYPE_ERROR, "anext expected at least 1 argument, got 0", () -> call("anext"));
        PyType ai = newClass("AI", BuiltinTypes.TYPE, BuiltinTypes.OBJECT);
        MethodDescriptor.define(ai, "__aiter__", "", (self, a) -> self);
        raises(Exceptions.TYPE_ERROR, "aiter() returned not an async iterator of type 'AI'", () -> call("aiter", Ops.call(ai)));
        MethodDescriptor.define(ai, "__anext__", "", (self, a) -> s("awaitable"));
        Object x = Ops.call(ai);
        assertSame(x, call("aiter", x));
        assertEquals("awaitable", str(call("anext", x)));
        PyType finished = newClass("Done", BuiltinTypes.TYPE, BuiltinTypes.OBJECT);
        MethodDescriptor.define(finished, "__next__", "", (self, a) -> {
            throw Exceptions.error(Exceptions.STOP_ASYNC_ITERATION, "");
        });
        MethodDescriptor.define(ai, "__anext__", "", (self, a) -> Ops.call(finished));
        Object awaitable = call("anext", x, s("dflt"));
        assertEquals("anext_awaitable", Py.typeOf(awaitable).name());
        Object it = Ops.call(Ops.getAttr(awaitable, "__await__"));
        PyException stop = assertThrows(PyException.class, () -> Ops.call(Ops.getAttr(it, "__next__")));
        assertSame(Exceptions.STOP_ITERATION, stop.value.type);
        assertEquals("dflt", str(Ops.getAttr(stop.value, "value")));
    }
}
