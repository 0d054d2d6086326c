package taipan.interpreter;

import taipan.bytecode.CodeObject;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Descriptor;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.ObjectMethods;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyCell;
import taipan.runtime.PyDict;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * {@code super(type, obj)} and zero-argument {@code super()}, which takes the
 * class from the method's {@code __class__} cell and the instance from its
 * first argument. Attribute lookup starts after {@code type} in the MRO of
 * {@code obj}'s class.
 */
public final class PySuper extends PyObject {
    public static final PyType TYPE = BuiltinTypes.SUPER;

    final PyType thisType;
    final Object obj;
    final PyType objType;

    PySuper(PyType cls, PyType thisType, Object obj, PyType objType) {
        super(cls);
        this.thisType = thisType;
        this.obj = obj;
        this.objType = objType;
    }

    static void install() {
        TYPE.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "super.__new__", "cls, *args, **kwargs", (s, a) -> {
                Object[] args = ((PyTuple) a[1]).items;
                if (((PyDict) a[2]).size() > 0) {
                    throw Exceptions.typeError("super() takes no keyword arguments");
                }
                if (args.length > 2) {
                    throw Exceptions.typeError("super() expected at most 2 arguments, got " + args.length);
                }
                return create((PyType) a[0], args.length > 0 ? args[0] : null, args.length > 1 ? args[1] : null);
            })));
        MethodDescriptor.define(TYPE, "__init__", "*args", (self, a) -> Py.None);
        MethodDescriptor.define(TYPE, "__getattribute__", "name, /", (self, a) -> {
            PySuper su = (PySuper) self;
            String name = ObjectMethods.attrName(a[0]);
            Object v = su.lookup(name);
            if (v == null) {
                throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, "'super' object has no attribute '" + name + "'");
            }
            return v;
        });
        MethodDescriptor.define(TYPE, "__get__", "obj, type=None, /", (self, a) -> {
            PySuper su = (PySuper) self;
            if (a[0] == Py.None || su.obj != null) {
                return su;
            }
            if (Py.typeOf(su) != TYPE) {
                return Ops.call(Py.typeOf(su), su.thisType, a[0]);
            }
            return create(TYPE, su.thisType, a[0]);
        });
        MethodDescriptor.define(TYPE, "__repr__", "", (self, a) -> {
            PySuper su = (PySuper) self;
            String t = su.thisType == null ? "NULL" : su.thisType.name();
            if (su.objType != null) {
                return PyStr.of("<super: <class '" + t + "'>, <" + su.objType.name() + " object>>");
            }
            return PyStr.of("<super: <class '" + t + "'>, NULL>");
        });
        GetSetDescriptor.define(TYPE, "__thisclass__", self -> ((PySuper) self).thisType);
        GetSetDescriptor.define(TYPE, "__self__", self -> orNone(((PySuper) self).obj));
        GetSetDescriptor.define(TYPE, "__self_class__", self -> orNone(((PySuper) self).objType));
    }

    private static Object orNone(Object o) {
        return o == null ? Py.None : o;
    }

    private static PySuper create(PyType cls, Object type, Object obj) {
        if (type == null) {
            return zeroArgument(cls);
        }
        if (!(type instanceof PyType t)) {
            throw Exceptions.typeError("super() argument 1 must be a type, not " + Py.typeOf(type).name());
        }
        if (obj == null || obj == Py.None) {
            return new PySuper(cls, t, null, null);
        }
        PyType objType;
        if (obj instanceof PyType ot && ot.isSubtypeOf(t)) {
            objType = ot;
        } else if (Py.typeOf(obj).isSubtypeOf(t)) {
            objType = Py.typeOf(obj);
        } else if (Ops.getAttrOrNull(obj, "__class__") instanceof PyType claimed && claimed.isSubtypeOf(t)) {
            objType = claimed;
        } else {
            throw Exceptions.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new PySuper(cls, t, obj, objType);
    }

    private static PySuper zeroArgument(PyType superType) {
        Frame f = ThreadState.current().frame;
        if (f == null) {
            throw Exceptions.runtimeError("super(): no current frame");
        }
        CodeObject c = f.code;
        if (c.argcount == 0 && (c.flags & CodeObject.CO_VARARGS) == 0) {
            throw Exceptions.runtimeError("super(): no arguments");
        }
        Object first = f.fast[0];
        for (int i = 0; i < c.cellvars.length; i++) {
            if (c.cell2arg != null && c.cell2arg[i] == 0) {
                first = ((PyCell) f.fast[c.varnames.length + i]).value;
            }
        }
        if (first == null) {
            throw Exceptions.runtimeError("super(): arg[0] deleted");
        }
        for (int i = 0; i < c.freevars.length; i++) {
            if (c.freevars[i].equals("__class__")) {
                Object cls = ((PyCell) f.fast[c.varnames.length + c.cellvars.length + i]).value;
                if (cls == null) {
                    throw Exceptions.runtimeError("super(): empty __class__ cell");
                }
                if (!(cls instanceof PyType t)) {
                    throw Exceptions.runtimeError("super(): __class__ is not a type (" + Py.typeOf(cls).name() + ")");
                }
                return create(superType, t, first);
            }
        }
        throw Exceptions.runtimeError("super(): __class__ cell not found");
    }

    /** The attribute {@code name} found after {@link #thisType} in the MRO, bound to obj; null when absent. */
    Object lookup(String name) {
        if (objType != null && !name.equals("__class__")) {
            PyType[] mro = objType.mro();
            int i = 0;
            while (i < mro.length && mro[i] != thisType) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                Object v = mro[i].ownMember(name);
                if (v != null) {
                    if (v instanceof Descriptor || Py.typeOf(v).lookup("__get__") != null) {
                        return Ops.bind(v, obj == objType ? null : obj, objType);
                    }
                    return v;
                }
            }
        }
        return Ops.genericGetAttr(this, name, Py.typeOf(this));
    }
}
