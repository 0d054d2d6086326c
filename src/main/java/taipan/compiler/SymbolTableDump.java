package taipan.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a symbol table as the text tools/cpython_symtable_digests.py prints for
 * CPython's {@code _symtable.symtable}: per block, in pre-order and indented two
 * spaces per level, {@code block TYPE NAME LINENO NESTED [VARNAMES]}, then its
 * symbols sorted by code point as {@code NAME FLAGS} one level further in.
 */
public final class SymbolTableDump {
    private SymbolTableDump() {}

    public static String dump(SymbolTable table) {
        StringBuilder sb = new StringBuilder();
        walk(table.top(), 0, sb);
        return sb.toString();
    }

    private static void walk(Scope s, int depth, StringBuilder sb) {
        String pad = "  ".repeat(depth);
        sb.append(pad).append("block ").append(s.type().ordinal()).append(' ').append(s.name()).append(' ')
            .append(s.lineno()).append(' ').append(s.isNested() ? 1 : 0).append(" [")
            .append(String.join(",", s.varnames())).append("]\n");
        List<Map.Entry<String, Integer>> symbols = new ArrayList<>(s.symbols().entrySet());
        symbols.sort((a, b) -> compareCodePoints(a.getKey(), b.getKey()));
        for (Map.Entry<String, Integer> e : symbols) {
            sb.append(pad).append("  ").append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        }
        for (Scope c : s.children()) walk(c, depth + 1, sb);
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
