package taipan.modules.ast;

import java.math.BigInteger;
import java.util.List;
import taipan.ast.AstDump;
import taipan.ast.ConstantValue;
import taipan.ast.Located;
import taipan.ast.Node;
import taipan.runtime.Attributes;
import taipan.runtime.Exceptions;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyComplex;
import taipan.runtime.PyList;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;

/**
 * Our syntax tree as Python objects of the {@code _ast} classes, as
 * {@code compile(..., PyCF_ONLY_AST)} returns it: every field set on the
 * instance (absent optional values as None), sequences as lists, identifiers
 * as str, constants as Python values, the four position attributes on located
 * nodes, and the shared instances for Load(), Add(), ... as CPython's parser
 * output has. Trees deeper than CPython can build raise its RecursionError.
 */
public final class AstToPython {
    private static final String[] ATTRIBUTES = {"lineno", "col_offset", "end_lineno", "end_col_offset"};

    private final AstClasses classes;

    private AstToPython(AstClasses classes) {
        this.classes = classes;
    }

    /** The Python tree for {@code root}. */
    public static Object convert(Node root) {
        if (AstDump.depth(root) > AstDump.MAX_CONSTRUCTION_DEPTH) {
            throw Exceptions.error(Exceptions.RECURSION_ERROR, "maximum recursion depth exceeded during ast construction");
        }
        return new AstToPython(AstClasses.current()).node(root);
    }

    private Object node(Node n) {
        PyType type = classes.type(n.typeName());
        PyObject o = type.factory.create(type);
        String[] names = n.fieldNames();
        for (int i = 0; i < names.length; i++) {
            Attributes.setInstanceAttribute(o, names[i], value(n.fieldValue(i)));
        }
        if (n instanceof Located loc) {
            int[] values = {loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset()};
            for (int i = 0; i < 4; i++) Attributes.setInstanceAttribute(o, ATTRIBUTES[i], (long) values[i]);
        }
        return o;
    }

    private Object value(Object v) {
        return switch (v) {
            case null -> Py.None;
            case Node n -> node(n);
            case List<?> list -> {
                Object[] items = new Object[list.size()];
                for (int i = 0; i < items.length; i++) items[i] = value(list.get(i));
                yield new PyList(items);
            }
            case ConstantValue.Ellipsis e -> Py.Ellipsis;
            case Enum<?> e -> classes.singleton(e.name());
            default -> constant(v);
        };
    }

    /** The Python value of a constant (or identifier, string or int field) of our tree. */
    static Object constant(Object v) {
        return switch (v) {
            case null -> Py.None;
            case String s -> new PyStr(s);
            case Integer i -> (long) i;
            case BigInteger big -> Py.newInt(big);
            case byte[] bytes -> new PyBytes(bytes);
            case ConstantValue.Ellipsis e -> Py.Ellipsis;
            case ConstantValue.Imaginary im -> new PyComplex(0.0, im.imag());
            case ConstantValue.CodePoints cps -> new PyStr(new String(cps.codePoints(), 0, cps.codePoints().length));
            default -> v;
        };
    }
}
