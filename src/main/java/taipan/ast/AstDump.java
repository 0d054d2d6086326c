package taipan.ast;

import java.util.List;

/**
 * Prints a tree exactly as CPython 3.11's
 * {@code ast.dump(tree, include_attributes=True)} does: fields in order with
 * their names, optional fields that are None left out, lists in brackets,
 * constants by their Python repr, then the position attributes.
 */
public final class AstDump {
    private static final String[] ATTRIBUTES = {"lineno", "col_offset", "end_lineno", "end_col_offset"};

    private AstDump() {}

    /**
     * About how deep a tree CPython 3.11's {@code ast.parse} can turn into Python
     * objects when called from a module-level script (3 x the default recursion
     * limit of 1000, less 3 per active Python frame) before it raises RecursionError.
     * Approximate: CPython's own boundary moves by a few levels with the shape of the tree.
     */
    public static final int MAX_CONSTRUCTION_DEPTH = 3 * 1000 - 3 * 2;

    /** The nesting depth of a tree (the root counts 1), computed without recursion. */
    public static int depth(Node root) {
        java.util.ArrayDeque<Object> stack = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        stack.push(root);
        depths.push(1);
        int max = 0;
        while (!stack.isEmpty()) {
            Object value = stack.pop();
            int d = depths.pop();
            if (value instanceof Node n) {
                max = Math.max(max, d);
                for (int i = 0; i < n.fieldNames().length; i++) {
                    Object child = n.fieldValue(i);
                    if (child instanceof Node || child instanceof List) {
                        stack.push(child);
                        depths.push(d + 1);
                    }
                }
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Node) {
                        stack.push(item);
                        depths.push(d);
                    }
                }
            }
        }
        return max;
    }

    public static String dump(Node node) {
        StringBuilder sb = new StringBuilder(4096);
        appendNode(sb, node);
        return sb.toString();
    }

    private static void appendNode(StringBuilder sb, Node node) {
        sb.append(node.typeName()).append('(');
        String[] names = node.fieldNames();
        boolean first = true;
        for (int i = 0; i < names.length; i++) {
            Object value = node.fieldValue(i);
            if (value == null && node.fieldOptional(i)) continue;
            if (!first) sb.append(", ");
            first = false;
            sb.append(names[i]).append('=');
            appendValue(sb, value);
        }
        if (node instanceof Located loc) {
            int[] values = {loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset()};
            for (int i = 0; i < 4; i++) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(ATTRIBUTES[i]).append('=').append(values[i]);
            }
        }
        sb.append(')');
    }

    private static void appendValue(StringBuilder sb, Object value) {
        switch (value) {
            case null -> sb.append("None");
            case Node n -> appendNode(sb, n);
            case Enum<?> e when !(e instanceof ConstantValue.Ellipsis) -> sb.append(e.name()).append("()");
            case List<?> list -> {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) sb.append(", ");
                    appendValue(sb, list.get(i));
                }
                sb.append(']');
            }
            default -> ConstantRepr.append(sb, value);
        }
    }
}
