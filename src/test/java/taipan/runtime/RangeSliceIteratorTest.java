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
import org.junit.jupiter.api.Test;

/** range, slice and the built-in iterator classes against CPython 3.11's results and messages. */
class RangeSliceIteratorTest {
    private static final PyType LIST = BuiltinTypes.LIST;
    private static final PyType RANGE = BuiltinTypes.RANGE;
    private static final PyType SLICE = BuiltinTypes.SLICE;
    private static final PyType TE = Exceptions.TYPE_ERROR;
    private static final PyType VE = Exceptions.VALUE_ERROR;
    private static final BigInteger TEN20 = BigInteger.TEN.pow(20);

    private static String listOf(Object iterable) {
        return repr(Ops.call(LIST, iterable));
    }

    private static Object sl(Object start, Object stop, Object step) {
        return Ops.call(SLICE, start, stop, step);
    }

    @Test
    void rangeConstructionAndRepr() {
        assertEquals("range(0, 5)", repr(range(5)));
        assertEquals("range(0, 10, 3)", repr(range(0, 10, 3)));
        assertEquals("range(2, -1, -1)", repr(range(2, -1, -1)));
        Object r = range(0, 10, 3);
        assertEquals(0L, Ops.getAttr(r, "start"));
        assertEquals(10L, Ops.getAttr(r, "stop"));
        assertEquals(3L, Ops.getAttr(r, "step"));
        assertEquals(1L, Ops.getAttr(range(3), "step"));
        assertEquals("range(0, 1)", repr(Ops.call(RANGE, Boolean.TRUE)));
        raises(TE, "'float' object cannot be interpreted as an integer", () -> Ops.call(RANGE, 1.0));
        raises(TE, "'str' object cannot be interpreted as an integer", () -> Ops.call(RANGE, 0L, s("a")));
        raises(VE, "range() arg 3 must not be zero", () -> range(1, 2, 0));
        raises(TE, "range expected at least 1 argument, got 0", () -> Ops.call(RANGE));
        raises(TE, "range expected at most 3 arguments, got 4", () -> range(1, 2, 3, 4));
        raises(TE, "range() takes no keyword arguments", () -> kw(RANGE, new Object[] {1L}, "stop"));
        raises(TE, "type 'range' is not an acceptable base type", () -> subclass("R", RANGE));
    }

    @Test
    void rangeLengthIndexingAndSlicing() {
        assertEquals(4, Ops.len(range(0, 10, 3)));
        assertEquals(0, Ops.len(range(5, 0)));
        assertEquals(4, Ops.len(range(0, -10, -3)));
        Object huge = Ops.call(RANGE, TEN20);
        raises(Exceptions.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t", () -> m(huge, "__len__"));
        assertEquals(TEN20.subtract(BigInteger.ONE), Ops.getItem(huge, -1L));
        assertEquals(TEN20.divide(BigInteger.TEN), Ops.getItem(huge, TEN20.divide(BigInteger.TEN)));
        assertEquals(9L, Ops.getItem(range(0, 10, 3), -1L));
        raises(Exceptions.INDEX_ERROR, "range object index out of range", () -> Ops.getItem(range(3), 5L));
        raises(Exceptions.INDEX_ERROR, "range object index out of range", () -> Ops.getItem(range(3), -4L));
        raises(TE, "range indices must be integers or slices, not str", () -> Ops.getItem(range(3), s("a")));
        assertEquals("range(-3, -12, -3)", repr(Ops.getItem(range(0, -10, -3), sl(1L, Py.None, Py.None))));
        assertEquals("range(9, -1, -1)", repr(Ops.getItem(range(10), sl(Py.None, Py.None, -1L))));
        assertEquals("range(2, 8, 3)", repr(Ops.getItem(range(10), sl(2L, 8L, 3L))));
        assertFalse(Ops.isTrue(range(0)));
        assertTrue(Ops.isTrue(range(1)));
        assertTrue(Ops.isTrue(huge));
    }

    @Test
    void rangeMembershipCountIndex() {
        Object r = range(0, 10, 2);
        assertTrue(Ops.contains(r, 4L));
        assertFalse(Ops.contains(r, 5L));
        assertFalse(Ops.contains(r, 10L));
        assertFalse(Ops.contains(r, -2L));
        assertTrue(Ops.contains(range(10, 0, -3), 4L));
        assertFalse(Ops.contains(range(10, 0, -3), 0L));
        assertTrue(Ops.contains(Ops.call(RANGE, TEN20), TEN20.divide(BigInteger.TWO)), "O(1) for big ints");
        assertTrue(Ops.contains(Ops.call(RANGE, Long.MIN_VALUE, Long.MAX_VALUE, 3L), Long.MAX_VALUE - 3));
        assertFalse(Ops.contains(r, s("a")));
        assertTrue(Ops.contains(r, 4.0), "a float is found by ==");
        assertEquals(2L, m(r, "index", 4.0));
        assertEquals(2L, m(r, "index", 4L));
        assertEquals(1L, m(range(5), "count", Boolean.TRUE));
        assertEquals(0L, m(range(5), "count", 7L));
        assertEquals(1L, m(range(5), "index", Boolean.TRUE));
        raises(VE, "3 is not in range", () -> m(r, "index", 3L));
        raises(VE, "sequence.index(x): x not in sequence", () -> m(r, "index", s("a")));
    }

    @Test
    void rangeEqualityHashAndIteration() {
        assertTrue(Ops.eq(range(0), range(2, 1)));
        assertTrue(Ops.eq(range(0, 3, 2), range(0, 4, 2)));
        assertTrue(Ops.eq(range(5, 6, 3), range(5, 7, 9)));
        assertFalse(Ops.eq(range(0, 3), range(0, 4)));
        assertFalse(Ops.eq(range(3), list(0L, 1L, 2L)));
        assertTrue(Ops.eq(Ops.call(RANGE, TEN20), Ops.call(RANGE, BigInteger.TEN.pow(20))));
        assertFalse(Ops.eq(Ops.call(RANGE, TEN20), Ops.call(RANGE, TEN20.add(BigInteger.ONE))));
        assertEquals(-1816567394155750349L, Ops.hash(range(0, 10, 3)));
        assertEquals(Ops.hash(range(0, 10, 3)), Ops.hash(range(0, 11, 3)));
        raises(TE, "'<' not supported between instances of 'range' and 'range'", () -> Ops.richCompare(range(1), range(2), CompareOp.LT));
        Object it = Ops.iter(range(3));
        assertEquals("range_iterator", Py.typeOf(it).name());
        assertEquals("[0, 1, 2]", listOf(it));
        BigInteger top = BigInteger.TWO.pow(63);
        Object big = Ops.call(RANGE, Long.MAX_VALUE - 1, top.add(BigInteger.ONE));
        assertEquals("longrange_iterator", Py.typeOf(Ops.iter(big)).name());
        PyList items = (PyList) Ops.call(LIST, big);
        assertEquals(3, items.size);
        assertEquals(Long.MAX_VALUE, items.items[1]);
        assertEquals(top, items.items[2]);
        assertEquals("[6, 3, 0]", listOf(m(range(0, 8, 3), "__reversed__")));
        assertEquals("[]", listOf(m(range(0), "__reversed__")));
        assertEquals("[4, 3, 2, 1, 0]", listOf(m(range(5), "__reversed__")));
        Object low = m(Ops.call(RANGE, Long.MIN_VALUE, Long.MIN_VALUE + 2), "__reversed__");
        assertEquals(Long.MIN_VALUE + 1, Ops.next(low));
        assertEquals(Long.MIN_VALUE, Ops.next(low));
        assertEquals(null, Ops.next(low));
    }

    @Test
    void slices() {
        assertEquals("slice(1, 2, ())", repr(sl(1L, 2L, tuple())));
        Object s3 = sl(1L, 2L, 3L);
        assertEquals("slice(1, 2, 3)", repr(s3));
        assertEquals(1L, Ops.getAttr(s3, "start"));
        assertEquals(2L, Ops.getAttr(s3, "stop"));
        assertEquals(3L, Ops.getAttr(s3, "step"));
        assertSame(Py.None, Ops.getAttr(Ops.call(SLICE, 5L), "start"));
        raises(TE, "slice expected at least 1 argument, got 0", () -> Ops.call(SLICE));
        raises(TE, "slice expected at most 3 arguments, got 4", () -> Ops.call(SLICE, 1L, 2L, 3L, 4L));
        raises(TE, "unhashable type: 'slice'", () -> Ops.hash(s3));
        assertTrue(Ops.eq(sl(1L, 2L, 3L), sl(1L, 2L, 3L)));
        assertFalse(Ops.eq(sl(1L, 2L, 3L), sl(1L, 2L, 4L)));
        assertEquals(Boolean.TRUE, Ops.richCompare(sl(1L, 2L, 3L), sl(1L, 3L, 0L), CompareOp.LT));
        assertEquals("(4, -1, -1)", repr(m(sl(Py.None, Py.None, -1L), "indices", 5L)));
        assertEquals("(0, 5, 1)", repr(m(sl(-100L, 100L, Py.None), "indices", 5L)));
        raises(VE, "length should not be negative", () -> m(s3, "indices", -1L));
        raises(VE, "slice step cannot be zero", () -> m(sl(1L, 2L, 0L), "indices", 3L));
        raises(TE, "slice indices must be integers or None or have an __index__ method", () -> m(sl(s("a"), 1L, 1L), "indices", 3L));
        SliceIndices si = SliceIndices.of((PySlice) sl(Py.None, Py.None, -2L), 7);
        assertEquals(6, si.start());
        assertEquals(-1, si.stop());
        assertEquals(-2L, si.step());
        assertEquals(4, si.count());
        assertEquals(0, si.at(3));
        SliceIndices big = SliceIndices.of((PySlice) sl(BigInteger.TWO.pow(90).negate(), BigInteger.TWO.pow(90), BigInteger.TWO.pow(90)), 7);
        assertEquals(1, big.count());
        assertEquals(0, big.start());
    }

    @Test
    void enumerateZipMapFilter() {
        assertEquals("[(0, 5), (1, 6)]", listOf(Ops.call(Iterators.ENUMERATE, list(5L, 6L))));
        assertEquals("[(5, 0), (6, 1), (7, 2)]", listOf(Ops.call(Iterators.ENUMERATE, range(3), 5L)));
        assertEquals("[(2, 0)]", listOf(kw(Iterators.ENUMERATE, new Object[] {range(1), 2L}, "start")));
        PyList counted = (PyList) Ops.call(LIST, Ops.call(Iterators.ENUMERATE, list(5L, 6L), Long.MAX_VALUE));
        assertEquals(BigInteger.TWO.pow(63), ((PyTuple) counted.items[1]).items[0], "the count goes past a long");
        raises(TE, "'str' object cannot be interpreted as an integer", () -> Ops.call(Iterators.ENUMERATE, list(), s("a")));
        raises(TE, "'int' object is not iterable", () -> Ops.call(Iterators.ENUMERATE, 1L));
        raises(TE, "'x' is an invalid keyword argument for enumerate()", () -> kw(Iterators.ENUMERATE, new Object[] {list(), 1L}, "x"));
        raises(TE, "enumerate() missing required argument 'iterable'", () -> Ops.call(Iterators.ENUMERATE));
        assertEquals("[]", listOf(Ops.call(Iterators.ZIP)));
        assertEquals("[(0, 5), (1, 6)]", listOf(Ops.call(Iterators.ZIP, range(3), list(5L, 6L))));
        Object[] shortSecond = {list(1L, 2L), list(1L), true};
        raises(VE, "zip() argument 2 is shorter than argument 1", () -> listOf(kw(Iterators.ZIP, shortSecond, "strict")));
        Object[] longSecond = {list(1L), list(1L, 2L), true};
        raises(VE, "zip() argument 2 is longer than argument 1", () -> listOf(kw(Iterators.ZIP, longSecond, "strict")));
        Object[] shortThird = {list(1L, 2L), list(1L, 2L), list(1L), true};
        raises(VE, "zip() argument 3 is shorter than arguments 1-2", () -> listOf(kw(Iterators.ZIP, shortThird, "strict")));
        Object[] longThird = {list(1L), list(1L), list(1L, 2L), true};
        raises(VE, "zip() argument 3 is longer than arguments 1-2", () -> listOf(kw(Iterators.ZIP, longThird, "strict")));
        Object[] equal = {list(1L), list(2L), true};
        assertEquals("[(1, 2)]", listOf(kw(Iterators.ZIP, equal, "strict")));
        raises(TE, "'a' is an invalid keyword argument for zip()", () -> kw(Iterators.ZIP, new Object[] {1L}, "a"));
        raises(TE, "'int' object is not iterable", () -> Ops.call(Iterators.ZIP, 1L));
        BuiltinFunction twice = fn(x -> Arithmetic.binary(BinaryOp.MUL, x, 2L));
        assertEquals("[0, 2, 4]", listOf(Ops.call(Iterators.MAP, twice, range(3))));
        BuiltinFunction add = BuiltinFunction.of("test", "add", "a, b, /", (self, a) -> Arithmetic.binary(BinaryOp.ADD, a[0], a[1]));
        assertEquals("[11, 22]", listOf(Ops.call(Iterators.MAP, add, list(1L, 2L, 3L), list(10L, 20L))));
        raises(TE, "map() must have at least two arguments.", () -> Ops.call(Iterators.MAP, twice));
        raises(TE, "map() takes no keyword arguments", () -> kw(Iterators.MAP, new Object[] {twice, list(), 1L}, "x"));
        assertEquals("[1, [2]]", listOf(Ops.call(Iterators.FILTER, Py.None, list(0L, 1L, list(), list(2L)))));
        assertEquals("[1, 3]", listOf(Ops.call(Iterators.FILTER, fn(x -> Arithmetic.binary(BinaryOp.AND, x, 1L)), range(5))));
        raises(TE, "filter expected 2 arguments, got 1", () -> Ops.call(Iterators.FILTER, Py.None));
        raises(TE, "filter() takes no keyword arguments", () -> kw(Iterators.FILTER, new Object[] {Py.None, list(), 1L}, "x"));
        Object it = Ops.call(Iterators.MAP, twice, range(1));
        assertSame(it, m(it, "__iter__"));
        assertEquals(0L, m(it, "__next__"));
        raises(Exceptions.STOP_ITERATION, null, () -> m(it, "__next__"));
    }

    @Test
    void reversedAndSubclasses() {
        assertEquals("[3, 2, 1]", listOf(Ops.call(Iterators.REVERSED, tuple(1L, 2L, 3L))));
        assertEquals("reversed", Py.typeOf(Ops.call(Iterators.REVERSED, tuple())).name());
        assertEquals("list_reverseiterator", Py.typeOf(Ops.call(Iterators.REVERSED, list())).name());
        assertEquals("[2, 1, 0]", listOf(Ops.call(Iterators.REVERSED, range(3))));
        PyDict d = new PyDict();
        d.put(1L, 0L);
        d.put(2L, 0L);
        assertEquals("[2, 1]", listOf(Ops.call(Iterators.REVERSED, d)));
        raises(TE, "'int' object is not reversible", () -> Ops.call(Iterators.REVERSED, 1L));
        raises(TE, "'list_iterator' object is not reversible", () -> Ops.call(Iterators.REVERSED, Ops.iter(list())));
        raises(TE, "reversed expected 1 argument, got 2", () -> Ops.call(Iterators.REVERSED, list(), list()));
        raises(TE, "reversed() takes no keyword arguments", () -> kw(Iterators.REVERSED, new Object[] {list()}, "x"));
        PyType noRev = subclass("NoRev", BuiltinTypes.LIST);
        noRev.setMember("__reversed__", Py.None);
        raises(TE, "'NoRev' object is not reversible", () -> Ops.call(Iterators.REVERSED, Ops.call(noRev)));
        PyType myEnum = subclass("MyEnum", Iterators.ENUMERATE);
        Object e = Ops.call(myEnum, list(7L));
        assertSame(myEnum, Py.typeOf(e));
        assertEquals("[(0, 7)]", listOf(e));
    }
}
