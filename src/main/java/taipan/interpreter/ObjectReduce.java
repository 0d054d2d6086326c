package taipan.interpreter;

import taipan.runtime.Attributes;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.Iterables;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyInstance;
import taipan.runtime.PyList;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.Shape;

/**
 * The reduce protocol that pickle and copy use on objects without a reduction
 * of their own, as in CPython 3.11: {@code object.__reduce_ex__(protocol)},
 * {@code object.__reduce__()} and {@code object.__getstate__()}; and the
 * {@code __reduce__} of set and frozenset.
 *
 * <p>Contract: {@code __reduce_ex__} calls an overriding {@code __reduce__};
 * otherwise protocols 2 and up give {@code (copyreg.__newobj__, (cls, *args),
 * state, listitems, dictitems)} (or {@code copyreg.__newobj_ex__} with keyword
 * arguments from {@code __getnewargs_ex__}), lower ones defer to
 * {@code copyreg._reduce_ex}. The default state is the instance {@code __dict__}
 * (None when empty), paired with a dict of the {@code __slots__} values when any
 * are set. Objects with Java-level state and no way to rebuild it raise
 * "cannot pickle 'T' object".
 */
final class ObjectReduce {
    private ObjectReduce() {}

    private static MethodDescriptor objectGetstate;
    private static Object objectReduce;

    static void install() {
        PyType o = BuiltinTypes.OBJECT;
        MethodDescriptor.define(o, "__reduce_ex__", "protocol, /", (self, a) -> reduceEx(self, protocol(a[0])));
        MethodDescriptor.define(o, "__reduce__", "", (self, a) -> commonReduce(self, 0));
        MethodDescriptor.define(o, "__getstate__", "", (self, a) -> defaultState(self, false));
        objectGetstate = (MethodDescriptor) o.ownMember("__getstate__");
        objectReduce = o.ownMember("__reduce__");
        for (PyType t : new PyType[] {BuiltinTypes.SET, BuiltinTypes.FROZENSET}) {
            MethodDescriptor.define(t, "__reduce__", "", (self, a) ->
                PyTuple.of(Py.typeOf(self), PyTuple.of(new PyList(Iterables.toArray(self))), state(self, false)));
        }
    }

    private static int protocol(Object p) {
        if (!Ops.isInt(p)) {
            throw Exceptions.typeError("'" + Py.typeOf(p).name() + "' object cannot be interpreted as an integer");
        }
        return Ops.indexAsInt(p);
    }

    private static Object reduceEx(Object self, int protocol) {
        Object clsReduce = Py.typeOf(self).lookup("__reduce__");
        if (clsReduce != null && clsReduce != objectReduce) {
            return Ops.call(Ops.getAttr(self, "__reduce__"));
        }
        return commonReduce(self, protocol);
    }

    private static Object commonReduce(Object self, int protocol) {
        if (protocol >= 2) {
            return reduceNewObj(self);
        }
        return Ops.call(Ops.getAttr(copyreg(), "_reduce_ex"), self, (long) protocol);
    }

    private static Object copyreg() {
        return PythonRuntime.importModule("copyreg");
    }

    private static Object reduceNewObj(Object self) {
        PyType cls = Py.typeOf(self);
        if (cls.factory == null && cls.lookup("__new__") == BuiltinTypes.OBJECT.ownMember("__new__")) {
            throw cannotPickle(cls);
        }
        PyTuple args = null;
        PyDict kwargs = null;
        Object newArgsEx = Ops.callSpecial(self, "__getnewargs_ex__");
        if (newArgsEx != null) {
            if (!(newArgsEx instanceof PyTuple pair)) {
                throw Exceptions.typeError("__getnewargs_ex__ should return a tuple, not '" + Py.typeOf(newArgsEx).name() + "'");
            }
            if (pair.items.length != 2) {
                throw Exceptions.typeError("__getnewargs_ex__ should return a tuple of length 2, not " + pair.items.length);
            }
            if (!(pair.items[0] instanceof PyTuple t)) {
                throw Exceptions.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                    + Py.typeOf(pair.items[0]).name() + "'");
            }
            if (!(pair.items[1] instanceof PyDict d)) {
                throw Exceptions.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                    + Py.typeOf(pair.items[1]).name() + "'");
            }
            args = t;
            kwargs = d;
        } else {
            Object newArgs = Ops.callSpecial(self, "__getnewargs__");
            if (newArgs != null) {
                if (!(newArgs instanceof PyTuple t)) {
                    throw Exceptions.typeError("__getnewargs__ should return a tuple, not '" + Py.typeOf(newArgs).name() + "'");
                }
                args = t;
            }
        }
        Object copyreg = copyreg();
        Object newObj;
        PyTuple newObjArgs;
        if (kwargs == null || kwargs.size() == 0) {
            newObj = Ops.getAttr(copyreg, "__newobj__");
            Object[] items = args == null ? new Object[0] : args.items;
            Object[] all = new Object[items.length + 1];
            all[0] = cls;
            System.arraycopy(items, 0, all, 1, items.length);
            newObjArgs = PyTuple.of(all);
        } else {
            newObj = Ops.getAttr(copyreg, "__newobj_ex__");
            newObjArgs = PyTuple.of(cls, args, kwargs);
        }
        boolean isList = self instanceof PyList;
        boolean isDict = self instanceof PyDict;
        Object state = state(self, !(args != null || isList || isDict));
        Object listItems = isList ? Ops.iter(self) : Py.None;
        Object dictItems = isDict ? Ops.iter(Ops.call(Ops.getAttr(self, "items"))) : Py.None;
        return PyTuple.of(newObj, newObjArgs, state, listItems, dictItems);
    }

    /** {@code obj.__getstate__()}, passing {@code required} on when it is object's own. */
    private static Object state(Object self, boolean required) {
        Object getstate = Ops.getAttr(self, "__getstate__");
        if (getstate instanceof BuiltinFunction f && f.body == objectGetstate.body && f.self == self) {
            return defaultState(self, required);
        }
        return Ops.call(getstate);
    }

    private static Object defaultState(Object self, boolean required) {
        PyType cls = Py.typeOf(self);
        Object slotNames = slotNames(cls);
        if (required && !(self instanceof PyInstance)) {
            throw cannotPickle(cls);
        }
        Object state = Py.None;
        if (cls.instancesHaveDict && self instanceof PyObject p && hasAttributes(p)) {
            PyDict dict = instanceDict(p, slotNames);
            if (dict.size() > 0) {
                state = dict;
            }
        }
        if (slotNames instanceof PyList names && names.size > 0) {
            PyDict slots = new PyDict();
            for (int i = 0; i < names.size; i++) {
                Object name = names.get(i);
                Object value = getAttrOrMissing(self, name);
                if (value != null) {
                    slots.put(name, value);
                }
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        }
        return state;
    }

    private static boolean hasAttributes(PyObject p) {
        if (p.shape == null) {
            return false;
        }
        if (p.shape == Shape.DICT) {
            return ((PyDict) p.slots[0]).size() > 0;
        }
        for (Object v : p.slots) {
            if (v != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The instance {@code __dict__}; Taipan keeps {@code __slots__} values beside
     * the dict's entries, so when the class has slots they are left out of a copy.
     */
    private static PyDict instanceDict(PyObject p, Object slotNames) {
        PyDict dict = Attributes.dictOf(p);
        if (!(slotNames instanceof PyList names) || names.size == 0) {
            return dict;
        }
        PyDict copy = new PyDict();
        for (int i = 0; i < dict.entryLimit(); i++) {
            Object k = dict.keyAt(i);
            if (k != null && !Ops.isTrue(Ops.callSpecial(names, "__contains__", k))) {
                copy.put(k, dict.valueAt(i));
            }
        }
        return copy;
    }

    private static Object getAttrOrMissing(Object self, Object name) {
        try {
            return Ops.getAttr(self, ((PyStr) name).value());
        } catch (PyException e) {
            if (e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** The names of the class's {@code __slots__} (cached in {@code __slotnames__} by copyreg), a list or None. */
    private static Object slotNames(PyType cls) {
        Object cached = cls.ownMember("__slotnames__");
        if (cached != null) {
            if (cached != Py.None && !(cached instanceof PyList)) {
                throw Exceptions.typeError(cls.name() + ".__slotnames__ should be a list or None, not "
                    + Py.typeOf(cached).name());
            }
            return cached;
        }
        Object names = Ops.call(Ops.getAttr(copyreg(), "_slotnames"), cls);
        if (names != Py.None && !(names instanceof PyList)) {
            throw Exceptions.typeError("copyreg._slotnames didn't return a list or None");
        }
        return names;
    }

    private static RuntimeException cannotPickle(PyType cls) {
        return Exceptions.typeError("cannot pickle '" + cls.name() + "' object");
    }
}
