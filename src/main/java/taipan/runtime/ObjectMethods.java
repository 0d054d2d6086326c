package taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The methods of {@code object} and {@code type}: object creation and
 * initialization checks, the default attribute protocol, default repr, str,
 * equality, hash and format, and the class attributes of types
 * ({@code __name__}, {@code __mro__}, {@code __dict__}, ...).
 */
public final class ObjectMethods {
    private ObjectMethods() {}

    static void install() {
        installObject();
        installType();
        installSingletons();
        installBuiltinCallables();
    }

    private static void installBuiltinCallables() {
        PyType f = BuiltinTypes.BUILTIN_FUNCTION;
        f.acceptsSubclasses = false;
        GetSetDescriptor.define(f, "__name__", self -> PyStr.of(((BuiltinFunction) self).name));
        GetSetDescriptor.define(f, "__qualname__", self -> {
            BuiltinFunction b = (BuiltinFunction) self;
            if (b.self == null || b.self instanceof PyModule) {
                return PyStr.of(b.name);
            }
            PyType owner = b.self instanceof PyType t ? t : Py.typeOf(b.self);
            return PyStr.of(owner.name() + "." + b.name);
        });
        GetSetDescriptor.define(f, "__self__", self -> {
            BuiltinFunction b = (BuiltinFunction) self;
            return b.self == null ? Py.None : b.self;
        });
        GetSetDescriptor.define(f, "__module__", self -> {
            BuiltinFunction b = (BuiltinFunction) self;
            return b.module == null ? Py.None : PyStr.of(b.module);
        });
        GetSetDescriptor.define(f, "__doc__", self -> Py.None);
        // two reads of [].append are equal: the same Java code bound to the same object
        MethodDescriptor.define(f, "__eq__", "other, /", (self, a) -> {
            if (!(a[0] instanceof BuiltinFunction o)) {
                return Py.NotImplemented;
            }
            BuiltinFunction b = (BuiltinFunction) self;
            return Py.bool(b == o || b.self != null && b.self == o.self && b.body == o.body);
        });
        MethodDescriptor.define(f, "__hash__", "", (self, a) -> {
            BuiltinFunction b = (BuiltinFunction) self;
            return (long) (System.identityHashCode(b.self == null ? b : b.self) * 31 + System.identityHashCode(b.body));
        });
        MethodDescriptor.define(f, "__call__", "*args, **kwargs", (self, a) ->
            CallArgs.call(self, ((PyTuple) a[0]).items, (PyDict) a[1]));
        MethodDescriptor.define(f, "__reduce__", "", (self, a) -> {
            BuiltinFunction b = (BuiltinFunction) self;
            if (b.self == null || b.self instanceof PyModule) {
                return PyStr.of(b.name);
            }
            return PyTuple.of(Ops.getAttr(Pickling.importModule("builtins"), "getattr"), PyTuple.of(b.self, PyStr.of(b.name)));
        });
        MethodDescriptor.define(f, "__repr__", "", (self, a) -> {
            BuiltinFunction b = (BuiltinFunction) self;
            if (b.self == null || b.self instanceof PyModule) {
                return PyStr.of("<built-in function " + b.name + ">");
            }
            return PyStr.of("<built-in method " + b.name + " of " + Py.typeOf(b.self).name() + " object at 0x"
                + String.format("%012x", Identity.id(b.self)) + ">");
        });
        PyType m = BuiltinTypes.METHOD_DESCRIPTOR;
        m.acceptsSubclasses = false;
        GetSetDescriptor.define(m, "__name__", self -> PyStr.of(((MethodDescriptor) self).name));
        GetSetDescriptor.define(m, "__qualname__", self -> {
            MethodDescriptor d = (MethodDescriptor) self;
            return PyStr.of(d.owner.name() + "." + d.name);
        });
        GetSetDescriptor.define(m, "__objclass__", self -> ((MethodDescriptor) self).owner);
        MethodDescriptor.define(m, "__reduce__", "", (self, a) -> PyTuple.of(
            Ops.getAttr(Pickling.importModule("builtins"), "getattr"),
            PyTuple.of(((MethodDescriptor) self).owner, PyStr.of(((MethodDescriptor) self).name))));
        GetSetDescriptor.define(m, "__doc__", self -> Py.None);
        MethodDescriptor.define(m, "__repr__", "", (self, a) -> {
            MethodDescriptor d = (MethodDescriptor) self;
            return PyStr.of("<method '" + d.name + "' of '" + d.owner.name() + "' objects>");
        });
        MethodDescriptor.define(m, "__get__", "obj, type=None, /", (self, a) ->
            a[0] == Py.None ? self : ((MethodDescriptor) self).bind(a[0]));
        PyType g = BuiltinTypes.GETSET_DESCRIPTOR;
        g.acceptsSubclasses = false;
        GetSetDescriptor.define(g, "__name__", self -> PyStr.of(((GetSetDescriptor) self).name));
        GetSetDescriptor.define(g, "__objclass__", self -> ((GetSetDescriptor) self).owner);
        GetSetDescriptor.define(g, "__qualname__", self -> {
            GetSetDescriptor d = (GetSetDescriptor) self;
            return PyStr.of(d.owner.qualname() + "." + d.name);
        });
        MethodDescriptor.define(g, "__repr__", "", (self, a) -> {
            GetSetDescriptor d = (GetSetDescriptor) self;
            return PyStr.of("<attribute '" + d.name + "' of '" + d.owner.name() + "' objects>");
        });
        MethodDescriptor.define(g, "__get__", "obj, type=None, /", (self, a) ->
            a[0] == Py.None ? self : ((GetSetDescriptor) self).get(a[0]));
        MethodDescriptor.define(g, "__set__", "obj, value, /", (self, a) -> {
            ((GetSetDescriptor) self).set(a[0], a[1]);
            return Py.None;
        });
        MethodDescriptor.define(g, "__delete__", "obj, /", (self, a) -> {
            ((GetSetDescriptor) self).set(a[0], null);
            return Py.None;
        });
    }

    private static void installSingletons() {
        PyType none = BuiltinTypes.NONE_TYPE;
        MethodDescriptor.define(none, "__repr__", "", (self, a) -> PyStr.of("None"));
        MethodDescriptor.define(none, "__bool__", "", (self, a) -> Boolean.FALSE);
        none.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "NoneType.__new__", "cls, /", (self, a) -> Py.None)));
        PyType ni = BuiltinTypes.NOT_IMPLEMENTED_TYPE;
        MethodDescriptor.define(ni, "__repr__", "", (self, a) -> PyStr.of("NotImplemented"));
        MethodDescriptor.define(ni, "__reduce__", "", (self, a) -> PyStr.of("NotImplemented"));
        MethodDescriptor.define(ni, "__bool__", "", (self, a) -> {
            Warnings.deprecation("NotImplemented should not be used in a boolean context");
            return Boolean.TRUE;
        });
        ni.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "NotImplementedType.__new__", "cls, /", (self, a) -> Py.NotImplemented)));
        PyType el = BuiltinTypes.ELLIPSIS_TYPE;
        MethodDescriptor.define(el, "__repr__", "", (self, a) -> PyStr.of("Ellipsis"));
        MethodDescriptor.define(el, "__reduce__", "", (self, a) -> PyStr.of("Ellipsis"));
        el.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "ellipsis.__new__", "cls, /", (self, a) -> Py.Ellipsis)));
    }

    private static void installObject() {
        PyType o = BuiltinTypes.OBJECT;
        o.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "object.__new__", "cls, *args, **kwargs", (self, a) -> objectNew(a))));
        MethodDescriptor.define(o, "__init__", "*args, **kwargs", (self, a) -> {
            PyType t = Py.typeOf(self);
            if (((PyTuple) a[0]).items.length > 0 || ((PyDict) a[1]).size() > 0) {
                if (t.lookup("__init__") != o.ownMember("__init__")) {
                    throw Exceptions.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (t.lookup("__new__") == o.ownMember("__new__")) {
                    throw Exceptions.typeError(t.name() + ".__init__() takes exactly one argument (the instance to initialize)");
                }
            }
            return Py.None;
        });
        MethodDescriptor.define(o, "__repr__", "", (self, a) -> PyStr.of(defaultRepr(self)));
        MethodDescriptor.define(o, "__str__", "", (self, a) -> Ops.repr(self));
        MethodDescriptor.define(o, "__hash__", "", (self, a) -> (long) Identity.id(self) >> 4);
        MethodDescriptor.define(o, "__eq__", "other, /", (self, a) -> self == a[0] ? Boolean.TRUE : Py.NotImplemented);
        MethodDescriptor.define(o, "__ne__", "other, /", (self, a) -> {
            Object eq = Ops.callSpecial(self, "__eq__", a[0]);
            return eq == Py.NotImplemented ? eq : Py.bool(!Ops.isTrue(eq));
        });
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            MethodDescriptor.define(o, cmp, "other, /", (self, a) -> Py.NotImplemented);
        }
        MethodDescriptor.define(o, "__getattribute__", "name, /", (self, a) -> {
            String name = attrName(a[0]);
            Object v = Ops.genericGetAttr(self, name, Py.typeOf(self));
            if (v == null) {
                throw Exceptions.noAttribute(self, name);
            }
            return v;
        });
        MethodDescriptor.define(o, "__setattr__", "name, value, /", (self, a) -> {
            Ops.genericSetAttr(self, attrName(a[0]), a[1], Py.typeOf(self));
            return Py.None;
        });
        MethodDescriptor.define(o, "__delattr__", "name, /", (self, a) -> {
            Ops.genericSetAttr(self, attrName(a[0]), null, Py.typeOf(self));
            return Py.None;
        });
        MethodDescriptor.define(o, "__format__", "format_spec, /", (self, a) -> {
            if (!(a[0] instanceof PyStr spec)) {
                throw Exceptions.typeError("__format__() argument must be str, not " + Py.typeOf(a[0]).name());
            }
            if (!spec.value().isEmpty()) {
                throw Exceptions.typeError("unsupported format string passed to " + Py.typeOf(self).name() + ".__format__");
            }
            return Ops.str(self);
        });
        MethodDescriptor.define(o, "__dir__", "", (self, a) -> dir(self));
        MethodDescriptor.define(o, "__sizeof__", "", (self, a) -> 16L);
        Pickling.install(o);
        o.define("__init_subclass__", new ClassMethod(BuiltinTypes.CLASSMETHOD,
            BuiltinFunction.of("builtins", "object.__init_subclass__", "cls, **kwargs", (self, a) -> {
                if (((PyDict) a[1]).size() > 0) {
                    throw Exceptions.typeError(((PyType) a[0]).name() + ".__init_subclass__() takes no keyword arguments");
                }
                return Py.None;
            })));
        o.define("__subclasshook__", new ClassMethod(BuiltinTypes.CLASSMETHOD,
            BuiltinFunction.of("builtins", "object.__subclasshook__", "cls, *args", (self, a) -> Py.NotImplemented)));
        GetSetDescriptor.define(o, "__class__", Py::typeOf, (self, v) -> setClass(self, v));
        o.define("__doc__", PyStr.of("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
            + "and returns a new featureless instance that has no instance attributes and cannot be given any.\n"));
    }

    /** CPython's tp_flags bits that Python code reads (copyreg's HEAPTYPE test, inspect's ABSTRACT, ...). */
    private static long typeFlags(PyType t) {
        long flags = 1L << 12 | t.collectionFlags;                  // READY, SEQUENCE / MAPPING
        flags |= t.callFlags;
        flags |= t.builtin ? 1L << 8 : 1L << 9;                     // IMMUTABLETYPE or HEAPTYPE
        if (t.acceptsSubclasses) {
            flags |= 1L << 10;                                      // BASETYPE
        }
        if (t.hasAbstractMethods()) {
            flags |= 1L << 20;                                      // IS_ABSTRACT
        }
        PyType[][] subclassBits = {{BuiltinTypes.INT}, {BuiltinTypes.LIST}, {BuiltinTypes.TUPLE}, {BuiltinTypes.BYTES},
            {BuiltinTypes.STR}, {BuiltinTypes.DICT}, {Exceptions.BASE_EXCEPTION}, {BuiltinTypes.TYPE}};
        for (int i = 0; i < subclassBits.length; i++) {
            if (t.isSubtypeOf(subclassBits[i][0])) {
                flags |= 1L << (24 + i);                            // LONG_SUBCLASS .. TYPE_SUBCLASS
            }
        }
        return flags;
    }

    private static Object objectNew(Object[] a) {
        if (!(a[0] instanceof PyType t)) {
            throw Exceptions.typeError("object.__new__(X): X is not a type object (" + Py.typeOf(a[0]).name() + ")");
        }
        PyType o = BuiltinTypes.OBJECT;
        PyType builtin = t;
        while (!builtin.builtin) {
            builtin = builtin.base();
        }
        if (builtin != o && builtin.lookup("__new__") != o.ownMember("__new__")) {
            throw Exceptions.typeError("object.__new__(" + t.name() + ") is not safe, use " + builtin.name() + ".__new__()");
        }
        if (((PyTuple) a[1]).items.length > 0 || ((PyDict) a[2]).size() > 0) {
            if (t.lookup("__new__") != o.ownMember("__new__")) {
                throw Exceptions.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (t.lookup("__init__") == o.ownMember("__init__")) {
                throw Exceptions.typeError(t.name() + "() takes no arguments");
            }
        }
        Object am = t.lookup("__abstractmethods__");
        if (am != null && !(am instanceof GetSetDescriptor) && Ops.isTrue(am)) {
            List<String> names = new ArrayList<>();
            Object it = Ops.iter(am);
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                names.add(Ops.strString(x));
            }
            names.sort(String::compareTo);
            throw Exceptions.typeError("Can't instantiate abstract class " + t.name() + " with abstract method"
                + (names.size() == 1 ? " " : "s ") + String.join(", ", names));
        }
        if (t.factory == null) {
            throw Exceptions.typeError("cannot create '" + t.name() + "' instances");
        }
        return t.factory.create(t);
    }

    private static void setClass(Object self, Object v) {
        if (v == null) {
            throw Exceptions.typeError("can't delete __class__ attribute");
        }
        if (!(v instanceof PyType nt)) {
            throw Exceptions.typeError("__class__ must be set to a class, not '" + Py.typeOf(v).name() + "' object");
        }
        PyType old = Py.typeOf(self);
        if (!(self instanceof PyObject p) || old.builtin || nt.builtin || old.solidBase != nt.solidBase) {
            throw Exceptions.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        p.type = nt;
    }

    /** The name argument of getattr-like methods as a Java string. */
    public static String attrName(Object name) {
        if (name instanceof PyStr s) {
            return s.value();
        }
        throw Exceptions.typeError("attribute name must be string, not '" + Py.typeOf(name).name() + "'");
    }

    /** {@code <module.Class object at 0x...>}. */
    public static String defaultRepr(Object self) {
        PyType t = Py.typeOf(self);
        String module = t.moduleName();
        String prefix = module.equals("builtins") ? "" : module + ".";
        return "<" + prefix + t.qualname() + " object at 0x" + String.format("%012x", Identity.id(self)) + ">";
    }

    /** The default {@code dir(obj)}: instance attributes plus everything on the class and its bases, sorted. */
    public static PyList dir(Object self) {
        if (self instanceof PyType t) {
            java.util.TreeSet<String> names = new java.util.TreeSet<>(PyStr::compareCodePoints);
            for (PyType k : t.mro()) {
                names.addAll(k.members().keySet());
            }
            PyList out = new PyList();
            for (String n : names) {
                out.append(PyStr.of(n));
            }
            return out;
        }
        Object instanceDict = Ops.getAttrOrNull(self, "__dict__");
        if (self instanceof PyModule) {
            if (!(instanceDict instanceof PyDict d)) {
                throw Exceptions.typeError("<module>.__dict__ is not a dictionary");
            }
            Object custom = d.get(PyStr.of("__dir__"));
            if (custom != null) {
                return (PyList) Ops.call(BuiltinTypes.LIST, Ops.call(custom));
            }
            return keysOf(d);
        }
        // object.__dir__: the keys of obj.__dict__ (when it is a dict) and of its __class__'s namespaces
        PyDict names = new PyDict();
        if (instanceDict instanceof PyDict d) {
            for (int i = 0; i < d.entryLimit(); i++) {
                if (d.keyAt(i) != null) {
                    names.put(d.keyAt(i), Py.None);
                }
            }
        }
        if (Ops.getAttrOrNull(self, "__class__") instanceof PyType cls) {
            for (PyType k : cls.mro()) {
                for (String n : k.members().keySet()) {
                    names.put(PyStr.of(n), Py.None);
                }
            }
        }
        return keysOf(names);
    }

    private static PyList keysOf(PyDict d) {
        PyList out = new PyList();
        for (int i = 0; i < d.entryLimit(); i++) {
            if (d.keyAt(i) != null) {
                out.append(d.keyAt(i));
            }
        }
        return out;
    }

    private static void installType() {
        PyType t = BuiltinTypes.TYPE;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "type.__new__", "metatype, *args, **kwargs", (self, a) -> typeNew(a))));
        MethodDescriptor.define(t, "__init__", "*args, **kwargs", (self, a) -> Py.None);
        MethodDescriptor.define(t, "__call__", "*args, **kwargs", (self, a) -> {
            CallArgs.Packed p = CallArgs.pack(((PyTuple) a[0]).items, (PyDict) a[1]);
            return TypeCalls.defaultCall((PyType) self, p.args(), p.kwnames());
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            PyType c = (PyType) self;
            String m = c.moduleName();
            return PyStr.of("<class '" + (m.equals("builtins") ? "" : m + ".") + c.qualname() + "'>");
        });
        MethodDescriptor.define(t, "__getattribute__", "name, /", (self, a) -> {
            String name = attrName(a[0]);
            Object v = Ops.genericGetAttr(self, name, Py.typeOf(self));
            if (v == null) {
                throw Exceptions.noAttribute(self, name);
            }
            return v;
        });
        MethodDescriptor.define(t, "__setattr__", "name, value, /", (self, a) -> {
            Ops.genericSetAttr(self, attrName(a[0]), a[1], Py.typeOf(self));
            return Py.None;
        });
        MethodDescriptor.define(t, "__delattr__", "name, /", (self, a) -> {
            Ops.genericSetAttr(self, attrName(a[0]), null, Py.typeOf(self));
            return Py.None;
        });
        MethodDescriptor.define(t, "mro", "", (self, a) -> PyList.of((Object[]) ((PyType) self).mro()));
        MethodDescriptor.define(t, "__subclasses__", "", (self, a) -> PyList.of(((PyType) self).subclasses().toArray()));
        MethodDescriptor.define(t, "__instancecheck__", "instance, /", (self, a) ->
            Py.bool(Py.typeOf(a[0]).isSubtypeOf((PyType) self)));
        MethodDescriptor.define(t, "__subclasscheck__", "subclass, /", (self, a) -> {
            if (!(a[0] instanceof PyType sub)) {
                throw Exceptions.typeError("issubclass() arg 1 must be a class");
            }
            return Py.bool(sub.isSubtypeOf((PyType) self));
        });
        MethodDescriptor.define(t, "__dir__", "", (self, a) -> dir(self));
        t.define("__prepare__", new ClassMethod(BuiltinTypes.CLASSMETHOD,
            BuiltinFunction.of("builtins", "type.__prepare__", "cls, *args, **kwargs", (self, a) -> new PyDict())));
        GetSetDescriptor.define(t, "__name__", self -> PyStr.of(((PyType) self).name()), (self, v) -> {
            if (!(v instanceof PyStr s)) {
                throw Exceptions.typeError("can only assign string to " + ((PyType) self).name() + ".__name__, not '"
                    + Py.typeOf(v).name() + "'");
            }
            ((PyType) self).setName(s.value());
        });
        GetSetDescriptor.define(t, "__qualname__", self -> PyStr.of(((PyType) self).qualname()), (self, v) -> {
            if (!(v instanceof PyStr s)) {
                throw Exceptions.typeError("can only assign string to " + ((PyType) self).name() + ".__qualname__, not '"
                    + Py.typeOf(v).name() + "'");
            }
            ((PyType) self).setQualname(s.value());
        });
        GetSetDescriptor.define(t, "__module__", self -> {
            PyType c = (PyType) self;
            Object m = c.ownMember("__module__");
            // a built-in type's own dict may hold a descriptor under that name (type's does): not a module name
            if (m == null || c.builtin && !(m instanceof PyStr)) {
                return PyStr.of("builtins");
            }
            return m;
        }, (self, v) -> ((PyType) self).setMember("__module__", v));
        GetSetDescriptor.define(t, "__flags__", self -> typeFlags((PyType) self));
        GetSetDescriptor.define(t, "__bases__", self -> PyTuple.of((Object[]) ((PyType) self).bases()),
            (self, v) -> TypeCalls.assignBases((PyType) self, v));
        GetSetDescriptor.define(t, "__text_signature__", self -> {
            String sig = constructorSignature((PyType) self);
            return sig == null ? Py.None : PyStr.of(sig);
        });
        GetSetDescriptor.define(t, "__base__", self -> {
            PyType b = ((PyType) self).base();
            return b == null ? Py.None : b;
        });
        GetSetDescriptor.define(t, "__mro__", self -> PyTuple.of((Object[]) ((PyType) self).mro()));
        GetSetDescriptor.define(t, "__dict__", self -> {
            PyDict d = new PyDict();
            for (var e : ((PyType) self).members().entrySet()) {
                d.put(PyStr.of(e.getKey()), e.getValue());
            }
            return new MappingProxy(d);
        });
        GetSetDescriptor.define(t, "__doc__", self -> {
            Object d = ((PyType) self).ownMember("__doc__");
            if (d == null) {
                return Py.None;
            }
            return Py.typeOf(d).lookup("__get__") != null ? Ops.bind(d, null, (PyType) self) : d;
        }, (self, v) -> ((PyType) self).setMember("__doc__", v));
        GetSetDescriptor.define(t, "__abstractmethods__", self -> {
            Object v = ((PyType) self).ownMember("__abstractmethods__");
            if (v == null || self == BuiltinTypes.TYPE) {
                throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, "__abstractmethods__");
            }
            return v;
        }, (self, v) -> ((PyType) self).setMember("__abstractmethods__", v));
    }

    /** The text signature CPython documents for calling a built-in class (what inspect.signature reads), or null. */
    private static String constructorSignature(PyType t) {
        if (!t.builtin || !t.moduleName().equals("builtins")) {
            return null;
        }
        return switch (t.name()) {
            case "object" -> "()";
            case "complex" -> "(real=0, imag=0)";
            case "enumerate" -> "(iterable, start=0)";
            case "float" -> "(x=0, /)";
            case "list", "tuple" -> "(iterable=(), /)";
            case "memoryview" -> "(object)";
            case "property" -> "(fget=None, fset=None, fdel=None, doc=None)";
            case "reversed" -> "(sequence, /)";
            default -> null;
        };
    }

    private static Object typeNew(Object[] a) {
        PyType meta = (PyType) a[0];
        Object[] args = ((PyTuple) a[1]).items;
        if (args.length != 3) {
            throw Exceptions.typeError("type.__new__() takes exactly 3 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr name)) {
            throw Exceptions.typeError("type.__new__() argument 1 must be str, not " + Py.typeOf(args[0]).name());
        }
        if (!(args[1] instanceof PyTuple basesTuple)) {
            throw Exceptions.typeError("type.__new__() argument 2 must be tuple, not " + Py.typeOf(args[1]).name());
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw Exceptions.typeError("type.__new__() argument 3 must be dict, not " + Py.typeOf(args[2]).name());
        }
        PyType winner = TypeCalls.calculateMetaclass(meta, basesTuple.items);
        PyType[] bases = new PyType[basesTuple.items.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(basesTuple.items[i] instanceof PyType b)) {
                throw Exceptions.typeError("bases must be types");
            }
            bases[i] = b;
        }
        if (winner != meta && !(winner.lookup("__new__") instanceof StaticMethod s && s.function instanceof BuiltinFunction)) {
            Object winnerNew = winner.lookup("__new__");
            Object fn = winnerNew instanceof StaticMethod sm ? sm.function : winnerNew;
            return CallArgs.call(fn, TypeCalls.prepend(winner, args), (PyDict) a[2]);
        }
        PyType t = TypeCalls.newClass(winner, name.value(), bases, ns);
        ClassCreation.finish(t, (PyDict) a[2]);
        return t;
    }
}
