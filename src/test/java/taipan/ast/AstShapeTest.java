package taipan.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Checks that our node classes have exactly the names, fields and attributes of
 * the installed CPython 3.11's {@code ast} module (the definition they are
 * generated from by tools/gen_ast.py).
 */
class AstShapeTest {
    private static final List<Class<?>> ROOTS = List.of(Mod.class, Stmt.class, Expr.class, Pattern.class,
        ExceptHandlerNode.class, TypeIgnoreNode.class, Comprehension.class, Arguments.class, Arg.class,
        Keyword.class, Alias.class, WithItem.class, MatchCase.class);

    @Test
    void nodeClassesMatchCPythonAstModule() throws Exception {
        String cpython = cpythonShapes();
        assumeTrue(cpython != null, "CPython 3.11 (python3) not found: AST shape check skipped");
        Map<String, String> ours = new TreeMap<>();
        for (Class<?> root : ROOTS) collect(root, ours);
        Map<String, String> theirs = new TreeMap<>();
        for (String line : cpython.split("\n")) {
            if (line.isBlank()) continue;
            theirs.put(line.substring(0, line.indexOf(' ')), line);
        }
        for (Class<?> e : List.of(ExprContext.class, BoolOpKind.class, Operator.class, UnaryOpKind.class, CmpOpKind.class)) {
            for (Object c : e.getEnumConstants()) ours.put(((Enum<?>) c).name(), ((Enum<?>) c).name() + " [] []");
        }
        assertEquals(String.join("\n", theirs.values()), String.join("\n", ours.values()));
    }

    private static void collect(Class<?> type, Map<String, String> out) throws Exception {
        if (type.isRecord()) {
            Object sample = sample(type);
            Node n = (Node) sample;
            String attrs = sample instanceof Located ? "[lineno, col_offset, end_lineno, end_col_offset]" : "[]";
            out.put(n.typeName(), n.typeName() + " " + List.of(n.fieldNames()) + " " + attrs);
            return;
        }
        if (type.isSealed()) for (Class<?> sub : type.getPermittedSubclasses()) collect(sub, out);
    }

    /** An instance with default component values, just to ask it its names. */
    private static Object sample(Class<?> record) throws Exception {
        var components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = types[i] == int.class ? 0 : null;
        }
        return record.getDeclaredConstructor(types).newInstance(args);
    }

    private static String cpythonShapes() throws IOException, InterruptedException {
        String script = String.join("\n",
            "import ast, sys",
            "assert sys.version_info[:2] == (3, 11)",
            "skip = {'Num','Str','Bytes','NameConstant','Ellipsis','Index','ExtSlice','Suite','Param','AugLoad','AugStore','slice'}",
            "abstract = {'AST','mod','stmt','expr','expr_context','boolop','operator','unaryop','cmpop','excepthandler','pattern','type_ignore'}",
            "for n, c in sorted(vars(ast).items()):",
            "    if isinstance(c, type) and issubclass(c, ast.AST) and n not in skip and n not in abstract:",
            "        print(n, list(c._fields), list(c._attributes))");
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", script).redirectErrorStream(false).start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() == 0 ? out.replace("'", "") : null;
    }
}
