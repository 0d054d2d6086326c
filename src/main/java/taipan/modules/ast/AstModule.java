package taipan.modules.ast;

import java.util.Map;
import taipan.ast.Mod;
import taipan.ast.Node;
import taipan.compiler.Compiler;
import taipan.runtime.Exceptions;
import taipan.runtime.Py;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;

/**
 * The {@code _ast} module that Lib/ast.py star-imports: {@code AST}, one class
 * per node type of CPython 3.11's grammar (see {@link AstClasses}) and the
 * compile() flags {@code PyCF_ONLY_AST}, {@code PyCF_TYPE_COMMENTS} and
 * {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}; and the conversions compile() uses
 * between our tree and these objects.
 */
public final class AstModule {
    /** compile() flag: return the tree instead of a code object. */
    public static final long PY_CF_ONLY_AST = 0x400;
    /** compile() flag: "# type:" comments are part of the grammar (type_comment fields, type_ignores). */
    public static final long PY_CF_TYPE_COMMENTS = 0x1000;
    /** compile() flag: await, async for and async with at top level (the module exports the value only). */
    public static final long PY_CF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    private AstModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_ast");
        m.dict.put(PyStr.of("AST"), AstClasses.AST);
        for (Map.Entry<String, PyType> e : AstClasses.current().byName.entrySet()) {
            m.dict.put(PyStr.of(e.getKey()), e.getValue());
        }
        m.dict.put(PyStr.of("PyCF_ONLY_AST"), PY_CF_ONLY_AST);
        m.dict.put(PyStr.of("PyCF_TYPE_COMMENTS"), PY_CF_TYPE_COMMENTS);
        m.dict.put(PyStr.of("PyCF_ALLOW_TOP_LEVEL_AWAIT"), PY_CF_ALLOW_TOP_LEVEL_AWAIT);
        return m;
    }

    /** Whether {@code o} is an instance of {@code ast.AST}. */
    public static boolean isAst(Object o) {
        return Py.typeOf(o).isSubtypeOf(AstClasses.AST);
    }

    /** A parsed tree as Python objects (compile() with PyCF_ONLY_AST). */
    public static Object toPython(Node tree) {
        return AstToPython.convert(tree);
    }

    /**
     * A tree of Python objects as our tree, ready to compile in {@code mode}:
     * checked to be the mode's root class, converted and validated as CPython does.
     */
    public static Mod toCompilable(Object tree, Compiler.Mode mode) {
        String required = switch (mode) {
            case EXEC -> "Module";
            case EVAL -> "Expression";
            case SINGLE -> "Interactive";
        };
        if (!Py.typeOf(tree).isSubtypeOf(AstClasses.current().type(required))) {
            throw Exceptions.typeError("expected " + required + " node, got " + Py.typeOf(tree).name());
        }
        Mod mod = (Mod) PythonToAst.convert(tree, "mod");
        AstValidator.validate(mod);
        return mod;
    }
}
