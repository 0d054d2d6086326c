package taipan.modules.ast;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import taipan.ast.AstSchema;
import taipan.interpreter.PythonRuntime;
import taipan.runtime.Attributes;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyInstance;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * The classes of the {@code _ast} module. {@link #AST} is the built-in base
 * class (its {@code __new__} accepts and ignores any arguments, its
 * {@code __init__} takes the {@code _fields} positionally and any attribute by
 * keyword; {@code __reduce__} gives {@code (type, (), __dict__)});
 * every node class is made per runtime from {@link AstSchema} by calling
 * {@code type(name, (base,), namespace)}, as CPython does, so they are
 * ordinary mutable classes of module 'ast'. One {@code AstClasses} per
 * runtime: the {@code _ast} module and {@code compile()} share it, so trees
 * are recognised by the original classes even if the module is changed.
 */
public final class AstClasses {
    /** {@code ast.AST}: the base of every node class. */
    public static final PyType AST = BuiltinTypes.builtin("AST", BuiltinTypes.OBJECT, PyInstance::new);

    private static final Map<PythonRuntime, AstClasses> BY_RUNTIME = Collections.synchronizedMap(new WeakHashMap<>());

    static {
        installAstType();
    }

    /** Python class by node name (every class of the schema), in schema order. */
    final Map<String, PyType> byName = new LinkedHashMap<>();
    /** Schema entry by Python class. */
    final Map<PyType, AstSchema.NodeClass> schemaOf = new HashMap<>();
    /** The shared instances the parser's output uses for Load(), Add(), ... by name. */
    private final Map<String, PyObject> singletons = new HashMap<>();

    private AstClasses() {
        for (AstSchema.NodeClass c : AstSchema.CLASSES) {
            PyType base = c.base() == null ? AST : byName.get(c.base());
            PyDict ns = new PyDict();
            PyTuple fields = names(c.fields());
            ns.put(PyStr.of("_fields"), fields);
            ns.put(PyStr.of("__match_args__"), fields);
            ns.put(PyStr.of("__module__"), PyStr.of("ast"));
            ns.put(PyStr.of("__doc__"), PyStr.of(c.doc()));
            if (c.base() == null) {
                Object[] attrs = new Object[c.attributes().length];
                for (int i = 0; i < attrs.length; i++) attrs[i] = PyStr.of(c.attributes()[i]);
                ns.put(PyStr.of("_attributes"), new PyTuple(attrs));
            }
            for (String name : c.noneDefaults()) ns.put(PyStr.of(name), Py.None);
            PyType t = (PyType) Ops.call(BuiltinTypes.TYPE, PyStr.of(c.name()), PyTuple.of(base), ns);
            byName.put(c.name(), t);
            schemaOf.put(t, c);
        }
    }

    /** The classes of the current runtime, made on first use. */
    public static AstClasses current() {
        PythonRuntime rt = PythonRuntime.current();
        synchronized (BY_RUNTIME) {
            AstClasses c = BY_RUNTIME.get(rt);
            if (c == null) {
                c = new AstClasses();
                BY_RUNTIME.put(rt, c);
            }
            return c;
        }
    }

    PyType type(String name) {
        return byName.get(name);
    }

    /** The shared instance of a field-less class such as Load or Add. */
    PyObject singleton(String name) {
        return singletons.computeIfAbsent(name, n -> {
            PyType t = byName.get(n);
            return t.factory.create(t);
        });
    }

    private static PyTuple names(AstSchema.Field[] fields) {
        Object[] out = new Object[fields.length];
        for (int i = 0; i < out.length; i++) out[i] = PyStr.of(fields[i].name());
        return new PyTuple(out);
    }

    private static void installAstType() {
        PyType t = AST;
        t.instancesHaveDict = true;
        t.define("__module__", PyStr.of("ast"));
        t.define("_fields", PyTuple.of());
        t.define("_attributes", PyTuple.of());
        t.define("__match_args__", PyTuple.of());
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("ast", "AST.__new__", "cls, *args, **kwargs", (s, a) -> newInstance(a[0]))));
        MethodDescriptor.define(t, "__init__", "*args, **kwargs", (self, a) -> {
            init((PyObject) self, ((PyTuple) a[0]).items, (PyDict) a[1]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__reduce__", "", (self, a) ->
            PyTuple.of(Py.typeOf(self), PyTuple.of(), Attributes.dictOf((PyObject) self)));
    }

    /** AST.__new__: an empty instance of any subclass; the arguments are for __init__. */
    private static Object newInstance(Object cls) {
        if (!(cls instanceof PyType t)) {
            throw Exceptions.typeError("ast.AST.__new__(X): X is not a type object (" + Py.typeOf(cls).name() + ")");
        }
        if (!t.isSubtypeOf(AST)) {
            throw Exceptions.typeError("ast.AST.__new__(" + t.name() + "): " + t.name() + " is not a subtype of ast.AST");
        }
        return t.factory.create(t);
    }

    /** AST.__init__: positional arguments by {@code _fields}, keywords set as attributes. */
    private static void init(PyObject self, Object[] args, PyDict kwargs) {
        Object fields = Ops.getAttrOrNull(self.type, "_fields");
        int numFields = fields == null ? 0 : Ops.len(fields);
        String typeName = self.type.name();
        if (args.length > numFields) {
            throw Exceptions.typeError(typeName + " constructor takes at most " + numFields + " positional argument"
                + (numFields == 1 ? "" : "s"));
        }
        for (int i = 0; i < args.length; i++) {
            Ops.setAttr(self, attributeName(Ops.getItem(fields, (long) i)), args[i]);
        }
        for (int i = 0; i < kwargs.entryLimit(); i++) {
            Object key = kwargs.keyAt(i);
            if (key == null) continue;
            if (args.length > 0) {
                for (int j = 0; j < args.length; j++) {
                    if (Ops.eq(Ops.getItem(fields, (long) j), key)) {
                        throw Exceptions.typeError(typeName + " got multiple values for argument '"
                            + Ops.strString(key) + "'");
                    }
                }
            }
            Ops.setAttr(self, attributeName(key), kwargs.valueAt(i));
        }
    }

    private static String attributeName(Object name) {
        if (name instanceof PyStr s) return s.value();
        throw Exceptions.typeError("attribute name must be string, not '" + Py.typeOf(name).name() + "'");
    }
}
