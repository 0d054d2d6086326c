package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taipan.runtime.ContainerTesting.kw;
import static taipan.runtime.ContainerTesting.list;
import static taipan.runtime.ContainerTesting.m;
import static taipan.runtime.ContainerTesting.raises;
import static taipan.runtime.ContainerTesting.range;
import static taipan.runtime.ContainerTesting.repr;
import static taipan.runtime.ContainerTesting.s;
import static taipan.runtime.ContainerTesting.set;
import static taipan.runtime.ContainerTesting.subclass;
import static taipan.runtime.ContainerTesting.tuple;

import org.junit.jupiter.api.Test;

/** dict, its views, set and frozenset against CPython 3.11's results and messages. */
class DictSetTest {
    private static final PyType DICT = BuiltinTypes.DICT;
    private static final PyType SET = BuiltinTypes.SET;
    private static final PyType FROZENSET = BuiltinTypes.FROZENSET;
    private static final PyType TE = Exceptions.TYPE_ERROR;
    private static final PyType VE = Exceptions.VALUE_ERROR;
    private static final PyType KE = Exceptions.KEY_ERROR;
    private static final PyType RE = Exceptions.RUNTIME_ERROR;

    private static PyDict dict(Object... kv) {
        PyDict d = new PyDict();
        for (int i = 0; i < kv.length; i += 2) {
            d.put(kv[i], kv[i + 1]);
        }
        return d;
    }

    @Test
    void dictConstruction() {
        assertEquals("{1: 2, 3: 4}", repr(Ops.call(DICT, list(tuple(1L, 2L), tuple(3L, 4L)))));
        assertEquals("{1: 2, 3: 4}", repr(Ops.call(DICT, dict(1L, 2L, 3L, 4L))));
        assertEquals("{0: 1}", repr(Ops.call(DICT, list(list(0L, 1L)))));
        Object withKw = kw(DICT, new Object[] {list(tuple(1L, 2L)), 5L}, "x");
        assertEquals(5L, ((PyDict) withKw).get(s("x")));
        assertEquals(2, Ops.len(withKw));
        raises(TE, "cannot convert dictionary update sequence element #0 to a sequence", () -> Ops.call(DICT, list(1L)));
        raises(VE, "dictionary update sequence element #1 has length 3; 2 is required",
            () -> Ops.call(DICT, list(tuple(1L, 2L), tuple(1L, 2L, 3L))));
        raises(TE, "dict expected at most 1 argument, got 2", () -> Ops.call(DICT, list(), list()));
        raises(TE, "update expected at most 1 argument, got 2", () -> m(new PyDict(), "update", list(), list()));
        raises(TE, "'int' object is not iterable", () -> Ops.call(DICT, 3L));
        PyType mapping = subclass("M", BuiltinTypes.OBJECT,
            "keys", (BuiltinFunction.Body) (self, a) -> list(7L),
            "__getitem__", (BuiltinFunction.Body) (self, a) -> Arithmetic.binary(BinaryOp.MUL, a[0], 2L));
        mapping.setMember("keys", new MethodDescriptor(mapping, "keys", "", (self, a) -> list(7L)));
        assertEquals("{7: 14}", repr(Ops.call(DICT, Ops.call(mapping))), "anything with keys() is a mapping");
        PyDict d = dict(1L, 1L);
        m(d, "update", list(tuple(2L, 2L)));
        kw(Ops.getAttr(d, "update"), new Object[] {9L}, "k");
        assertEquals(3, d.size());
    }

    @Test
    void dictReprAndRecursion() {
        assertEquals("{}", repr(new PyDict()));
        PyDict d = dict(1L, list(2L), tuple(3L), Ops.call(BuiltinTypes.SET));
        assertEquals("{1: [2], (3,): set()}", repr(d));
        PyDict r = dict(1L, 0L);
        r.put(1L, r);
        assertEquals("{1: {...}}", repr(r));
    }

    @Test
    void dictSubscription() {
        PyDict d = dict(1L, 10L);
        assertEquals(10L, m(d, "__getitem__", 1L));
        PyException e = raises(KE, "5", () -> m(d, "__getitem__", 5L));
        assertEquals(5L, e.value.args.items[0], "KeyError carries the key");
        raises(TE, "unhashable type: 'list'", () -> Ops.getItem(d, list()));
        m(d, "__setitem__", 2L, 20L);
        m(d, "__delitem__", 1L);
        raises(KE, "1", () -> m(d, "__delitem__", 1L));
        assertEquals("{2: 20}", repr(d));
        assertTrue(Ops.isTrue(m(d, "__contains__", 2L)));
        assertEquals(1L, m(d, "__len__"));
        PyType withMissing = subclass("D", DICT, "__missing__", (BuiltinFunction.Body) (self, a) ->
            Arithmetic.binary(BinaryOp.MUL, a[0], 10L));
        Object x = Ops.call(withMissing, dict(1L, 2L));
        assertEquals(2L, Ops.getItem(x, 1L));
        assertEquals(50L, Ops.getItem(x, 5L));
        assertEquals("{1: 2}", repr(x));
        assertFalse(Ops.contains(x, 5L), "__missing__ does not insert");
        PyType plainSub = subclass("E", DICT);
        raises(KE, "3", () -> Ops.getItem(Ops.call(plainSub), 3L));
    }

    @Test
    void dictIterationDetectsChanges() {
        PyDict d = dict(1L, 1L, 2L, 2L);
        Object it = Ops.iter(d);
        assertEquals("dict_keyiterator", Py.typeOf(it).name());
        assertEquals(1L, Ops.next(it));
        d.put(3L, 3L);
        raises(RE, "dictionary changed size during iteration", () -> Ops.next(it));
        PyDict e = dict(1L, 1L, 2L, 2L);
        Object it2 = Ops.iter(e);
        Ops.next(it2);
        e.remove(1L);
        e.put(3L, 3L);
        assertEquals(2L, Ops.next(it2));
        raises(RE, "dictionary keys changed during iteration", () -> Ops.next(it2));
        assertEquals("[2, 1]", repr(Ops.call(BuiltinTypes.LIST, m(dict(1L, 0L, 2L, 0L), "__reversed__"))));
    }

    @Test
    void dictEqualityAndUnion() {
        assertTrue(Ops.eq(dict(1L, 2L, 3L, 4L), dict(3L, 4L, 1L, 2L)));
        assertFalse(Ops.eq(dict(1L, 2L), dict(1L, 3L)));
        assertFalse(Ops.eq(dict(1L, 2L), dict(1L, 2L, 3L, 4L)));
        assertFalse(Ops.eq(dict(), list()));
        raises(TE, "'<' not supported between instances of 'dict' and 'dict'", () -> Ops.richCompare(dict(), dict(), CompareOp.LT));
        raises(TE, "unhashable type: 'dict'", () -> Ops.hash(dict()));
        PyDict a = dict(1L, 1L, 2L, 2L);
        Object u = Arithmetic.binary(BinaryOp.OR, a, dict(2L, 20L, 3L, 30L));
        assertEquals("{1: 1, 2: 20, 3: 30}", repr(u));
        raises(TE, "unsupported operand type(s) for |: 'dict' and 'list'", () -> Arithmetic.binary(BinaryOp.OR, a, list()));
        assertSame(a, Arithmetic.binary(BinaryOp.IOR, a, list(tuple(5L, 5L))));
        assertEquals("{1: 1, 2: 2, 5: 5}", repr(a));
        PyType sub = subclass("D2", DICT);
        assertSame(DICT, Py.typeOf(Arithmetic.binary(BinaryOp.OR, Ops.call(sub), dict())));
    }

    @Test
    void dictMethods() {
        PyDict d = dict(1L, 1L, 2L, 2L, 3L, 3L);
        assertEquals(1L, m(d, "get", 1L));
        assertEquals(Py.None, m(d, "get", 9L));
        assertEquals(0L, m(d, "get", 9L, 0L));
        assertEquals(2L, m(d, "setdefault", 2L, 5L));
        assertEquals(Py.None, m(d, "setdefault", 4L));
        assertEquals(Py.None, d.get(4L));
        assertEquals(4, d.size());
        assertEquals(Py.None, m(d, "pop", 4L));
        assertEquals(7L, m(d, "pop", 4L, 7L));
        raises(KE, "4", () -> m(d, "pop", 4L));
        raises(KE, "[]", () -> m(dict(), "pop", list()));
        assertEquals("(3, 3)", repr(m(d, "popitem")));
        assertEquals("(2, 2)", repr(m(d, "popitem")));
        assertEquals("{1: 1}", repr(d));
        raises(KE, "popitem(): dictionary is empty", () -> m(dict(), "popitem"));
        PyDict c = (PyDict) m(d, "copy");
        assertNotSame(d, c);
        m(d, "clear");
        assertEquals("{}", repr(d));
        assertEquals("{1: 1}", repr(c));
        PyDict fk = (PyDict) m(DICT, "fromkeys", list(1L, 2L));
        assertEquals("[1, 2]", repr(Ops.call(BuiltinTypes.LIST, fk)));
        assertSame(Py.None, fk.get(2L));
        assertEquals("{0: 0, 1: 0, 2: 0}", repr(m(DICT, "fromkeys", range(3), 0L)));
        raises(TE, "fromkeys expected at least 1 argument, got 0", () -> m(DICT, "fromkeys"));
        PyType sub = subclass("D3", DICT);
        assertSame(sub, Py.typeOf(m(sub, "fromkeys", list(1L))));
        assertEquals("dict[int, str]", repr(Ops.getItem(DICT, tuple(BuiltinTypes.INT, BuiltinTypes.STR))));
    }

    @Test
    void dictViews() {
        PyDict d = dict(1L, 10L, 2L, 20L);
        Object keys = m(d, "keys");
        Object values = m(d, "values");
        Object items = m(d, "items");
        assertEquals("dict_keys([1, 2])", repr(keys));
        assertEquals("dict_values([10, 20])", repr(values));
        assertEquals("dict_items([(1, 10), (2, 20)])", repr(items));
        d.put(3L, 30L);
        assertEquals(3, Ops.len(keys), "views are live");
        assertEquals("[30, 20, 10]", repr(Ops.call(BuiltinTypes.LIST, m(values, "__reversed__"))));
        assertEquals("dict_reverseitemiterator", Py.typeOf(m(items, "__reversed__")).name());
        assertTrue(Ops.contains(keys, 2L));
        assertTrue(Ops.contains(items, tuple(2L, 20L)));
        assertFalse(Ops.contains(items, tuple(2L, 21L)));
        assertFalse(Ops.contains(items, 2L));
        assertTrue(Ops.contains(values, 30L));
        assertEquals("{1, 2, 3, 5}", repr(Arithmetic.binary(BinaryOp.OR, keys, list(5L))));
        assertEquals("{1, 2, 3, 5}", repr(Arithmetic.binary(BinaryOp.OR, list(5L), keys)));
        assertEquals("{3}", repr(Arithmetic.binary(BinaryOp.SUB, keys, list(1L, 2L))));
        assertEquals("{7}", repr(Arithmetic.binary(BinaryOp.SUB, list(1L, 7L), keys)));
        assertEquals("{2, 3}", repr(Arithmetic.binary(BinaryOp.AND, keys, list(2L, 3L, 4L))));
        assertEquals("{1, 4}", repr(Arithmetic.binary(BinaryOp.XOR, keys, list(2L, 3L, 4L))));
        assertEquals("{(1, 10)}", repr(Arithmetic.binary(BinaryOp.AND, items, set(tuple(1L, 10L), tuple(2L, 0L)))));
        assertEquals("set()", repr(Arithmetic.binary(BinaryOp.SUB, items, items)));
        assertTrue(Ops.isTrue(m(keys, "isdisjoint", list(4L, 5L))));
        assertFalse(Ops.isTrue(m(keys, "isdisjoint", set(3L))));
        assertTrue(Ops.eq(keys, set(1L, 2L, 3L)));
        assertFalse(Ops.eq(keys, list(1L, 2L, 3L)));
        assertEquals(Boolean.TRUE, Ops.richCompare(keys, set(1L, 2L, 3L, 4L), CompareOp.LT));
        assertEquals(Boolean.TRUE, Ops.richCompare(keys, m(dict(1L, 0L), "keys"), CompareOp.GE));
        assertEquals(Boolean.TRUE, Ops.richCompare(items, set(tuple(1L, 10L), tuple(2L, 20L), tuple(3L, 30L)), CompareOp.EQ));
        raises(TE, "unhashable type: 'dict_keys'", () -> Ops.hash(keys));
        raises(TE, "unsupported operand type(s) for |: 'dict_values' and 'list'", () -> Arithmetic.binary(BinaryOp.OR, values, list()));
    }

    @Test
    void setReprAndConstruction() {
        assertEquals("set()", repr(Ops.call(SET)));
        assertEquals("{1, 2, 3}", repr(set(3L, 1L, 2L, 1L)));
        assertEquals("frozenset()", repr(Ops.call(FROZENSET)));
        assertEquals("frozenset({1, 2})", repr(Ops.call(FROZENSET, list(2L, 1L))));
        PyType sub = subclass("S", SET);
        assertEquals("S()", repr(Ops.call(sub)));
        assertEquals("S({1})", repr(Ops.call(sub, list(1L))));
        raises(TE, "set expected at most 1 argument, got 2", () -> Ops.call(SET, list(), list()));
        raises(TE, "set() takes no keyword arguments", () -> kw(SET, new Object[] {list()}, "a"));
        raises(TE, "frozenset expected at most 1 argument, got 2", () -> Ops.call(FROZENSET, list(), list()));
        raises(TE, "frozenset() takes no keyword arguments", () -> kw(FROZENSET, new Object[] {list()}, "a"));
        raises(TE, "unhashable type: 'list'", () -> set(list()));
        Object f = Ops.call(FROZENSET, list(1L));
        assertSame(f, Ops.call(FROZENSET, f));
        assertSame(f, m(f, "copy"));
        Object s = set(1L);
        assertNotSame(s, m(s, "copy"));
        assertEquals("{0, 1, 2}", repr(set(1L, 2L, 0L)));
        assertEquals("{1, 2}", repr(Ops.call(SET, dict(2L, 0L, 1L, 0L))));
        assertEquals("set[int]", repr(Ops.getItem(SET, BuiltinTypes.INT)));
    }

    @Test
    void setContainmentAndMutation() {
        Object s = set(Ops.call(FROZENSET, list(1L)), 2L);
        assertTrue(Ops.contains(s, set(1L)), "a set key is looked up as a frozenset");
        m(s, "remove", set(1L));
        assertEquals("{2}", repr(s));
        m(s, "discard", set(5L));
        raises(TE, "unhashable type: 'list'", () -> Ops.contains(set(), list()));
        m(s, "add", 3L);
        m(s, "discard", 9L);
        raises(KE, "9", () -> m(s, "remove", 9L));
        assertEquals(3L, m(s, "pop"), "CPython's slot order after a dummy");
        assertEquals(2L, m(s, "pop"));
        raises(KE, "pop from an empty set", () -> m(s, "pop"));
        Object t = set(1L, 2L);
        m(t, "clear");
        assertEquals(0, Ops.len(t));
        Object u = set(1L);
        Object it = Ops.iter(u);
        assertEquals("set_iterator", Py.typeOf(it).name());
        m(u, "add", 2L);
        raises(RE, "Set changed size during iteration", () -> Ops.next(it));
        raises(TE, "unhashable type: 'set'", () -> Ops.hash(set()));
    }

    @Test
    void setOperatorsAndTypes() {
        Object a = set(1L, 2L, 3L);
        Object f = Ops.call(FROZENSET, list(2L, 4L));
        assertSame(SET, Py.typeOf(Arithmetic.binary(BinaryOp.OR, a, f)));
        assertSame(FROZENSET, Py.typeOf(Arithmetic.binary(BinaryOp.OR, f, a)));
        assertSame(FROZENSET, Py.typeOf(Arithmetic.binary(BinaryOp.AND, f, a)));
        assertEquals("frozenset({1, 3, 4})", repr(Arithmetic.binary(BinaryOp.XOR, f, a)));
        raises(TE, "unsupported operand type(s) for |: 'set' and 'list'", () -> Arithmetic.binary(BinaryOp.OR, a, list()));
        raises(TE, "unsupported operand type(s) for |=: 'set' and 'list'", () -> Arithmetic.binary(BinaryOp.IOR, a, list()));
        raises(TE, "unsupported operand type(s) for &: 'frozenset' and 'list'", () -> Arithmetic.binary(BinaryOp.AND, f, list()));
        assertEquals(Boolean.TRUE, Ops.richCompare(set(1L, 2L), set(1L, 2L, 3L), CompareOp.LT));
        assertEquals(Boolean.TRUE, Ops.richCompare(set(1L, 2L), set(1L, 2L), CompareOp.LE));
        assertEquals(Boolean.FALSE, Ops.richCompare(set(1L, 2L), set(1L, 2L), CompareOp.LT));
        assertEquals(Boolean.TRUE, Ops.richCompare(set(1L, 2L), set(1L), CompareOp.GT));
        assertEquals(Boolean.FALSE, Ops.richCompare(set(1L), set(1L, 2L), CompareOp.GE));
        assertTrue(Ops.eq(set(1L), Ops.call(FROZENSET, list(1L))));
        assertFalse(Ops.eq(set(1L), list(1L)));
        raises(TE, "'<' not supported between instances of 'set' and 'list'", () -> Ops.richCompare(set(), list(), CompareOp.LT));
        assertEquals("set()", repr(m(set(), "union")));
        assertEquals("{1, 2, 3}", repr(m(set(1L), "union", list(2L), tuple(3L))));
        assertEquals("{3}", repr(m(set(1L, 2L, 3L), "intersection", list(2L, 3L), set(3L))));
        assertEquals("{3}", repr(m(set(1L, 2L, 3L), "difference", list(1L), list(2L))));
        assertEquals("{1, 2, 3}", repr(m(set(1L, 2L, 3L), "intersection")));
        Object x = set(1L, 2L, 3L);
        m(x, "intersection_update", list(2L), list(2L, 3L));
        assertEquals("{2}", repr(x));
        m(x, "symmetric_difference_update", list(2L, 5L));
        assertEquals("{5}", repr(x));
        m(x, "update", list(1L), list(2L));
        assertEquals("{1, 2, 5}", repr(x));
        Object y = set(1L, 2L);
        assertSame(y, Arithmetic.binary(BinaryOp.ISUB, y, y));
        assertEquals("set()", repr(y));
        assertTrue(Ops.isTrue(m(set(1L, 2L), "isdisjoint", list(3L))));
        assertTrue(Ops.isTrue(m(set(1L), "issubset", range(3))));
        assertTrue(Ops.isTrue(m(set(1L, 5L), "issuperset", list(5L))));
        assertFalse(Ops.isTrue(m(set(1L, 5L), "issuperset", list(6L))));
    }

    @Test
    void frozensetHashes() {
        assertEquals(133146708735736L, Ops.hash(Ops.call(FROZENSET)));
        assertEquals(-272375401224217160L, Ops.hash(Ops.call(FROZENSET, list(1L, 2L, 3L))));
        assertEquals(-272375401224217160L, Ops.hash(Ops.call(FROZENSET, list(3L, 2L, 1L, 2L))));
        assertEquals(7223883588196168929L, Ops.hash(Ops.call(FROZENSET, list(Ops.call(FROZENSET, list(1L)), 5L))));
        Object s = set(Ops.call(FROZENSET, list(1L)));
        assertTrue(Ops.contains(s, Ops.call(FROZENSET, list(1L))));
        Object big = set(java.math.BigInteger.TWO.pow(70));
        assertTrue(Ops.contains(big, java.math.BigInteger.ONE.shiftLeft(70)), "equal big ints are one key");
    }
}
