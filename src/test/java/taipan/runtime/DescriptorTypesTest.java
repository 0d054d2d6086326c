package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taipan.runtime.ExceptionMethodsTest.attr;
import static taipan.runtime.ExceptionMethodsTest.call;
import static taipan.runtime.ExceptionMethodsTest.callKw;
import static taipan.runtime.ExceptionMethodsTest.raises;
import static taipan.runtime.ExceptionMethodsTest.s;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** property, classmethod and staticmethod objects; expected values from CPython 3.11. */
class DescriptorTypesTest {
    static final PyType PROPERTY = BuiltinTypes.PROPERTY;
    static final PyType CLASSMETHOD = BuiltinTypes.CLASSMETHOD;
    static final PyType STATICMETHOD = BuiltinTypes.STATICMETHOD;
    static final BuiltinFunction IDENT = BuiltinFunction.of("test", "ident", "x", (self, a) -> a[0]);

    @BeforeAll
    static void setUp() {
        ReprFixture.ensure();
    }

    /** A callable object with a docstring, like a function {@code def f(x): "doc"; return x}. */
    static Object documented(String doc) {
        PyType f = TypeCalls.newClass(BuiltinTypes.TYPE, "F", new PyType[] {BuiltinTypes.OBJECT}, new PyDict());
        f.setMember("__doc__", s(doc));
        MethodDescriptor.define(f, "__call__", "*args", (self, a) -> ((PyTuple) a[0]).items[0]);
        return Ops.call(f);
    }

    static PyType classWith(String name, Object value) {
        PyType a = TypeCalls.newClass(BuiltinTypes.TYPE, "A", new PyType[] {BuiltinTypes.OBJECT}, new PyDict());
        a.setMember(name, value);
        return a;
    }

    @Test
    void propertyConstruction() {
        Object f = documented("doc of f");
        Object p = call(PROPERTY, f);
        assertSame(f, attr(p, "fget"));
        assertSame(Py.None, attr(p, "fset"));
        assertEquals("doc of f", Ops.strString(attr(p, "__doc__")));
        assertSame(Py.None, attr(call(PROPERTY), "__doc__"));
        assertEquals("given", Ops.strString(attr(callKw(PROPERTY, new Object[] {f}, new String[] {"doc"}, s("given")), "__doc__")));
        assertEquals("doc of f", Ops.strString(attr(call(PROPERTY, f, Py.None, Py.None, Py.None), "__doc__")));
        assertEquals(3L, attr(call(PROPERTY, 1L, 2L, 3L, 4L), "fdel"));
        assertSame(f, attr(callKw(PROPERTY, new Object[0], new String[] {"fget"}, f), "fget"));
        raises(Exceptions.TYPE_ERROR, "'x' is an invalid keyword argument for property()",
            () -> callKw(PROPERTY, new Object[0], new String[] {"x"}, 1L));
    }

    @Test
    void propertyCopies() {
        Object f = documented("doc of f");
        Object g = documented("doc of g");
        Object p = call(PROPERTY, f);
        Object r = callKw(PROPERTY, new Object[] {f}, new String[] {"doc"}, s("given"));
        assertEquals("doc of g", Ops.strString(attr(call(attr(p, "getter"), g), "__doc__")));
        assertEquals("given", Ops.strString(attr(call(attr(r, "getter"), g), "__doc__")));
        Object withSetter = call(attr(p, "setter"), IDENT);
        assertEquals("doc of f", Ops.strString(attr(withSetter, "__doc__")));
        assertSame(IDENT, attr(withSetter, "fset"));
        assertSame(f, attr(withSetter, "fget"));
        assertSame(PROPERTY, Py.typeOf(call(attr(p, "deleter"), IDENT)));
        assertSame(IDENT, attr(call(attr(p, "deleter"), IDENT), "fdel"));
    }

    @Test
    void propertyAccess() {
        Object p = call(PROPERTY, IDENT);
        PyType a = classWith("p", p);
        Object obj = Ops.call(a);
        assertSame(obj, Ops.getAttr(obj, "p"));
        assertSame(obj, call(attr(p, "__get__"), obj));
        assertSame(p, call(attr(p, "__get__"), Py.None, a));
        assertSame(p, Ops.getAttr(a, "p"));
        raises(Exceptions.ATTRIBUTE_ERROR, "property of 'A' object has no setter",
            () -> call(attr(p, "__set__"), obj, 1L));
        raises(Exceptions.ATTRIBUTE_ERROR, "property of 'A' object has no deleter", () -> Ops.setAttr(obj, "p", null));
        raises(Exceptions.ATTRIBUTE_ERROR, "property of 'A' object has no getter",
            () -> call(attr(call(PROPERTY), "__get__"), obj, a));
        Object q = call(PROPERTY);
        PyType b = classWith("q", q);
        call(attr(q, "__set_name__"), b, s("zz"));
        Object bobj = Ops.call(b);
        raises(Exceptions.ATTRIBUTE_ERROR, "property 'zz' of 'A' object has no getter", () -> Ops.getAttr(bobj, "q"));
        raises(Exceptions.ATTRIBUTE_ERROR, "property 'zz' of 'A' object has no setter", () -> Ops.setAttr(bobj, "q", 1L));
        raises(Exceptions.ATTRIBUTE_ERROR, "property 'zz' of 'A' object has no deleter", () -> Ops.setAttr(bobj, "q", null));
        Object copied = call(attr(q, "getter"), IDENT);
        raises(Exceptions.ATTRIBUTE_ERROR, "property 'zz' of 'A' object has no setter",
            () -> call(attr(copied, "__set__"), bobj, 5L));
        Object[] stored = new Object[1];
        BuiltinFunction setter = BuiltinFunction.of("test", "set", "self, v", (self, x) -> {
            stored[0] = x[1];
            return Py.None;
        });
        PyType c = classWith("v", call(PROPERTY, IDENT, setter));
        Ops.setAttr(Ops.call(c), "v", 42L);
        assertEquals(42L, stored[0]);
    }

    @Test
    void abstractFlags() {
        Object f = documented("abstract");
        Ops.setAttr(f, "__isabstractmethod__", Boolean.TRUE);
        assertSame(Boolean.TRUE, attr(call(PROPERTY, f), "__isabstractmethod__"));
        assertSame(Boolean.TRUE, attr(call(PROPERTY, Py.None, f), "__isabstractmethod__"));
        assertSame(Boolean.FALSE, attr(call(PROPERTY), "__isabstractmethod__"));
        assertSame(Boolean.TRUE, attr(call(CLASSMETHOD, f), "__isabstractmethod__"));
        assertSame(Boolean.TRUE, attr(call(STATICMETHOD, f), "__isabstractmethod__"));
        assertSame(Boolean.FALSE, attr(call(CLASSMETHOD, 1L), "__isabstractmethod__"));
    }

    @Test
    void classmethodObjects() {
        raises(Exceptions.TYPE_ERROR, "classmethod expected 1 argument, got 0", () -> call(CLASSMETHOD));
        raises(Exceptions.TYPE_ERROR, "classmethod expected 1 argument, got 2", () -> call(CLASSMETHOD, 1L, 2L));
        raises(Exceptions.TYPE_ERROR, "classmethod() takes no keyword arguments",
            () -> callKw(CLASSMETHOD, new Object[] {IDENT}, new String[] {"x"}, 1L));
        raises(Exceptions.TYPE_ERROR, "staticmethod expected 1 argument, got 0", () -> call(STATICMETHOD));
        Object f = documented("doc of f");
        Object cm = call(CLASSMETHOD, f);
        assertSame(f, attr(cm, "__func__"));
        assertSame(f, attr(cm, "__wrapped__"));
        assertEquals("doc of f", Ops.strString(attr(cm, "__doc__")));
        assertEquals(1L, attr(call(CLASSMETHOD, 1L), "__func__"));
        PyType a = classWith("m", cm);
        Object bound = call(attr(cm, "__get__"), Py.None, a);
        assertTrue(bound instanceof PyMethod m && m.self == a && m.function == f);
        Object viaInstance = call(attr(cm, "__get__"), Ops.call(a));
        assertTrue(viaInstance instanceof PyMethod m && m.self == a);
        raises(Exceptions.TYPE_ERROR, "__get__(None, None) is invalid", () -> call(attr(cm, "__get__"), Py.None));
        assertSame(a, Ops.call(Ops.getAttr(a, "m")));
        assertTrue(Ops.reprString(cm).startsWith("<classmethod(<"));
    }

    @Test
    void staticmethodObjects() {
        Object sm = call(STATICMETHOD, IDENT);
        assertEquals(3L, call(sm, 3L));
        assertEquals(3L, call(attr(STATICMETHOD, "__call__"), sm, 3L));
        assertSame(IDENT, attr(sm, "__func__"));
        assertSame(IDENT, attr(sm, "__wrapped__"));
        PyType a = classWith("s", sm);
        assertSame(IDENT, call(attr(sm, "__get__"), Py.None, a));
        assertSame(IDENT, Ops.getAttr(a, "s"));
        assertSame(IDENT, Ops.getAttr(Ops.call(a), "s"));
        assertTrue(Ops.reprString(sm).startsWith("<staticmethod(<"));
        assertTrue(Ops.reprString(sm).endsWith(">)>"));
    }
}
