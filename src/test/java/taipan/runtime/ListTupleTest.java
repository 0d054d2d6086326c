package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taipan.runtime.ContainerTesting.fn;
import static taipan.runtime.ContainerTesting.kw;
import static taipan.runtime.ContainerTesting.list;
import static taipan.runtime.ContainerTesting.m;
import static taipan.runtime.ContainerTesting.raises;
import static taipan.runtime.ContainerTesting.range;
import static taipan.runtime.ContainerTesting.repr;
import static taipan.runtime.ContainerTesting.s;
import static taipan.runtime.ContainerTesting.subclass;
import static taipan.runtime.ContainerTesting.tuple;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** list and tuple against CPython 3.11's results and messages. */
class ListTupleTest {
    private static final PyType LIST = BuiltinTypes.LIST;
    private static final PyType TUPLE = BuiltinTypes.TUPLE;
    private static final PyType IE = Exceptions.INDEX_ERROR;
    private static final PyType TE = Exceptions.TYPE_ERROR;
    private static final PyType VE = Exceptions.VALUE_ERROR;

    private static Object slice(Object start, Object stop, Object step) {
        return Ops.call(BuiltinTypes.SLICE, start, stop, step);
    }

    @Test
    void listReprIncludingRecursion() {
        assertEquals("[]", repr(list()));
        assertEquals("[1, [2, 3], (4,), ()]", repr(list(1L, list(2L, 3L), tuple(4L), tuple())));
        PyList l = list(1L);
        l.append(l);
        assertEquals("[1, [...]]", repr(l));
        PyList self = list();
        self.append(self);
        assertEquals("[[...]]", repr(self));
        PyList outer = list(l, l);
        assertEquals("[[1, [...]], [1, [...]]]", repr(outer));
    }

    @Test
    void listConstructionAndSubclasses() {
        assertEquals("[0, 1, 2]", repr(Ops.call(LIST, range(3))));
        assertEquals("[]", repr(Ops.call(LIST)));
        raises(TE, "list expected at most 1 argument, got 2", () -> Ops.call(LIST, list(), list()));
        raises(TE, "list() takes no keyword arguments", () -> kw(LIST, new Object[] {list()}, "x"));
        raises(TE, "'int' object is not iterable", () -> Ops.call(LIST, 5L));
        PyType sub = subclass("L", LIST);
        Object x = Ops.call(sub, range(2));
        assertSame(sub, Py.typeOf(x));
        assertEquals("[0, 1]", repr(x));
        assertSame(LIST, Py.typeOf(m(x, "copy")));
        assertSame(LIST, Py.typeOf(Arithmetic.binary(BinaryOp.ADD, x, x)));
        assertSame(LIST, Py.typeOf(Ops.getItem(x, slice(Py.None, Py.None, Py.None))));
        PyList l = list(9L);
        m(l, "__init__", range(2));
        assertEquals("[0, 1]", repr(l), "__init__ replaces the contents");
    }

    @Test
    void listIndexing() {
        PyList l = list(10L, 20L, 30L);
        assertEquals(30L, Ops.getItem(l, -1L));
        assertEquals(10L, m(l, "__getitem__", 0L));
        assertEquals(20L, Ops.getItem(l, Boolean.TRUE));
        raises(IE, "list index out of range", () -> Ops.getItem(l, 3L));
        raises(IE, "list index out of range", () -> m(l, "__getitem__", -4L));
        raises(IE, "list index out of range", () -> m(l, "__getitem__", 1L << 40));
        raises(IE, "cannot fit 'int' into an index-sized integer", () -> m(l, "__getitem__", BigInteger.TWO.pow(70)));
        raises(TE, "list indices must be integers or slices, not str", () -> Ops.getItem(l, s("a")));
        raises(TE, "list indices must be integers or slices, not float", () -> Ops.getItem(l, 1.0));
        Ops.setItem(l, -1L, 33L);
        m(l, "__setitem__", 0L, 11L);
        assertEquals("[11, 20, 33]", repr(l));
        raises(IE, "list assignment index out of range", () -> Ops.setItem(l, 3L, 0L));
        raises(IE, "list assignment index out of range", () -> m(l, "__setitem__", -4L, 0L));
        raises(TE, "list indices must be integers or slices, not str", () -> Ops.setItem(l, s("a"), 0L));
        raises(IE, "list assignment index out of range", () -> Ops.delItem(l, 7L));
        Ops.delItem(l, 1L);
        assertEquals("[11, 33]", repr(l));
    }

    @Test
    void listSlices() {
        PyList l = (PyList) Ops.call(LIST, range(10));
        assertEquals("[2, 3, 4]", repr(Ops.getItem(l, slice(2L, 5L, Py.None))));
        assertEquals("[9, 7, 5, 3, 1]", repr(Ops.getItem(l, slice(Py.None, Py.None, -2L))));
        assertEquals("[]", repr(Ops.getItem(l, slice(5L, 2L, Py.None))));
        assertEquals("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]", repr(Ops.getItem(l, slice(BigInteger.TWO.pow(80).negate(), BigInteger.TWO.pow(80), Py.None))));
        raises(VE, "slice step cannot be zero", () -> Ops.getItem(l, slice(Py.None, Py.None, 0L)));
        raises(TE, "slice indices must be integers or None or have an __index__ method",
            () -> Ops.getItem(l, slice(s("a"), Py.None, Py.None)));
        PyList x = list(1L, 2L, 3L);
        Ops.setItem(x, slice(1L, 1L, Py.None), x);
        assertEquals("[1, 1, 2, 3, 2, 3]", repr(x), "slice assignment from the list itself");
        PyList y = list(1L, 2L, 3L);
        Ops.setItem(y, slice(Py.None, Py.None, -1L), y);
        assertEquals("[3, 2, 1]", repr(y));
        Ops.setItem(y, slice(1L, 2L, Py.None), range(5));
        assertEquals("[3, 0, 1, 2, 3, 4, 1]", repr(y), "any iterable");
        raises(VE, "attempt to assign sequence of size 3 to extended slice of size 2",
            () -> Ops.setItem(list(1L, 2L, 3L), slice(Py.None, Py.None, 2L), list(7L, 8L, 9L)));
        raises(TE, "must assign iterable to extended slice", () -> Ops.setItem(list(1L, 2L, 3L), slice(Py.None, Py.None, 2L), 1L));
        raises(TE, "can only assign an iterable", () -> Ops.setItem(list(1L, 2L, 3L), slice(1L, 2L, Py.None), 1L));
        PyList z = (PyList) Ops.call(LIST, range(10));
        Ops.delItem(z, slice(Py.None, Py.None, 3L));
        assertEquals("[1, 2, 4, 5, 7, 8]", repr(z));
        Ops.delItem(z, slice(1L, -1L, Py.None));
        assertEquals("[1, 8]", repr(z));
    }

    @Test
    void listArithmetic() {
        PyList a = list(1L, 2L);
        assertEquals("[1, 2, 1, 2]", repr(Arithmetic.binary(BinaryOp.ADD, a, a)));
        raises(TE, "can only concatenate list (not \"int\") to list", () -> Arithmetic.binary(BinaryOp.ADD, a, 1L));
        raises(TE, "can only concatenate list (not \"tuple\") to list", () -> Arithmetic.binary(BinaryOp.ADD, a, tuple()));
        assertEquals("[1, 2, 1, 2, 1, 2]", repr(Arithmetic.binary(BinaryOp.MUL, a, 3L)));
        assertEquals("[1, 2, 1, 2]", repr(Arithmetic.binary(BinaryOp.MUL, 2L, a)));
        assertEquals("[]", repr(Arithmetic.binary(BinaryOp.MUL, a, -1L)));
        assertEquals("[1, 2]", repr(Arithmetic.binary(BinaryOp.MUL, a, Boolean.TRUE)));
        raises(TE, "can't multiply sequence by non-int of type 'str'", () -> Arithmetic.binary(BinaryOp.MUL, a, s("x")));
        raises(Exceptions.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer",
            () -> Arithmetic.binary(BinaryOp.MUL, a, BigInteger.TWO.pow(70)));
        PyList b = list(1L);
        Object r = Arithmetic.binary(BinaryOp.IADD, b, tuple(2L, 3L));
        assertSame(b, r);
        assertEquals("[1, 2, 3]", repr(b));
        raises(TE, "'int' object is not iterable", () -> Arithmetic.binary(BinaryOp.IADD, b, 1L));
        assertSame(b, Arithmetic.binary(BinaryOp.IMUL, b, 2L));
        assertEquals("[1, 2, 3, 1, 2, 3]", repr(b));
        Arithmetic.binary(BinaryOp.IADD, b, b);
        assertEquals(12, Ops.len(b));
    }

    @Test
    void listComparisonsAndHash() {
        assertEquals(Boolean.TRUE, Ops.richCompare(list(1L, 2L), list(1L, 3L), CompareOp.LT));
        assertEquals(Boolean.TRUE, Ops.richCompare(list(1L, 2L), list(1L, 2L, 0L), CompareOp.LT));
        assertEquals(Boolean.FALSE, Ops.richCompare(list(1L, 2L), list(1L, 2L), CompareOp.LT));
        assertEquals(Boolean.TRUE, Ops.richCompare(list(1L, 2L), list(1L, 2L), CompareOp.GE));
        assertEquals(Boolean.TRUE, Ops.richCompare(list(1L, 2L), list(1L, 2L), CompareOp.EQ));
        assertEquals(Boolean.TRUE, Ops.richCompare(list(1L), list(1L, 2L), CompareOp.NE));
        assertEquals(Boolean.FALSE, Ops.richCompare(list(1L), tuple(1L), CompareOp.EQ));
        assertEquals(Boolean.TRUE, Ops.richCompare(list(2L), list(1L, 5L), CompareOp.GT));
        raises(TE, "'<' not supported between instances of 'list' and 'tuple'",
            () -> Ops.richCompare(list(), tuple(), CompareOp.LT));
        raises(TE, "'<' not supported between instances of 'int' and 'NoneType'",
            () -> Ops.richCompare(list(1L), list(Py.None), CompareOp.LT));
        raises(TE, "unhashable type: 'list'", () -> Ops.hash(list()));
        assertTrue(Ops.eq(list(list(1L)), list(list(1L))));
    }

    @Test
    void listMethods() {
        PyList l = list();
        m(l, "append", 1L);
        m(l, "extend", range(2, 4));
        m(l, "insert", 0L, 0L);
        m(l, "insert", -1L, 9L);
        m(l, "insert", 100L, 10L);
        m(l, "insert", -100L, -1L);
        assertEquals("[-1, 0, 1, 2, 9, 3, 10]", repr(l));
        assertEquals(10L, m(l, "pop"));
        assertEquals(-1L, m(l, "pop", 0L));
        assertEquals(9L, m(l, "pop", -2L));
        raises(IE, "pop index out of range", () -> m(l, "pop", 5L));
        raises(IE, "pop from empty list", () -> m(list(), "pop"));
        raises(TE, "'str' object cannot be interpreted as an integer", () -> m(l, "pop", s("a")));
        m(l, "remove", 2L);
        assertEquals("[0, 1, 3]", repr(l));
        raises(VE, "list.remove(x): x not in list", () -> m(l, "remove", 7L));
        PyList c = list(1L, 2L, 1L, 2L, 1L);
        assertEquals(3L, m(c, "count", 1L));
        assertEquals(1L, m(c, "index", 2L));
        assertEquals(3L, m(c, "index", 2L, 2L));
        assertEquals(3L, m(c, "index", 2L, -2L));
        assertEquals(2L, m(c, "index", 1L, 1L, 3L));
        raises(VE, "2 is not in list", () -> m(c, "index", 2L, 4L));
        raises(VE, "5 is not in list", () -> m(c, "index", 5L));
        raises(TE, "slice indices must be integers or have an __index__ method", () -> m(c, "index", 1L, s("a")));
        m(c, "reverse");
        assertEquals("[1, 2, 1, 2, 1]", repr(c));
        Object copy = m(c, "copy");
        m(c, "clear");
        assertEquals("[]", repr(c));
        assertEquals("[1, 2, 1, 2, 1]", repr(copy));
        assertTrue(Ops.contains(copy, 2L));
        assertFalse(Ops.contains(copy, 3L));
        assertTrue(Ops.isTrue(m(copy, "__contains__", 1L)));
        assertEquals("list[int]", repr(Ops.getItem(LIST, BuiltinTypes.INT)));
    }

    @Test
    void listIterators() {
        PyList l = list(1L, 2L);
        Object it = Ops.iter(l);
        assertEquals("list_iterator", Py.typeOf(it).name());
        assertEquals(1L, Ops.next(it));
        l.append(3L);
        assertEquals(2L, Ops.next(it));
        assertEquals(3L, Ops.next(it), "the iterator sees appends");
        assertEquals(null, Ops.next(it));
        l.append(4L);
        assertEquals(null, Ops.next(it), "an exhausted iterator stays exhausted");
        Object r = m(l, "__reversed__");
        assertEquals("list_reverseiterator", Py.typeOf(r).name());
        assertEquals("[4, 3, 2, 1]", repr(Ops.call(LIST, r)));
        raises(Exceptions.STOP_ITERATION, null, () -> m(Ops.iter(list()), "__next__"));
    }

    @Test
    void sortIsStableAndUsesLessThanOnly() {
        PyList l = list(3L, 1L, 2L);
        m(l, "sort");
        assertEquals("[1, 2, 3]", repr(l));
        kw(Ops.getAttr(l, "sort"), new Object[] {true}, "reverse");
        assertEquals("[3, 2, 1]", repr(l));
        raises(TE, "sort() takes no positional arguments", () -> m(l, "sort", Py.None));
        PyList pairs = list(tuple(1L, s("a")), tuple(0L, s("b")), tuple(1L, s("c")), tuple(0L, s("d")));
        kw(Ops.getAttr(pairs, "sort"), new Object[] {fn(x -> ((PyTuple) x).items[0])}, "key");
        assertEquals("b d a c", join(pairs));
        kw(Ops.getAttr(pairs, "sort"), new Object[] {fn(x -> ((PyTuple) x).items[0]), true}, "key", "reverse");
        assertEquals("a c b d", join(pairs), "reverse keeps equal keys in their order");
        raises(TE, "'<' not supported between instances of 'NoneType' and 'int'", () -> m(list(1L, Py.None), "sort"));
        PyList mixed = list(2.5, 1L, Boolean.FALSE, 3L, -0.5);
        m(mixed, "sort");
        assertEquals("[-0.5, False, 1, 2.5, 3]", repr(mixed), "mixed numbers sort through their own comparisons");
        PyList nested = list(list(2L, 1L), list(1L, 5L), list(2L), list(1L));
        m(nested, "sort");
        assertEquals("[[1], [1, 5], [2], [2, 1]]", repr(nested), "lists order lexicographically");
    }

    private static String join(PyList pairs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pairs.size; i++) {
            sb.append(i == 0 ? "" : " ").append(((PyStr) ((PyTuple) pairs.items[i]).items[1]).value());
        }
        return sb.toString();
    }

    @Test
    void sortDetectsModificationAndPropagatesErrors() {
        PyList l = list(3L, 1L, 2L);
        raises(VE, "list modified during sort", () -> kw(Ops.getAttr(l, "sort"), new Object[] {fn(x -> {
            l.append(0L);
            return x;
        })}, "key"));
        assertEquals("[1, 2, 3]", repr(l), "the sorted items are kept, the appended ones dropped");
        PyList seen = list();
        raises(TE, "'<' not supported between instances of 'NoneType' and 'int'", () ->
            kw(Ops.getAttr(l, "sort"), new Object[] {fn(x -> {
                seen.append(x);
                return x == (Object) 2L ? Py.None : x;
            })}, "key"));
        assertEquals(3, seen.size, "every key is computed before comparing");
        assertEquals(3, l.size);
        raises(Exceptions.ZERO_DIVISION_ERROR, "boom", () -> kw(Ops.getAttr(l, "sort"), new Object[] {fn(x -> {
            throw Exceptions.zeroDivisionError("boom");
        })}, "key"));
        assertEquals("[1, 2, 3]", repr(l), "a failing key leaves the list as it was");
    }

    @Test
    void sortSurvivesInconsistentComparisons() {
        Random rnd = new Random(7);
        PyType chaos = subclass("Chaos", BuiltinTypes.OBJECT, "__lt__", (BuiltinFunction.Body) (self, a) -> Py.bool(rnd.nextBoolean()));
        PyList l = list();
        for (int i = 0; i < 500; i++) {
            l.append(Ops.call(chaos));
        }
        Object[] before = l.toArray();
        m(l, "sort");
        assertEquals(500, l.size);
        java.util.Set<Object> a = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Collections.addAll(a, before);
        for (int i = 0; i < l.size; i++) {
            assertTrue(a.remove(l.items[i]), "the result is a permutation");
        }
    }

    @Test
    void sortedHelperAndLargeSorts() {
        Random rnd = new Random(11);
        PyList l = list();
        long[] expect = new long[5000];
        for (int i = 0; i < expect.length; i++) {
            expect[i] = rnd.nextInt(1000) - 500;
            l.append(expect[i]);
        }
        java.util.Arrays.sort(expect);
        ListSort.sort(l, Py.None, false);
        for (int i = 0; i < expect.length; i++) {
            assertEquals(expect[i], l.items[i]);
        }
        PyList strs = list(s("b"), s("a"), s("B"), s("\uD83D\uDE00"), s("\uFFFF"));
        ListSort.sort(strs, Py.None, false);
        assertEquals("B a b \uFFFF \uD83D\uDE00", strs.items[0] + " " + strs.items[1] + " " + strs.items[2] + " "
            + strs.items[3] + " " + strs.items[4], "strs order by code point");
    }

    @Test
    void tupleBasics() {
        assertEquals("()", repr(tuple()));
        assertEquals("(1,)", repr(tuple(1L)));
        assertEquals("(1, (2, 3), [])", repr(tuple(1L, tuple(2L, 3L), list())));
        PyList inner = list();
        PyTuple t = tuple(inner);
        inner.append(t);
        assertEquals("([(...)],)", repr(t));
        assertSame(PyTuple.EMPTY, Ops.call(TUPLE));
        PyTuple x = tuple(1L, 2L);
        assertSame(x, Ops.call(TUPLE, x));
        assertEquals("(0, 1, 2)", repr(Ops.call(TUPLE, range(3))));
        raises(TE, "tuple expected at most 1 argument, got 2", () -> Ops.call(TUPLE, list(), list()));
        raises(TE, "tuple() takes no keyword arguments", () -> kw(TUPLE, new Object[] {list()}, "iterable"));
        PyType sub = subclass("T", TUPLE);
        Object st = Ops.call(sub, list(1L));
        assertSame(sub, Py.typeOf(st));
        assertEquals("(1,)", repr(st));
        assertSame(TUPLE, Py.typeOf(Arithmetic.binary(BinaryOp.ADD, st, st)));
        assertEquals(-3550055125485641917L, Ops.hash(tuple(1L, 2L)));
        assertEquals(5740354900026072187L, Ops.hash(tuple()));
        assertEquals(Ops.hash(tuple(1L, 2L)), Ops.hash(tuple(1.0, Boolean.TRUE.equals(true) ? 2L : 0L)));
        raises(TE, "unhashable type: 'list'", () -> Ops.hash(tuple(1L, list())));
    }

    @Test
    void tupleIndexingAndOperators() {
        PyTuple t = tuple(1L, 2L, 3L, 2L);
        assertEquals(2L, Ops.getItem(t, -1L));
        raises(IE, "tuple index out of range", () -> Ops.getItem(t, 4L));
        raises(TE, "tuple indices must be integers or slices, not str", () -> Ops.getItem(t, s("a")));
        assertEquals("(2, 3)", repr(Ops.getItem(t, slice(1L, 3L, Py.None))));
        assertEquals("(2, 3, 2, 1)", repr(Ops.getItem(t, slice(Py.None, Py.None, -1L))));
        assertSame(t, Ops.getItem(t, slice(Py.None, Py.None, Py.None)));
        assertEquals("(1, 2, 3, 2, 5)", repr(Arithmetic.binary(BinaryOp.ADD, t, tuple(5L))));
        raises(TE, "can only concatenate tuple (not \"list\") to tuple", () -> Arithmetic.binary(BinaryOp.ADD, t, list()));
        assertEquals("(0, 0, 0)", repr(Arithmetic.binary(BinaryOp.MUL, tuple(0L), 3L)));
        assertEquals("(0, 0)", repr(Arithmetic.binary(BinaryOp.MUL, 2L, tuple(0L))));
        assertSame(t, Arithmetic.binary(BinaryOp.MUL, t, 1L));
        assertEquals(2L, m(t, "count", 2L));
        assertEquals(1L, m(t, "index", 2L));
        assertEquals(3L, m(t, "index", 2L, 2L));
        raises(VE, "tuple.index(x): x not in tuple", () -> m(t, "index", 9L));
        assertTrue(Ops.contains(t, 3L));
        assertEquals(Boolean.TRUE, Ops.richCompare(tuple(1L, 2L), tuple(1L, 2L, 3L), CompareOp.LT));
        assertEquals(Boolean.TRUE, Ops.richCompare(tuple(1L, 3L), tuple(1L, 2L, 3L), CompareOp.GT));
        assertEquals(Boolean.TRUE, Ops.richCompare(tuple(1L, 2L), tuple(1L, 2L), CompareOp.EQ));
        assertEquals(Boolean.FALSE, Ops.richCompare(tuple(1L, 2L), list(1L, 2L), CompareOp.EQ));
        Object it = Ops.iter(t);
        assertEquals("tuple_iterator", Py.typeOf(it).name());
        assertEquals("[1, 2, 3, 2]", repr(Ops.call(LIST, it)));
        assertEquals("tuple[int, ...]", repr(Ops.getItem(TUPLE, tuple(BuiltinTypes.INT, Py.Ellipsis))));
        assertEquals("((1, 2, 3, 2),)", repr(m(t, "__getnewargs__")));
    }
}
