package taipan.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyException;
import taipan.runtime.PyInstance;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.TypeSetup;
import taipan.runtime.BuiltinTypes;

/** The Java modules _weakref, _thread, itertools, _collections, _string and errno, through Ops, with CPython 3.11's results. */
class CoreModulesTest {
    @BeforeAll
    static void setup() {
        TypeSetup.installAll();
    }

    private static Object fn(PyModule m, String name) {
        return m.dict.get(PyStr.of(name));
    }

    private static String error(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        return e.value.type.name() + ": " + Ops.strString(e.value);
    }

    @Test
    void weakRefsToTheSameObjectWithoutCallbackAreShared() {
        PyModule m = WeakrefModule.create();
        Object o = new PyInstance(BuiltinTypes.OBJECT);
        Object r1 = Ops.call(fn(m, "ref"), o);
        Object r2 = Ops.call(fn(m, "ref"), o);
        assertSame(r1, r2);
        assertSame(o, Ops.call(r1));
        assertEquals(1L, Ops.call(fn(m, "getweakrefcount"), o));
        Object withCallback = Ops.call(fn(m, "ref"), o, fn(m, "getweakrefcount"));
        assertEquals(2L, Ops.call(fn(m, "getweakrefcount"), o));
        assertTrue(Ops.eq(r1, withCallback));
    }

    @Test
    void weakRefsRefuseIntsStrsAndLists() {
        PyModule m = WeakrefModule.create();
        assertEquals("TypeError: cannot create weak reference to 'int' object", error(() -> Ops.call(fn(m, "ref"), 1L)));
        assertEquals("TypeError: cannot create weak reference to 'str' object", error(() -> Ops.call(fn(m, "ref"), PyStr.of("s"))));
        assertEquals("TypeError: cannot create weak reference to 'list' object", error(() -> Ops.call(fn(m, "ref"), new PyList())));
    }

    @Test
    void lockReleaseWhenUnlockedIsARuntimeError() {
        PyModule m = ThreadModule.create();
        Object lock = Ops.call(fn(m, "allocate_lock"));
        assertEquals(true, Ops.call(Ops.getAttr(lock, "acquire")));
        assertEquals(false, Ops.call(Ops.getAttr(lock, "acquire"), false));
        assertEquals(true, Ops.call(Ops.getAttr(lock, "locked")));
        Ops.call(Ops.getAttr(lock, "release"));
        assertEquals("RuntimeError: release unlocked lock", error(() -> Ops.call(Ops.getAttr(lock, "release"))));
        assertSame(Exceptions.RUNTIME_ERROR, fn(m, "error"));
    }

    @Test
    void itertoolsReprsAndCombinatorics() {
        PyModule m = ItertoolsModule.create();
        assertEquals("count(5, 2)", Ops.reprString(Ops.call(fn(m, "count"), 5L, 2L)));
        assertEquals("repeat('a', 3)", Ops.reprString(Ops.call(fn(m, "repeat"), PyStr.of("a"), 3L)));
        Object perms = Ops.call(BuiltinTypes.LIST, Ops.call(fn(m, "permutations"), PyStr.of("abc"), 2L));
        assertEquals("[('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]", Ops.reprString(perms));
        Object combos = Ops.call(BuiltinTypes.LIST, Ops.call(fn(m, "combinations_with_replacement"), PyStr.of("ab"), 2L));
        assertEquals("[('a', 'a'), ('a', 'b'), ('b', 'b')]", Ops.reprString(combos));
        assertEquals("ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
            error(() -> Ops.call(fn(m, "islice"), new PyList(), -1L)));
    }

    @Test
    void dequeWithMaxlenDropsFromTheOtherEnd() {
        PyModule m = CollectionsModule.create();
        Object d = Ops.call(fn(m, "deque"), PyStr.of("abcd"), 3L);
        assertEquals("deque(['b', 'c', 'd'], maxlen=3)", Ops.reprString(d));
        Ops.call(Ops.getAttr(d, "appendleft"), PyStr.of("z"));
        Ops.call(Ops.getAttr(d, "rotate"), 1L);
        assertEquals("deque(['c', 'z', 'b'], maxlen=3)", Ops.reprString(d));
        assertEquals("IndexError: deque index out of range", error(() -> Ops.getItem(d, 3L)));
        Object it = Ops.iter(d);
        Ops.call(Ops.getAttr(d, "pop"));
        assertEquals("RuntimeError: deque mutated during iteration", error(() -> Ops.next(it)));
    }

    @Test
    void defaultdictCallsItsFactoryForMissingKeys() {
        PyModule m = CollectionsModule.create();
        Object d = Ops.call(fn(m, "defaultdict"), BuiltinTypes.LIST);
        Ops.call(Ops.getAttr(Ops.getItem(d, 1L), "append"), 2L);
        assertEquals("defaultdict(<class 'list'>, {1: [2]})", Ops.reprString(d));
        Object none = Ops.call(fn(m, "defaultdict"));
        assertEquals("KeyError: 1", error(() -> Ops.getItem(none, 1L)));
    }

    @Test
    void formatterParserSplitsLiteralsAndFields() {
        PyModule m = FormatterModule.create();
        Object parts = Ops.call(BuiltinTypes.LIST, Ops.call(fn(m, "formatter_parser"), PyStr.of("a{0!r:>5}b{{")));
        assertEquals("[('a', '0', '>5', 'r'), ('b{', None, None, None)]", Ops.reprString(parts));
        assertEquals("ValueError: Single '}' encountered in format string",
            error(() -> Ops.call(BuiltinTypes.LIST, Ops.call(fn(m, "formatter_parser"), PyStr.of("}")))));
    }

    @Test
    void errnoNamesAndErrorcode() {
        PyModule m = ErrnoModule.create();
        assertEquals(2L, fn(m, "ENOENT"));
        assertEquals("'EAGAIN'", Ops.reprString(Ops.getItem(fn(m, "errorcode"), 11L)));
        assertFalse(Py.isNone(fn(m, "EWOULDBLOCK")));
    }
}
