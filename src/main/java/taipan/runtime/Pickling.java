package taipan.runtime;

/**
 * The pickling protocol of {@code object}, as CPython defines it:
 * {@code __reduce_ex__} (a class's own {@code __reduce__} wins; protocols 2 and
 * up use {@code copyreg.__newobj__}/{@code __newobj_ex__} with
 * {@code __getnewargs_ex__}/{@code __getnewargs__}, lower ones
 * {@code copyreg._reduce_ex}), {@code __reduce__} and {@code __getstate__}
 * (the instance {@code __dict__} and the values of {@code __slots__}).
 * Instances of built-in types that keep state Python cannot see (their nearest
 * built-in base is not {@code object}) and offer no arguments to recreate them
 * cannot be pickled, with CPython's TypeError.
 */
public final class Pickling {
    private Pickling() {}

    private static volatile java.util.function.Function<String, Object> importer;

    /** How the runtime imports {@code copyreg}: set by the interpreter, as the runtime cannot import by itself. */
    public static void setImporter(java.util.function.Function<String, Object> f) {
        importer = f;
    }

    private static MethodDescriptor objectReduce;
    private static MethodDescriptor objectGetstate;

    static void install(PyType o) {
        objectReduce = new MethodDescriptor(o, "__reduce__", "", (self, a) -> commonReduce(self, 0));
        o.define("__reduce__", objectReduce);
        MethodDescriptor.define(o, "__reduce_ex__", "protocol, /", (self, a) -> {
            Object classReduce = Py.typeOf(self).lookup("__reduce__");
            if (classReduce != objectReduce) {
                return Ops.call(Ops.getAttr(self, "__reduce__"));
            }
            return commonReduce(self, Ops.indexAsInt(a[0]));
        });
        objectGetstate = new MethodDescriptor(o, "__getstate__", "", (self, a) -> defaultState(self, false));
        o.define("__getstate__", objectGetstate);
    }

    /** Whether modules can be imported (false for the runtime used without an interpreter). */
    static boolean canImport() {
        return importer != null;
    }

    /** The module {@code name}, imported through the interpreter. */
    static Object importModule(String name) {
        return importer.apply(name);
    }

    private static Object copyreg(String name) {
        return Ops.getAttr(importer.apply("copyreg"), name);
    }

    private static Object commonReduce(Object self, int protocol) {
        if (protocol >= 2) {
            return reduceNewobj(self);
        }
        return Ops.call(copyreg("_reduce_ex"), self, (long) protocol);
    }

    private static PyException cannotPickle(Object self) {
        return Exceptions.typeError("cannot pickle '" + Py.typeOf(self).name() + "' object");
    }

    private static Object reduceNewobj(Object self) {
        PyType cls = Py.typeOf(self);
        if (cls.lookup("__new__") == null) {
            throw cannotPickle(self);
        }
        PyTuple args = null;
        PyDict kwargs = null;
        Object getnewargsEx = Ops.getAttrOrNull(self, "__getnewargs_ex__");
        if (getnewargsEx != null) {
            Object r = Ops.call(getnewargsEx);
            if (!(r instanceof PyTuple t)) {
                throw Exceptions.typeError("__getnewargs_ex__ should return a tuple, not '" + Py.typeOf(r).name() + "'");
            }
            if (t.items.length != 2) {
                throw Exceptions.valueError("__getnewargs_ex__ should return a tuple of length 2, not " + t.items.length);
            }
            if (!(t.items[0] instanceof PyTuple ta)) {
                throw Exceptions.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                    + Py.typeOf(t.items[0]).name() + "'");
            }
            if (!(t.items[1] instanceof PyDict tk)) {
                throw Exceptions.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                    + Py.typeOf(t.items[1]).name() + "'");
            }
            args = ta;
            kwargs = tk;
        } else {
            Object getnewargs = Ops.getAttrOrNull(self, "__getnewargs__");
            if (getnewargs != null) {
                Object r = Ops.call(getnewargs);
                if (!(r instanceof PyTuple t)) {
                    throw Exceptions.typeError("__getnewargs__ should return a tuple, not '" + Py.typeOf(r).name() + "'");
                }
                args = t;
            }
        }
        boolean hasArgs = args != null;
        Object newobj;
        PyTuple newargs;
        if (kwargs == null || kwargs.size() == 0) {
            newobj = copyreg("__newobj__");
            Object[] items = new Object[1 + (args == null ? 0 : args.items.length)];
            items[0] = cls;
            if (args != null) {
                System.arraycopy(args.items, 0, items, 1, args.items.length);
            }
            newargs = PyTuple.of(items);
        } else {
            newobj = copyreg("__newobj_ex__");
            newargs = PyTuple.of(cls, args, kwargs);
        }
        boolean isList = self instanceof PyList;
        boolean isDict = self instanceof PyDict;
        Object state = getstate(self, !hasArgs && !isList && !isDict);
        Object listItems = isList ? Ops.iter(self) : Py.None;
        Object dictItems = isDict ? Ops.iter(Ops.call(Ops.getAttr(self, "items"))) : Py.None;
        return PyTuple.of(newobj, newargs, state, listItems, dictItems);
    }

    /** What {@code __getstate__} gives (CPython's _PyObject_GetState), for the reductions of built-in types. */
    static Object state(Object self) {
        return getstate(self, false);
    }

    private static Object getstate(Object self, boolean required) {
        Object getstate = Py.typeOf(self).lookup("__getstate__");
        if (getstate == objectGetstate) {
            return defaultState(self, required);
        }
        return Ops.call(Ops.getAttr(self, "__getstate__"));
    }

    /** The nearest built-in type in the MRO of {@code t}. */
    private static PyType builtinBase(PyType t) {
        for (PyType b : t.mro()) {
            if (b.builtin) {
                return b;
            }
        }
        return BuiltinTypes.OBJECT;
    }

    private static Object defaultState(Object self, boolean required) {
        PyType cls = Py.typeOf(self);
        if (required && builtinBase(cls) != BuiltinTypes.OBJECT) {
            throw cannotPickle(self);
        }
        Object state = Py.None;
        if (cls.instancesHaveDict && Ops.getAttrOrNull(self, "__dict__") instanceof PyDict d && d.size() > 0) {
            state = d;
        }
        Object slotnames = Ops.call(copyreg("_slotnames"), cls);
        if (slotnames instanceof PyList names && names.size > 0) {
            PyDict slots = new PyDict();
            for (int i = 0; i < names.size; i++) {
                Object name = names.get(i);
                try {
                    slots.put(name, Ops.getAttr(self, ((PyStr) name).value()));
                } catch (PyException e) {
                    if (!e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                        throw e;
                    }
                }
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        }
        return state;
    }
}
