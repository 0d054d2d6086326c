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
