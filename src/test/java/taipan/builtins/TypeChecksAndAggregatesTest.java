package taipan.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static taipan.builtins.BuiltinFunctionsTest.call;
import static taipan.builtins.BuiltinFunctionsTest.callKw;
import static taipan.builtins.BuiltinFunctionsTest.newClass;
import static taipan.builtins.BuiltinFunctionsTest.raises;
import static taipan.builtins.BuiltinFunctionsTest.repr;
import static taipan.builtins.BuiltinFunctionsTest.s;

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
import taipan.runtime.PyByteArray;
import taipan.runtime.PyList;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/** isinstance, issubclass, all, any, min, max, sum and sorted; expected values from CPython 3.11. */
class TypeChecksAndAggregatesTest {
    @BeforeAll
    static void setUp() {
        BuiltinFunctionsTest.setUp();
    }

    static final PyType INT = BuiltinTypes.INT;
    static final PyType STR = BuiltinTypes.STR;
    static final PyType FLOAT = BuiltinTypes.FLOAT;

    @Test
    void isinstance() {
        assertSame(Boolean.TRUE, call("isinstance", 1L, INT));
        assertSame(Boolean.TRUE, call("isinstance", Boolean.TRUE, INT));
        assertSame(Boolean.FALSE, call("isinstance", 1L, BuiltinTypes.BOOL));
        assertSame(Boolean.TRUE, call("isinstance", 1L, PyTuple.of(STR, PyTuple.of(INT, FLOAT))));
        assertSame(Boolean.FALSE, call("isinstance", 1L, PyTuple.of()));
        assertSame(Boolean.TRUE, call("isinstance", 1L, PyTuple.of(INT, 5L)));
        assertSame(Boolean.TRUE, call("isinstance", BuiltinTypes.INT, BuiltinTypes.TYPE));
        assertSame(Boolean.TRUE, call("isinstance", s("x"), BuiltinTypes.OBJECT));
        assertSame(Boolean.TRUE, call("isinstance", Exceptions.keyError(1L).value, Exceptions.LOOKUP_ERROR));
        raises(Exceptions.TYPE_ERROR, "isinstance() arg 2 must be a type, a tuple of types, or a union",
            () -> call("isinstance", 1L, 5L));
        raises(Exceptions.TYPE_ERROR, "isinstance() arg 2 must be a type, a tuple of types, or a union",
            () -> call("isinstance", 1L, PyTuple.of(STR, 5L)));
        raises(Exceptions.TYPE_ERROR, "isinstance expected 2 arguments, got 1", () -> call("isinstance", 1L));
    }

    @Test
    void issubclass() {
        assertSame(Boolean.TRUE, call("issubclass", BuiltinTypes.BOOL, INT));
        assertSame(Boolean.TRUE, call("issubclass", INT, INT));
        assertSame(Boolean.FALSE, call("issubclass", INT, BuiltinTypes.BOOL));
        assertSame(Boolean.TRUE, call("issubclass", BuiltinTypes.BOOL, PyTuple.of(STR, PyTuple.of(FLOAT, INT))));
        assertSame(Boolean.TRUE, call("issubclass", INT, PyTuple.of(INT, 1L)));
        assertSame(Boolean.TRUE, call("issubclass", Exceptions.EXCEPTION_GROUP, Exceptions.EXCEPTION));
        assertSame(Boolean.TRUE, call("issubclass", Exceptions.FILE_NOT_FOUND_ERROR, Exceptions.OS_ERROR));
        raises(Exceptions.TYPE_ERROR, "issubclass() arg 1 must be a class", () -> call("issubclass", 1L, INT));
        raises(Exceptions.TYPE_ERROR, "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            () -> call("issubclass", INT, 1L));
        raises(Exceptions.TYPE_ERROR, "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            () -> call("issubclass", INT, PyTuple.of(STR, 1L)));
    }

    @Test
    void metaclassHooks() {
        PyType meta = newClass("Meta", BuiltinTypes.TYPE, BuiltinTypes.TYPE);
        MethodDescriptor.define(meta, "__instancecheck__", "inst, /", (self, a) -> Py.bool(a[0] instanceof Long));
        MethodDescriptor.define(meta, "__subclasscheck__", "sub, /", (self, a) -> Py.bool(a[0] == INT));
        PyType c = newClass("C", meta, BuiltinTypes.OBJECT);
        assertSame(Boolean.TRUE, call("isinstance", 5L, c));
        assertSame(Boolean.FALSE, call("isinstance", s("x"), c));
        assertSame(Boolean.TRUE, call("isinstance", 5L, PyTuple.of(STR, c)));
        assertSame(Boolean.TRUE, call("issubclass", INT, c));
        assertSame(Boolean.FALSE, call("issubclass", STR, c));
        Object instance = Ops.call(c);
        assertSame(Boolean.TRUE, call("isinstance", instance, c));
        PyType plainMeta = newClass("PlainMeta", BuiltinTypes.TYPE, BuiltinTypes.TYPE);
        PyType d = newClass("D", plainMeta, BuiltinTypes.OBJECT);
        PyType e = newClass("E", plainMeta, d);
        assertSame(Boolean.TRUE, call("isinstance", Ops.call(e), d));
        assertSame(Boolean.FALSE, call("isinstance", Ops.call(d), e));
        assertSame(Boolean.TRUE, call("issubclass", e, d));
    }

    @Test
    void abstractClassProtocol() {
        PyType fake = newClass("Fake", BuiltinTypes.TYPE, BuiltinTypes.OBJECT);
        Object base = Ops.call(fake);
        Ops.setAttr(base, "__bases__", PyTuple.of());
        Object derived = Ops.call(fake);
        Ops.setAttr(derived, "__bases__", PyTuple.of(base));
        Object inst = Ops.call(fake);
        assertSame(Boolean.TRUE, call("issubclass", derived, base));
        assertSame(Boolean.FALSE, call("issubclass", base, derived));
        raises(Exceptions.TYPE_ERROR, "issubclass() arg 1 must be a class", () -> call("issubclass", inst, base));
        PyType pretender = newClass("Pretender", BuiltinTypes.TYPE, BuiltinTypes.OBJECT);
        pretender.setMember("__class__", derived);
        assertSame(Boolean.TRUE, call("isinstance", Ops.call(pretender), base));
    }

    @Test
    void allAndAny() {
        assertSame(Boolean.TRUE, call("all", new PyList()));
        assertSame(Boolean.FALSE, call("any", new PyList()));
        assertSame(Boolean.TRUE, call("any", PyList.of(0L, 1L)));
        assertSame(Boolean.FALSE, call("all", PyList.of(1L, 0L)));
        assertSame(Boolean.TRUE, call("all", PyTuple.of(1L, s("a"), Boolean.TRUE)));
        raises(Exceptions.TYPE_ERROR, "'int' object is not iterable", () -> call("all", 5L));
        raises(Exceptions.TYPE_ERROR, "all() takes exactly one argument (0 given)", () -> call("all"));
    }

    @Test
    void minAndMax() {
        raises(Exceptions.VALUE_ERROR, "max() arg is an empty sequence", () -> call("max", new PyList()));
        raises(Exceptions.VALUE_ERROR, "min() arg is an empty sequence", () -> call("min", new PyList()));
        assertEquals(3L, callKw("max", new Object[] {new PyList()}, new String[] {"default"}, 3L));
        assertSame(Py.None, callKw("min", new Object[] {new PyList()}, new String[] {"default"}, Py.None));
        raises(Exceptions.TYPE_ERROR, "Cannot specify a default for max() with multiple positional arguments",
            () -> callKw("max", new Object[] {1L, 2L}, new String[] {"default"}, 3L));
        assertEquals(3L, call("max", 3L, 1L, 2L));
        assertEquals(1L, call("min", 3L, 1L, 2L));
        BuiltinFunction neg = BuiltinFunction.of("test", "neg", "x", (self, a) -> -(Long) a[0]);
        assertEquals(1L, callKw("max", new Object[] {PyList.of(1L, 3L, 2L)}, new String[] {"key"}, neg));
        assertEquals(3L, callKw("min", new Object[] {PyList.of(1L, 3L, 2L)}, new String[] {"key"}, neg));
        assertEquals(2L, callKw("max", new Object[] {2L, 1L}, new String[] {"key"}, Py.None));
        raises(Exceptions.TYPE_ERROR, "'int' object is not iterable", () -> call("max", 1L));
        raises(Exceptions.TYPE_ERROR, "max expected at least 1 argument, got 0", () -> call("max"));
        raises(Exceptions.TYPE_ERROR, "min expected at least 1 argument, got 0",
            () -> callKw("min", new Object[0], new String[] {"key"}, neg));
        raises(Exceptions.TYPE_ERROR, "'foo' is an invalid keyword argument for max()",
            () -> callKw("max", new Object[] {1L, 2L}, new String[] {"foo"}, 3L));
        BuiltinFunction constant = BuiltinFunction.of("test", "zero", "x", (self, a) -> 0L);
        assertEquals(s("first"), callKw("max", new Object[] {PyList.of(s("first"), s("second"))}, new String[] {"key"}, constant));
        assertEquals(s("first"), callKw("min", new Object[] {PyList.of(s("first"), s("second"))}, new String[] {"key"}, constant));
        assertEquals(2.5, call("max", 1.5, 2.5, -3.0));
        raises(Exceptions.TYPE_ERROR, "'>' not supported between instances of 'str' and 'int'",
            () -> call("max", 1L, s("a")));
    }

    @Test
    void sum() {
        assertEquals(6L, call("sum", PyList.of(1L, 2L, 3L)));
        assertEquals(0.9999999999999999, call("sum", new PyList(new Object[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1})));
        assertEquals(0.6000000000000001, call("sum", PyList.of(0.1, 0.2, 0.3)));
        assertEquals(13L, call("sum", PyList.of(1L, 2L), 10L));
        assertEquals(6.5, call("sum", PyList.of(1L, 2.5, 3L)));
        assertEquals(1.0, call("sum", PyList.of(1e100, 1.0, -1e100, 1.0)));
        assertEquals(5L, callKw("sum", new Object[] {new PyList()}, new String[] {"start"}, 5L));
        assertEquals(3L, callKw("sum", new Object[] {PyList.of(1L)}, new String[] {"start"}, 2L));
        assertEquals(new BigInteger("9223372036854775808"), call("sum", PyList.of(1L << 62, 1L << 62)));
        assertEquals(2L, call("sum", PyList.of(Boolean.TRUE, Boolean.TRUE)));
        assertEquals(2L, call("sum", PyList.of(1L, Boolean.TRUE)));
        assertEquals(3.5, call("sum", PyList.of(1L, 2L), 0.5));
        assertEquals(new BigInteger("18446744073709551617"), call("sum", PyList.of(BigInteger.ONE.shiftLeft(64), 1L)));
        raises(Exceptions.TYPE_ERROR, "sum() can't sum strings [use ''.join(seq) instead]",
            () -> call("sum", PyList.of(s("a")), s("")));
        raises(Exceptions.TYPE_ERROR, "sum() can't sum bytes [use b''.join(seq) instead]",
            () -> call("sum", new PyList(), new PyBytes(new byte[0])));
        raises(Exceptions.TYPE_ERROR, "sum() can't sum bytearray [use b''.join(seq) instead]",
            () -> call("sum", new PyList(), new PyByteArray(new byte[0])));
        raises(Exceptions.TYPE_ERROR, "sum() takes at least 1 positional argument (0 given)", () -> call("sum"));
        raises(Exceptions.TYPE_ERROR, "sum() takes at most 2 arguments (3 given)",
            () -> call("sum", new PyList(), 1L, 2L));
        raises(Exceptions.TYPE_ERROR, "unsupported operand type(s) for +: 'int' and 'str'",
            () -> call("sum", PyList.of(1L, s("a"))));
    }

    @Test
    void sortedCallsListSort() {
        raises(Exceptions.TYPE_ERROR, "'int' object is not iterable", () -> call("sorted", 5L));
        raises(Exceptions.TYPE_ERROR, "sorted expected 1 argument, got 2", () -> call("sorted", new PyList(), 5L));
        raises(Exceptions.TYPE_ERROR, "sorted expected 1 argument, got 0", () -> call("sorted"));
        assumeTrue(BuiltinTypes.LIST.lookup("sort") != null, "list.sort is not in this build yet");
        assertEquals("[3, 2, 1]", repr(callKw("sorted", new Object[] {PyList.of(3L, 1L, 2L)}, new String[] {"reverse"},
            Boolean.TRUE)));
        PyList original = PyList.of(2L, 1L);
        Object sorted = call("sorted", original);
        assertEquals("[1, 2]", repr(sorted));
        assertEquals("[2, 1]", repr(original));
    }
}
