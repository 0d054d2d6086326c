package taipan.ast;

/**
 * A node of the syntax tree. Node classes mirror CPython's {@code ast} module
 * one for one (see tools/gen_ast.py); this interface gives the generic view
 * that {@link AstDump} and later the {@code _ast} module use: the Python class
 * name and the fields in CPython's order.
 */
public interface Node {
    /** The CPython class name, e.g. "BinOp" or "arguments". */
    String typeName();

    /** Field names in CPython's order (attributes such as lineno excluded). */
    String[] fieldNames();

    /** Whether field i is optional ({@code ?} in the ASDL): None is then left out of dumps. */
    boolean fieldOptional(int i);

    /** The value of field i: a Node, an enum constant, a List, a String, a boxed int or a constant. */
    Object fieldValue(int i);
}
