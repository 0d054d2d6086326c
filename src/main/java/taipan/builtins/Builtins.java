package taipan.builtins;

import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.Iterators;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;
import taipan.runtime.TypeSetup;

/**
 * The contents of the builtins module that do not need the interpreter: the
 * functions (this package), the built-in types, every exception class with
 * the aliases EnvironmentError and IOError, and the constants None, Ellipsis,
 * NotImplemented, True, False and {@code __debug__}. The interpreter adds
 * eval, exec, compile, globals, locals, {@code __import__},
 * {@code __build_class__}, super, open and the site builtins.
 */
public final class Builtins {
    private Builtins() {}

    private static final PyType[] TYPES = {
        BuiltinTypes.OBJECT, BuiltinTypes.TYPE, BuiltinTypes.INT, BuiltinTypes.BOOL, BuiltinTypes.FLOAT,
        BuiltinTypes.COMPLEX, BuiltinTypes.STR, BuiltinTypes.BYTES, BuiltinTypes.BYTEARRAY, BuiltinTypes.TUPLE,
        BuiltinTypes.LIST, BuiltinTypes.DICT, BuiltinTypes.SET, BuiltinTypes.FROZENSET, BuiltinTypes.RANGE,
        BuiltinTypes.SLICE, BuiltinTypes.PROPERTY, BuiltinTypes.CLASSMETHOD, BuiltinTypes.STATICMETHOD,
        Iterators.ENUMERATE, Iterators.ZIP, Iterators.MAP, Iterators.FILTER, Iterators.REVERSED,
    };

    /** Puts every builtin this package provides into {@code builtinsDict}. */
    public static void installInto(PyDict builtinsDict) {
        TypeSetup.installAll();
        BuiltinFunctions.installInto(builtinsDict);
        TypeChecks.installInto(builtinsDict);
        Aggregates.installInto(builtinsDict);
        Printing.installInto(builtinsDict);
        for (PyType t : TYPES) {
            builtinsDict.put(PyStr.of(t.name()), t);
        }
        for (PyType t : Exceptions.ALL) {
            builtinsDict.put(PyStr.of(t.name()), t);
        }
        builtinsDict.put(PyStr.of("EnvironmentError"), Exceptions.OS_ERROR);
        builtinsDict.put(PyStr.of("IOError"), Exceptions.OS_ERROR);
        builtinsDict.put(PyStr.of("None"), Py.None);
        builtinsDict.put(PyStr.of("Ellipsis"), Py.Ellipsis);
        builtinsDict.put(PyStr.of("NotImplemented"), Py.NotImplemented);
        builtinsDict.put(PyStr.of("True"), Boolean.TRUE);
        builtinsDict.put(PyStr.of("False"), Boolean.FALSE);
        builtinsDict.put(PyStr.of("__debug__"), Boolean.TRUE);
    }
}
