package taipan.modules.ast;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import taipan.ast.AstSchema;
import taipan.ast.BoolOpKind;
import taipan.ast.CmpOpKind;
import taipan.ast.ConstantValue;
import taipan.ast.ExprContext;
import taipan.ast.Node;
import taipan.ast.Operator;
import taipan.ast.UnaryOpKind;
import taipan.interpreter.ThreadState;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyComplex;
import taipan.runtime.PyList;
import taipan.runtime.PyStr;

/**
 * Python objects of the {@code _ast} classes to our syntax tree, as CPython
 * 3.11's {@code obj2ast} functions do it, with their errors: a missing
 * required field or attribute is TypeError 'required field "x" missing from
 * T', an object of the wrong class 'expected some sort of expr, but got ...',
 * a sequence field that is not a list 'T field "x" must be a list, not a U',
 * a required field that is None ValueError "field 'x' is required for T",
 * identifiers and strings must be str, ints int. Sum types read their
 * position attributes before the fields, products after; a missing
 * end_lineno/end_col_offset is taken as lineno/col_offset. Constants are kept
 * as our constant values where they have one, else as the Python object
 * (tuple, frozenset, complex with a real part, or an invalid value for
 * {@link AstValidator} to reject).
 */
final class PythonToAst {
    private static final Map<String, AstSchema.NodeClass> SCHEMA = new HashMap<>();
    /** The concrete classes of each sum type, in CPython's order. */
    private static final Map<String, List<AstSchema.NodeClass>> CONSTRUCTORS = new HashMap<>();

    static {
        for (AstSchema.NodeClass c : AstSchema.CLASSES) {
            SCHEMA.put(c.name(), c);
            if (c.base() != null) CONSTRUCTORS.computeIfAbsent(c.base(), k -> new ArrayList<>()).add(c);
        }
    }

    private final AstClasses classes;
    private int depth;

    private PythonToAst(AstClasses classes) {
        this.classes = classes;
    }

    /** Converts {@code obj}, a node of sum or product type {@code typeName}. */
    static Object convert(Object obj, String typeName) {
        return new PythonToAst(AstClasses.current()).value(obj, typeName);
    }

    private Object value(Object obj, String type) {
        return switch (type) {
            case "identifier" -> identifier(obj);
            case "string" -> string(obj);
            case "int" -> integer(obj);
            case "constant" -> constant(obj);
            default -> {
                AstSchema.NodeClass schema = SCHEMA.get(type);
                if (++depth > ThreadState.recursionLimit) {
                    throw Exceptions.error(Exceptions.RECURSION_ERROR,
                        "maximum recursion depth exceeded while traversing '" + type + "' node");
                }
                try {
                    yield schema.base() == null && CONSTRUCTORS.containsKey(type) ? sum(obj, schema) : product(obj, schema);
                } finally {
                    depth--;
                }
            }
        };
    }

    private Object sum(Object obj, AstSchema.NodeClass sum) {
        if (isEnumSum(sum.name())) {
            AstSchema.NodeClass c = constructorOf(obj, sum.name());
            if (c == null) throw expected(sum.name(), obj);
            return enumValue(sum.name(), c.name());
        }
        if (obj == Py.None) return null;
        int[] attrs = attributes(obj, sum);
        AstSchema.NodeClass c = constructorOf(obj, sum.name());
        if (c == null) throw expected(sum.name(), obj);
        return build(c, fields(obj, c), attrs);
    }

    private Object product(Object obj, AstSchema.NodeClass c) {
        Object[] f = fields(obj, c);
        int[] attrs = attributes(obj, c);
        return build(c, f, attrs);
    }

    /** The concrete class of sum type {@code sumName} that obj is an instance of, or null. */
    private AstSchema.NodeClass constructorOf(Object obj, String sumName) {
        for (AstSchema.NodeClass c : CONSTRUCTORS.get(sumName)) {
            if (Py.typeOf(obj).isSubtypeOf(classes.type(c.name()))) return c;
        }
        return null;
    }

    private static RuntimeException expected(String what, Object obj) {
        return Exceptions.typeError("expected some sort of " + what + ", but got " + Ops.reprString(obj));
    }

    /** lineno and col_offset required; end_lineno and end_col_offset default to them. */
    private int[] attributes(Object obj, AstSchema.NodeClass owner) {
        String[] names = owner.attributes();
        if (names.length == 0) return new int[0];
        int[] out = new int[4];
        for (int i = 0; i < 4; i++) {
            Object v = Ops.getAttrOrNull(obj, names[i]);
            if (i >= 2 && (v == null || v == Py.None)) {
                out[i] = out[i - 2];
                continue;
            }
            if (v == null) throw missing(names[i], owner.name());
            out[i] = integer(v);
        }
        return out;
    }

    private Object[] fields(Object obj, AstSchema.NodeClass c) {
        AstSchema.Field[] fields = c.fields();
        Object[] out = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            AstSchema.Field f = fields[i];
            Object v = Ops.getAttrOrNull(obj, f.name());
            switch (f.quantifier()) {
                case '*' -> {
                    if (v == null) throw missing(f.name(), c.name());
                    if (!(v instanceof PyList list)) {
                        throw Exceptions.typeError(c.name() + " field \"" + f.name() + "\" must be a list, not a "
                            + Py.typeOf(v).name());
                    }
                    int n = list.size;
                    List<Object> items = new ArrayList<>(n);
                    for (int k = 0; k < n; k++) {
                        items.add(value(list.items[k], f.type()));
                        if (list.size != n) {
                            throw Exceptions.runtimeError(c.name() + " field \"" + f.name()
                                + "\" changed size during iteration");
                        }
                    }
                    out[i] = items;
                }
                case '?' -> out[i] = v == null || v == Py.None ? null : value(v, f.type());
                default -> {
                    if (v == null) throw missing(f.name(), c.name());
                    out[i] = value(v, f.type());
                }
            }
        }
        return out;
    }

    /**
     * CPython's node constructors: a required field may not be None, except an
     * int, an operator kind or a constant (None is a constant value).
     */
    private static Node build(AstSchema.NodeClass c, Object[] f, int[] attrs) {
        AstSchema.Field[] fields = c.fields();
        for (int i = 0; i < fields.length; i++) {
            AstSchema.Field field = fields[i];
            if (field.quantifier() == ' ' && f[i] == null && !field.type().equals("int")
                && !field.type().equals("constant") && !isEnumSum(field.type())) {
                throw Exceptions.valueError("field '" + field.name() + "' is required for " + c.name());
            }
        }
        return AstSchema.construct(c.name(), f, attrs);
    }

    private static boolean isEnumSum(String type) {
        return switch (type) {
            case "expr_context", "boolop", "operator", "unaryop", "cmpop" -> true;
            default -> false;
        };
    }

    private static Object enumValue(String sum, String name) {
        return switch (sum) {
            case "expr_context" -> ExprContext.valueOf(name);
            case "boolop" -> BoolOpKind.valueOf(name);
            case "operator" -> Operator.valueOf(name);
            case "unaryop" -> UnaryOpKind.valueOf(name);
            case "cmpop" -> CmpOpKind.valueOf(name);
            default -> throw new IllegalArgumentException(sum);
        };
    }

    private static RuntimeException missing(String field, String owner) {
        return Exceptions.typeError("required field \"" + field + "\" missing from " + owner);
    }

    private static String identifier(Object obj) {
        if (obj == Py.None) return null;
        if (!(obj instanceof PyStr s) || s.type != BuiltinTypes.STR) {
            throw Exceptions.typeError("AST identifier must be of type str");
        }
        return s.value();
    }

    private static String string(Object obj) {
        if (obj == Py.None) return null;
        if (obj instanceof PyStr s && s.type == BuiltinTypes.STR) return s.value();
        if (obj instanceof PyBytes b && b.type == BuiltinTypes.BYTES) return new String(b.bytes, StandardCharsets.UTF_8);
        throw Exceptions.typeError("AST string must be of type str");
    }

    private static int integer(Object obj) {
        if (!Ops.isInt(obj)) throw Exceptions.valueError("invalid integer value: " + Ops.reprString(obj));
        Object v = Ops.intValue(obj);
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) return (int) (long) l;
        throw Exceptions.overflowError("Python int too large to convert to C int");
    }

    /** Our constant value for a Python object (the object itself where we have no other form). */
    static Object constant(Object obj) {
        if (obj == Py.None) return null;
        if (obj == Py.Ellipsis) return ConstantValue.Ellipsis.INSTANCE;
        if (obj instanceof Boolean || obj instanceof Long || obj instanceof Double) return obj;
        if (obj instanceof BigInteger) return obj;
        if (obj instanceof PyStr s && s.type == BuiltinTypes.STR) return s.value();
        if (obj instanceof PyBytes b && b.type == BuiltinTypes.BYTES) return b.bytes;
        if (obj instanceof PyComplex c && c.type == BuiltinTypes.COMPLEX && c.real == 0.0
            && Double.doubleToRawLongBits(c.real) == 0L) {
            return new ConstantValue.Imaginary(c.imag);
        }
        return obj;
    }
}
