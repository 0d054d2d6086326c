package taipan.runtime;

/**
 * The built-in types every part of the runtime refers to, created in
 * dependency order. Their namespaces are filled afterwards by
 * {@link TypeSetup#installAll()}, which must run before Python code does.
 * Types used by one file only (iterators, views) live in that file.
 */
public final class BuiltinTypes {
    private BuiltinTypes() {}

    public static final PyType OBJECT = PyType.builtin(null, "object", null, PyInstance::new);
    public static final PyType TYPE = PyType.builtin(null, "type", OBJECT, null);

    static {
        OBJECT.type = TYPE;
        TYPE.type = TYPE;
        OBJECT.instancesHaveDict = false;
    }

    public static final PyType INT = builtin("int", OBJECT, null);
    public static final PyType BOOL = builtin("bool", INT, null);
    public static final PyType FLOAT = builtin("float", OBJECT, null);
    public static final PyType COMPLEX = builtin("complex", OBJECT, t -> new PyComplex(t, 0, 0));
    public static final PyType STR = builtin("str", OBJECT, t -> new PyStr(t, ""));
    public static final PyType BYTES = builtin("bytes", OBJECT, t -> new PyBytes(t, new byte[0]));
    public static final PyType BYTEARRAY = builtin("bytearray", OBJECT, PyByteArray::new);
    public static final PyType TUPLE = builtin("tuple", OBJECT, t -> new PyTuple(t, new Object[0])).withCollectionFlags(PyType.SEQUENCE_FLAG);
    public static final PyType LIST = builtin("list", OBJECT, PyList::new).withCollectionFlags(PyType.SEQUENCE_FLAG);
    public static final PyType DICT = builtin("dict", OBJECT, PyDict::new).withCollectionFlags(PyType.MAPPING_FLAG);
    public static final PyType SET = builtin("set", OBJECT, PySet::new);
    public static final PyType FROZENSET = builtin("frozenset", OBJECT, PySet::new);
    public static final PyType RANGE = builtin("range", OBJECT, null).withCollectionFlags(PyType.SEQUENCE_FLAG);
    public static final PyType SLICE = builtin("slice", OBJECT, null);
    public static final PyType NONE_TYPE = builtin("NoneType", OBJECT, null);
    public static final PyType NOT_IMPLEMENTED_TYPE = builtin("NotImplementedType", OBJECT, null);
    public static final PyType ELLIPSIS_TYPE = builtin("ellipsis", OBJECT, null);
    public static final PyType FUNCTION = builtin("function", OBJECT, null);
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method", OBJECT, null);
    public static final PyType METHOD_DESCRIPTOR = builtin("method_descriptor", OBJECT, null);
    public static final PyType WRAPPER_DESCRIPTOR = builtin("wrapper_descriptor", OBJECT, null);
    public static final PyType GETSET_DESCRIPTOR = builtin("getset_descriptor", OBJECT, null);
    public static final PyType CLASSMETHOD_DESCRIPTOR = builtin("classmethod_descriptor", OBJECT, null);
    public static final PyType METHOD = builtin("method", OBJECT, null);
    public static final PyType CODE = builtin("code", OBJECT, null);
    public static final PyType FRAME = builtin("frame", OBJECT, null);
    public static final PyType TRACEBACK = builtin("traceback", OBJECT, null);
    public static final PyType CELL = builtin("cell", OBJECT, null);
    public static final PyType MODULE = builtin("module", OBJECT, PyModule::new);
    public static final PyType PROPERTY = builtin("property", OBJECT, null);
    public static final PyType CLASSMETHOD = builtin("classmethod", OBJECT, null);
    public static final PyType STATICMETHOD = builtin("staticmethod", OBJECT, null);
    public static final PyType SUPER = builtin("super", OBJECT, null);
    public static final PyType MAPPINGPROXY = builtin("mappingproxy", OBJECT, null).withCollectionFlags(PyType.MAPPING_FLAG);

    static {
        FUNCTION.acceptsSubclasses = false;
        RANGE.acceptsSubclasses = false;
        SLICE.acceptsSubclasses = false;
        BOOL.acceptsSubclasses = false;
        NONE_TYPE.acceptsSubclasses = false;
        NOT_IMPLEMENTED_TYPE.acceptsSubclasses = false;
        ELLIPSIS_TYPE.acceptsSubclasses = false;
        MODULE.instancesHaveDict = true;
        FUNCTION.instancesHaveDict = true;
        FUNCTION.callFlags = PyType.METHOD_DESCRIPTOR | PyType.HAVE_VECTORCALL;
        METHOD_DESCRIPTOR.callFlags = PyType.METHOD_DESCRIPTOR | PyType.HAVE_VECTORCALL;
        WRAPPER_DESCRIPTOR.callFlags = PyType.METHOD_DESCRIPTOR | PyType.HAVE_VECTORCALL;
        BUILTIN_FUNCTION.callFlags = PyType.HAVE_VECTORCALL;
        METHOD.callFlags = PyType.HAVE_VECTORCALL;
        TYPE.callFlags = PyType.HAVE_VECTORCALL;
        STATICMETHOD.callFlags = PyType.HAVE_VECTORCALL;
    }

    /** A built-in type with base {@code base}; {@code factory} null inherits the base's layout. */
    public static PyType builtin(String name, PyType base, PyType.InstanceFactory factory) {
        return PyType.builtin(TYPE, name, base, factory);
    }
}
