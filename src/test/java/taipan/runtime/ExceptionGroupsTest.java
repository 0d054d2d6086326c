package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static taipan.runtime.ExceptionMethodsTest.attr;
import static taipan.runtime.ExceptionMethodsTest.call;
import static taipan.runtime.ExceptionMethodsTest.raises;
import static taipan.runtime.ExceptionMethodsTest.s;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BaseExceptionGroup/ExceptionGroup and the except* helpers; expected values from CPython 3.11. */
class ExceptionGroupsTest {
    @BeforeAll
    static void setUp() {
        ReprFixture.ensure();
    }

    static Object eg(String msg, Object... excs) {
        return call(Exceptions.EXCEPTION_GROUP, s(msg), PyList.of(excs));
    }

    static Object ex(PyType t, Object... args) {
        return call(t, args);
    }

    /** ExceptionGroup('msg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])]). */
    static Object sample() {
        return eg("msg", ex(Exceptions.VALUE_ERROR, 1L), ex(Exceptions.TYPE_ERROR, 2L),
            eg("inner", ex(Exceptions.VALUE_ERROR, 3L), ex(Exceptions.KEY_ERROR, 4L)));
    }

    static String repr(Object o) {
        return Ops.reprString(o);
    }

    static Object split(Object g, Object matcher) {
        return call(attr(g, "split"), matcher);
    }

    @Test
    void construction() {
        Object g = eg("eg", ex(Exceptions.VALUE_ERROR, 1L), ex(Exceptions.TYPE_ERROR, 2L));
        assertEquals("ExceptionGroup('eg', [ValueError(1), TypeError(2)])", repr(g));
        assertEquals("eg (2 sub-exceptions)", Ops.strString(g));
        Object b = call(Exceptions.BASE_EXCEPTION_GROUP, s("eg"), PyList.of(ex(Exceptions.VALUE_ERROR, 1L)));
        assertEquals("ExceptionGroup('eg', [ValueError(1)])", repr(b));
        assertEquals("eg (1 sub-exception)", Ops.strString(b));
        Object nested = call(Exceptions.BASE_EXCEPTION_GROUP, s("x"), PyList.of(ex(Exceptions.KEYBOARD_INTERRUPT)));
        assertEquals("BaseExceptionGroup('x', [KeyboardInterrupt()])", repr(nested));
        assertSame(Exceptions.BASE_EXCEPTION_GROUP, Py.typeOf(call(Exceptions.BASE_EXCEPTION_GROUP, s("x"),
            PyList.of(ex(Exceptions.KEYBOARD_INTERRUPT), ex(Exceptions.VALUE_ERROR)))));
        Object t = call(Exceptions.EXCEPTION_GROUP, s("x"), PyTuple.of(ex(Exceptions.VALUE_ERROR)));
        assertEquals("('x', (ValueError(),))", repr(attr(t, "args")));
        assertEquals("(ValueError(),)", repr(attr(t, "exceptions")));
        assertEquals("x", Ops.strString(attr(t, "message")));
    }

    @Test
    void constructionErrors() {
        raises(Exceptions.VALUE_ERROR, "second argument (exceptions) must be a non-empty sequence",
            () -> call(Exceptions.EXCEPTION_GROUP, s("x"), new PyList()));
        raises(Exceptions.TYPE_ERROR, "second argument (exceptions) must be a sequence",
            () -> call(Exceptions.EXCEPTION_GROUP, s("x"), 5L));
        raises(Exceptions.TYPE_ERROR, "second argument (exceptions) must be a sequence",
            () -> call(Exceptions.EXCEPTION_GROUP, s("x"), new PySet()));
        raises(Exceptions.TYPE_ERROR, "second argument (exceptions) must be a sequence",
            () -> call(Exceptions.EXCEPTION_GROUP, s("x"), new PyDict()));
        raises(Exceptions.VALUE_ERROR, "Item 0 of second argument (exceptions) is not an exception",
            () -> call(Exceptions.EXCEPTION_GROUP, s("x"), PyList.of(1L)));
        raises(Exceptions.TYPE_ERROR, "Cannot nest BaseExceptions in an ExceptionGroup",
            () -> call(Exceptions.EXCEPTION_GROUP, s("x"), PyList.of(ex(Exceptions.KEYBOARD_INTERRUPT))));
        raises(Exceptions.TYPE_ERROR, "BaseExceptionGroup.__new__() argument 1 must be str, not int",
            () -> call(Exceptions.EXCEPTION_GROUP, 1L, PyList.of(ex(Exceptions.VALUE_ERROR))));
        raises(Exceptions.TYPE_ERROR, "BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)",
            () -> call(Exceptions.EXCEPTION_GROUP, s("x")));
        raises(Exceptions.TYPE_ERROR, "ExceptionGroup() takes no keyword arguments",
            () -> Ops.call(Exceptions.EXCEPTION_GROUP, new Object[] {s("x"), PyList.of(ex(Exceptions.VALUE_ERROR)), 3L},
                new String[] {"k"}));
        PyType myEG = ExceptionMethodsTest.subclass("MyEG", Exceptions.EXCEPTION_GROUP);
        raises(Exceptions.TYPE_ERROR, "Cannot nest BaseExceptions in 'MyEG'",
            () -> call(myEG, s("x"), PyList.of(ex(Exceptions.KEYBOARD_INTERRUPT))));
        PyType myBEG = ExceptionMethodsTest.subclass("MyBEG", Exceptions.BASE_EXCEPTION_GROUP);
        assertSame(myBEG, Py.typeOf(call(myBEG, s("x"), PyList.of(ex(Exceptions.VALUE_ERROR)))));
    }

    @Test
    void splitByType() {
        Object g = sample();
        Object r = split(g, Exceptions.VALUE_ERROR);
        assertEquals("(ExceptionGroup('msg', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])]), "
            + "ExceptionGroup('msg', [TypeError(2), ExceptionGroup('inner', [KeyError(4)])]))", repr(r));
        assertEquals("(ExceptionGroup('msg', [ValueError(1), ExceptionGroup('inner', [ValueError(3), KeyError(4)])]), "
            + "ExceptionGroup('msg', [TypeError(2)]))", repr(split(g, PyTuple.of(Exceptions.VALUE_ERROR, Exceptions.KEY_ERROR))));
        assertEquals("ExceptionGroup('msg', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])])",
            repr(call(attr(g, "subgroup"), Exceptions.VALUE_ERROR)));
        assertEquals("(None, ExceptionGroup('msg', [ValueError(1), TypeError(2), ExceptionGroup('inner', "
            + "[ValueError(3), KeyError(4)])]))", repr(split(g, Exceptions.OS_ERROR)));
        assertSame(g, ((PyTuple) split(g, Exceptions.EXCEPTION_GROUP)).items[0]);
        assertSame(Py.None, ((PyTuple) split(g, Exceptions.EXCEPTION_GROUP)).items[1]);
        assertSame(g, call(attr(g, "subgroup"), Exceptions.EXCEPTION));
        assertSame(Py.None, call(attr(g, "subgroup"), Exceptions.OS_ERROR));
        Object leaf = ((PyTuple) attr(((PyTuple) attr(g, "exceptions")).items[2], "exceptions")).items[0];
        Object matched = ((PyTuple) split(g, Exceptions.VALUE_ERROR)).items[0];
        Object inner = ((PyTuple) attr(matched, "exceptions")).items[1];
        assertSame(leaf, ((PyTuple) attr(inner, "exceptions")).items[0]);
    }

    @Test
    void splitByPredicate() {
        Object g = sample();
        BuiltinFunction isTypeError = BuiltinFunction.of("test", "pred", "e",
            (self, a) -> Py.bool(Py.typeOf(a[0]) == Exceptions.TYPE_ERROR));
        assertEquals("(ExceptionGroup('msg', [TypeError(2)]), ExceptionGroup('msg', [ValueError(1), "
            + "ExceptionGroup('inner', [ValueError(3), KeyError(4)])]))", repr(split(g, isTypeError)));
        BuiltinFunction fails = BuiltinFunction.of("test", "pred", "e", (self, a) -> {
            throw Exceptions.zeroDivisionError("division by zero");
        });
        raises(Exceptions.ZERO_DIVISION_ERROR, "division by zero", () -> split(g, fails));
    }

    @Test
    void splitMatcherErrors() {
        Object g = sample();
        String msg = "expected a function, exception type or tuple of exception types";
        raises(Exceptions.TYPE_ERROR, msg, () -> split(g, 5L));
        raises(Exceptions.TYPE_ERROR, msg, () -> split(g, PyTuple.of(Exceptions.VALUE_ERROR, 5L)));
        raises(Exceptions.TYPE_ERROR, msg, () -> split(g, BuiltinTypes.INT));
        raises(Exceptions.TYPE_ERROR, msg, () -> split(g, PyList.of(Exceptions.VALUE_ERROR)));
    }

    @Test
    void derivedGroupsCopyMetadata() {
        Object g = sample();
        Object cause = ex(Exceptions.KEY_ERROR, s("c"));
        Object context = ex(Exceptions.VALUE_ERROR, s("ctx"));
        Ops.setAttr(g, "__cause__", cause);
        Ops.setAttr(g, "__context__", context);
        Ops.setAttr(g, "__suppress_context__", Boolean.FALSE);
        call(attr(g, "add_note"), s("n1"));
        PyTraceback tb = new PyTraceback(null, 0, 1, null);
        ((PyBaseException) g).traceback = tb;
        PyTuple r = (PyTuple) split(g, Exceptions.VALUE_ERROR);
        Object m = r.items[0];
        assertSame(cause, attr(m, "__cause__"));
        assertSame(context, attr(m, "__context__"));
        assertSame(Boolean.TRUE, attr(m, "__suppress_context__"));
        assertSame(Boolean.FALSE, attr(g, "__suppress_context__"));
        assertEquals("['n1']", repr(attr(m, "__notes__")));
        assertNotSame(attr(g, "__notes__"), attr(m, "__notes__"));
        assertEquals("['n1']", repr(attr(r.items[1], "__notes__")));
        assertSame(tb, attr(m, "__traceback__"));
        assertSame(Py.None, attr(((PyTuple) attr(m, "exceptions")).items[1], "__traceback__"));
        assertSame(Exceptions.EXCEPTION_GROUP, Py.typeOf(m));
        assertEquals("('msg', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])])", repr(attr(m, "args")));
    }

    @Test
    void derive() {
        Object g = sample();
        assertEquals("ExceptionGroup('msg', [ValueError(9)])",
            repr(call(attr(g, "derive"), PyList.of(ex(Exceptions.VALUE_ERROR, 9L)))));
        assertEquals("BaseExceptionGroup('msg', [KeyboardInterrupt()])",
            repr(call(attr(g, "derive"), PyList.of(ex(Exceptions.KEYBOARD_INTERRUPT)))));
        raises(Exceptions.VALUE_ERROR, "second argument (exceptions) must be a non-empty sequence",
            () -> call(attr(g, "derive"), new PyList()));
        PyType myEG = ExceptionMethodsTest.subclass("MyEG", Exceptions.EXCEPTION_GROUP);
        Object mine = call(myEG, s("x"), PyList.of(ex(Exceptions.VALUE_ERROR)));
        assertEquals("(ExceptionGroup('x', [ValueError()]), None)", repr(split(mine, Exceptions.VALUE_ERROR)));
    }

    @Test
    void exceptStarMatching() {
        PyBaseException naked = (PyBaseException) ex(Exceptions.VALUE_ERROR, 1L);
        PyTraceback tb = new PyTraceback(null, 0, 1, null);
        naked.traceback = tb;
        ExceptionGroups.Split r = ExceptionGroups.match(naked, Exceptions.VALUE_ERROR);
        assertEquals("ExceptionGroup('', (ValueError(1),))", repr(r.match()));
        assertSame(null, ((PyBaseException) r.match()).traceback);
        assertSame(tb, naked.traceback);
        assertSame(Py.None, r.rest());
        r = ExceptionGroups.match(naked, PyTuple.of(Exceptions.TYPE_ERROR));
        assertSame(Py.None, r.match());
        PyBaseException g = (PyBaseException) sample();
        r = ExceptionGroups.match(g, Exceptions.KEY_ERROR);
        assertEquals("ExceptionGroup('msg', [ExceptionGroup('inner', [KeyError(4)])])", repr(r.match()));
        assertEquals("ExceptionGroup('msg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3)])])",
            repr(r.rest()));
        raises(Exceptions.TYPE_ERROR, "catching ExceptionGroup with except* is not allowed. Use except instead.",
            () -> ExceptionGroups.checkExceptStarType(Exceptions.EXCEPTION_GROUP));
        raises(Exceptions.TYPE_ERROR, "catching classes that do not inherit from BaseException is not allowed",
            () -> ExceptionGroups.checkExceptStarType(PyTuple.of(Exceptions.VALUE_ERROR, BuiltinTypes.INT)));
    }

    @Test
    void prepReraiseStar() {
        PyBaseException g = (PyBaseException) sample();
        g.traceback = new PyTraceback(null, 0, 1, null);
        PyTuple parts = (PyTuple) split(g, Exceptions.TYPE_ERROR);
        Object reraisedType = parts.items[0];
        PyBaseException newError = (PyBaseException) ex(Exceptions.RUNTIME_ERROR, s("new"));
        newError.traceback = new PyTraceback(null, 0, 2, null);
        assertSame(Py.None, ExceptionGroups.prepReraiseStar(g, new PyList()));
        assertSame(Py.None, ExceptionGroups.prepReraiseStar(g, PyList.of(Py.None)));
        assertEquals("ExceptionGroup('msg', [TypeError(2)])",
            repr(ExceptionGroups.prepReraiseStar(g, PyList.of(reraisedType, Py.None))));
        assertSame(newError, ExceptionGroups.prepReraiseStar(g, PyList.of(newError)));
        assertEquals("ExceptionGroup('', [RuntimeError('new'), ExceptionGroup('msg', [TypeError(2)])])",
            repr(ExceptionGroups.prepReraiseStar(g, PyList.of(newError, reraisedType))));
        Object naked = ex(Exceptions.VALUE_ERROR);
        assertSame(newError, ExceptionGroups.prepReraiseStar(naked, PyList.of(newError)));
    }
}
