package taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import taipan.ast.Expr;
import taipan.ast.Located;
import taipan.ast.Mod;
import taipan.ast.Stmt;
import taipan.parser.Parser;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;

/**
 * Contract: for every stdlib file CPython 3.11 compiles, every nested code object
 * CPython makes has a block in our symbol table at the same place (path of
 * {@code co_name@co_firstlineno}) agreeing on what the compiler takes from the
 * symbol table: generator / coroutine / async-generator flag, nesting, *args and
 * **kwargs, the sorted cell and free variable names (including the implicit
 * {@code __class__} cell). These are facts {@code _symtable} does not expose, so
 * StdlibSymtableTest cannot see them. One-directional because CPython drops code
 * objects in unreachable code. CPython's side: tools/cpython_code_scopes.py.
 * Skipped without CPython 3.11. {@code -Dtaipan.codeScopesRoot=DIR} checks another
 * directory (e.g. programs from tools/gen_symtable_fuzz.py) instead of the stdlib.
 */
class StdlibCodeScopesTest {
    static final Path SCRIPT = Path.of("tools", "cpython_code_scopes.py");
    static final int DETAILED = 10;

    @Test
    void everyCPythonCodeObjectAgreesWithOurBlock() throws Exception {
        taipan.testing.CPythonOracle.CPython python = taipan.testing.CPythonOracle.findCPython311();
        Assumptions.assumeTrue(python != null, "no CPython 3.11 found: code-object scope comparison skipped");
        Path root = Path.of(System.getProperty("taipan.codeScopesRoot", python.lib().toString()));
        Path out = Files.createTempFile("cpython-code-scopes", ".txt");
        Path err = Files.createTempFile("cpython-code-scopes", ".err");
        try {
            Process p = new ProcessBuilder(python.executable(), SCRIPT.toString(), root.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail(SCRIPT + " did not finish");
            }
            if (p.exitValue() != 0) fail(SCRIPT + " failed:\n" + Files.readString(err));
            int files = 0;
            int codes = 0;
            List<String> problems = new ArrayList<>();
            TreeSet<String> badFiles = new TreeSet<>();
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                String rel = line.substring(0, tab);
                String theirs = line.substring(tab + 1);
                if (theirs.equals("ERROR")) continue;
                files++;
                Map<String, List<String>> ours = ourEntries(root.resolve(rel));
                if (ours == null) {
                    badFiles.add(rel);
                    problems.add(rel + ": our parser or symbol table raised");
                    continue;
                }
                if (theirs.isEmpty()) continue;
                for (String entry : theirs.split("\\|")) {
                    codes++;
                    int sp = entry.indexOf(' ');
                    String key = entry.substring(0, sp);
                    String facts = entry.substring(sp + 1);
                    List<String> mine = ours.getOrDefault(key, List.of());
                    if (!mine.contains(facts)) {
                        badFiles.add(rel);
                        problems.add(rel + ": " + key + ": CPython " + facts + ", ours " + mine);
                    }
                }
            }
            System.out.printf("StdlibCodeScopesTest: %d files, %d code objects compared, %d disagreements in %d"
                + " files%n", files, codes, problems.size(), badFiles.size());
            String report = badFiles.size() + " files disagree: " + badFiles + "\n"
                + String.join("\n", problems.subList(0, Math.min(DETAILED, problems.size())));
            assertTrue(problems.isEmpty(), report);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Our blocks as KEY -> list of "TAG FLAGS CELLVARS FREEVARS", or null when we raise. */
    static Map<String, List<String>> ourEntries(Path file) throws IOException {
        byte[] source = Files.readAllBytes(file);
        String name = file.toAbsolutePath().toString();
        SymbolTable table;
        try {
            Mod.Module module = Parser.parseModule(source, name);
            table = SymbolTable.build(module, SourceFile.fromBytes(source, name));
        } catch (PythonSyntaxError | StackOverflowError e) {
            return null;
        }
        Map<String, List<String>> map = new HashMap<>();
        for (Scope c : table.top().children()) walk(c, "", map);
        return map;
    }

    private static void walk(Scope s, String prefix, Map<String, List<String>> map) {
        String key = prefix + "/" + codeName(s) + "@" + firstLine(s);
        String tag = s.isGenerator() && s.isCoroutine() ? "AG" : s.isCoroutine() ? "C" : s.isGenerator() ? "G" : "-";
        int flags = 0;
        if (s.type() == Scope.Type.FUNCTION) {
            if (s.hasVarargs()) flags |= 0x04;
            if (s.hasVarkeywords()) flags |= 0x08;
            if (s.isNested()) flags |= 0x10;
        } else {
            tag = "-";
        }
        TreeSet<String> cells = new TreeSet<>();
        TreeSet<String> frees = new TreeSet<>();
        for (Map.Entry<String, Integer> e : s.symbols().entrySet()) {
            int scope = (e.getValue() >> Scope.SCOPE_OFFSET) & Scope.SCOPE_MASK;
            if (scope == Scope.CELL) cells.add(e.getKey());
            if (scope == Scope.FREE || (e.getValue() & Scope.DEF_FREE_CLASS) != 0) frees.add(e.getKey());
        }
        if (s.needsClassClosure()) cells.add("__class__");
        String facts = tag + " " + Integer.toHexString(flags) + " " + join(cells) + " " + join(frees);
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(facts);
        for (Scope c : s.children()) walk(c, key, map);
    }

    private static String join(TreeSet<String> names) {
        return names.isEmpty() ? "-" : String.join(",", names);
    }

    private static String codeName(Scope s) {
        if (s.node() instanceof Expr.Lambda) return "<lambda>";
        if (s.comprehension() != Scope.Comprehension.NONE) return "<" + s.name() + ">";
        return s.name();
    }

    private static int firstLine(Scope s) {
        List<Expr> decorators = switch (s.node()) {
            case Stmt.FunctionDef f -> f.decoratorList();
            case Stmt.AsyncFunctionDef f -> f.decoratorList();
            case Stmt.ClassDef c -> c.decoratorList();
            default -> List.of();
        };
        return decorators.isEmpty() ? s.lineno() : ((Located) decorators.get(0)).lineno();
    }
}
