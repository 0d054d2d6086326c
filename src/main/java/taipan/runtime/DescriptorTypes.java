package taipan.runtime;

/**
 * The Python side of property, classmethod and staticmethod (the Java
 * behaviour is in {@link Property}, {@link ClassMethod}, {@link StaticMethod}):
 * construction, {@code __get__}/{@code __set__}/{@code __delete__} as
 * methods, property's getter/setter/deleter copies, fget/fset/fdel,
 * {@code __doc__} taken from the getter, {@code __set_name__}; the wrapped
 * function's {@code __func__}/{@code __wrapped__} and the attributes
 * classmethod and staticmethod copy from it ({@code __module__},
 * {@code __name__}, {@code __qualname__}, {@code __doc__},
 * {@code __annotations__}); and {@code __isabstractmethod__} for all three.
 */
public final class DescriptorTypes {
    private DescriptorTypes() {}

    private static final Signature PROPERTY_INIT = Signature.parse("property", "fget=None, fset=None, fdel=None, doc=None");
    private static final String[] WRAPPED_ATTRIBUTES = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

    static void install() {
        installProperty();
        installWrapper(BuiltinTypes.CLASSMETHOD);
        installWrapper(BuiltinTypes.STATICMETHOD);
        MethodDescriptor.define(BuiltinTypes.CLASSMETHOD, "__get__", "instance, owner=None, /", (self, a) -> {
            if (a[0] == Py.None && a[1] == Py.None) {
                throw Exceptions.typeError("__get__(None, None) is invalid");
            }
            return ((ClassMethod) self).get(a[0] == Py.None ? null : a[0], a[1] == Py.None ? null : (PyType) a[1]);
        });
        MethodDescriptor.define(BuiltinTypes.STATICMETHOD, "__get__", "instance, owner=None, /",
            (self, a) -> ((StaticMethod) self).function);
        MethodDescriptor.define(BuiltinTypes.STATICMETHOD, "__call__", "*args, **kwargs", (self, a) -> {
            PyTuple args = (PyTuple) a[0];
            PyDict kw = (PyDict) a[1];
            String[] names = new String[kw.size()];
            Object[] all = new Object[args.items.length + names.length];
            System.arraycopy(args.items, 0, all, 0, args.items.length);
            int k = 0;
            for (int i = 0; i < kw.entryLimit(); i++) {
                if (kw.keyAt(i) != null) {
                    names[k] = ((PyStr) kw.keyAt(i)).value();
                    all[args.items.length + k++] = kw.valueAt(i);
                }
            }
            return Ops.call(((StaticMethod) self).function, all, names.length == 0 ? null : names);
        });
    }

    /** The truth of {@code f.__isabstractmethod__}, False when f has no such attribute. */
    private static boolean isAbstract(Object f) {
        Object v;
        try {
            v = Ops.getAttrOrNull(f, "__isabstractmethod__");
        } catch (PyException e) {
            if (!e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                throw e;
            }
            v = null;
        }
        return v != null && Ops.isTrue(v);
    }

    // ---- property -------------------------------------------------------------------

    private static Property prop(Object self) {
        return (Property) self;
    }

    private static void installProperty() {
        PyType p = BuiltinTypes.PROPERTY;
        p.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("builtins", "property.__new__",
            "cls, *args, **kwargs", (s, a) -> new Property((PyType) a[0]))));
        MethodDescriptor.define(p, "__init__", "*args, **kwargs", (self, a) -> {
            Object[] v = bind(PROPERTY_INIT, (PyTuple) a[0], (PyDict) a[1]);
            init(prop(self), v[0], v[1], v[2], v[3]);
            return Py.None;
        });
        SlotDescriptor.defineReadonly(p, "fget", self -> prop(self).fget);
        SlotDescriptor.defineReadonly(p, "fset", self -> prop(self).fset);
        SlotDescriptor.defineReadonly(p, "fdel", self -> prop(self).fdel);
        GetSetDescriptor.define(p, "__doc__", self -> prop(self).doc, (self, v) -> prop(self).doc = v == null ? Py.None : v);
        GetSetDescriptor.define(p, "__isabstractmethod__", self -> {
            Property pr = prop(self);
            return Py.bool(isAbstract(pr.fget) || isAbstract(pr.fset) || isAbstract(pr.fdel));
        });
        MethodDescriptor.define(p, "getter", "function, /", (self, a) -> copy(prop(self), a[0], null, null));
        MethodDescriptor.define(p, "setter", "function, /", (self, a) -> copy(prop(self), null, a[0], null));
        MethodDescriptor.define(p, "deleter", "function, /", (self, a) -> copy(prop(self), null, null, a[0]));
        MethodDescriptor.define(p, "__set_name__", "*args", (self, a) -> {
            Object[] args = ((PyTuple) a[0]).items;
            if (args.length != 2) {
                throw Exceptions.typeError("__set_name__() takes 2 positional arguments but " + args.length + " were given");
            }
            prop(self).name = args[1] instanceof PyStr s ? s.value() : Ops.strString(args[1]);
            return Py.None;
        });
        MethodDescriptor.define(p, "__get__", "instance, owner=None, /", (self, a) ->
            prop(self).get(a[0] == Py.None ? null : a[0], a[1] == Py.None ? null : (PyType) a[1]));
        MethodDescriptor.define(p, "__set__", "instance, value, /", (self, a) -> {
            prop(self).set(a[0], a[1]);
            return Py.None;
        });
        MethodDescriptor.define(p, "__delete__", "instance, /", (self, a) -> {
            prop(self).set(a[0], null);
            return Py.None;
        });
    }

    private static Object[] bind(Signature sig, PyTuple args, PyDict kwargs) {
        String[] names = new String[kwargs.size()];
        Object[] all = new Object[args.items.length + names.length];
        System.arraycopy(args.items, 0, all, 0, args.items.length);
        int k = 0;
        for (int i = 0; i < kwargs.entryLimit(); i++) {
            if (kwargs.keyAt(i) != null) {
                names[k] = ((PyStr) kwargs.keyAt(i)).value();
                all[args.items.length + k++] = kwargs.valueAt(i);
            }
        }
        return sig.bind(all, names.length == 0 ? null : names);
    }

    private static void init(Property p, Object fget, Object fset, Object fdel, Object doc) {
        p.fget = fget;
        p.fset = fset;
        p.fdel = fdel;
        p.doc = doc;
        p.getterDoc = false;
        if (doc == Py.None && fget != Py.None) {
            Object d;
            try {
                d = Ops.getAttrOrNull(fget, "__doc__");
            } catch (PyException e) {
                if (!e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                d = null;
            }
            if (d != null && d != Py.None) {
                p.doc = d;
                p.getterDoc = true;
            }
        }
        if (p.type != BuiltinTypes.PROPERTY && p.doc != Py.None) {
            // a subclass's own __doc__ would shadow the property's: the doc goes to the instance
            Ops.setAttr(p, "__doc__", p.doc);
        }
    }

    /** property_copy: a new property of the same type with one function replaced. */
    private static Object copy(Property old, Object fget, Object fset, Object fdel) {
        Object get = fget == null || fget == Py.None ? old.fget : fget;
        Object set = fset == null || fset == Py.None ? old.fset : fset;
        Object del = fdel == null || fdel == Py.None ? old.fdel : fdel;
        Object doc = old.getterDoc && get != Py.None ? Py.None : old.doc;
        Object made = Ops.call(old.type, get, set, del, doc);
        if (made instanceof Property p) {
            p.name = old.name;
        }
        return made;
    }

    // ---- classmethod and staticmethod -------------------------------------------------------

    private static Object function(Object self) {
        return self instanceof ClassMethod c ? c.function : ((StaticMethod) self).function;
    }

    private static void installWrapper(PyType t) {
        String name = t.name();
        boolean isClassMethod = t == BuiltinTypes.CLASSMETHOD;
        t.instancesHaveDict = true;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("builtins", name + ".__new__",
            "cls, *args, **kwargs", (s, a) -> isClassMethod ? new ClassMethod((PyType) a[0], Py.None)
                : new StaticMethod((PyType) a[0], Py.None))));
        MethodDescriptor.define(t, "__init__", "*args, **kwargs", (self, a) -> {
            Object[] args = ((PyTuple) a[0]).items;
            if (((PyDict) a[1]).size() > 0) {
                throw Exceptions.typeError(name + "() takes no keyword arguments");
            }
            if (args.length != 1) {
                throw Exceptions.typeError(name + " expected 1 argument, got " + args.length);
            }
            Object f = args[0];
            if (self instanceof ClassMethod c) {
                c.function = f;
            } else {
                ((StaticMethod) self).function = f;
            }
            for (String attr : WRAPPED_ATTRIBUTES) {
                Object v;
                try {
                    v = Ops.getAttrOrNull(f, attr);
                } catch (PyException e) {
                    if (!e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                        throw e;
                    }
                    v = null;
                }
                if (v != null) {
                    Attributes.setInstanceAttribute((PyObject) self, attr, v);
                }
            }
            return Py.None;
        });
        GetSetDescriptor.define(t, "__func__", DescriptorTypes::function);
        GetSetDescriptor.define(t, "__wrapped__", DescriptorTypes::function);
        GetSetDescriptor.define(t, "__isabstractmethod__", self -> Py.bool(isAbstract(function(self))));
        MethodDescriptor.define(t, "__repr__", "", (self, a) ->
            PyStr.of("<" + name + "(" + Ops.reprString(function(self)) + ")>"));
    }
}
