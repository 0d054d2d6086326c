package taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import taipan.ast.Mod;
import taipan.parser.Parser;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;

/**
 * Contract: every program of tests/symtable_errors parses, and building its symbol
 * table raises exactly the SyntaxError CPython 3.11's symtable raises (message,
 * line, 1-based offset, end line, end offset, line text), as recorded in
 * {@code tests/symtable_errors/expected.tsv} by tools/symtable_error_expectations.py
 * (which also checks that {@code compile()} raises the same error). As CPython
 * re-reads the line text from the file, the file's bytes are passed for the text.
 * Runs without CPython.
 */
class SymtableErrorCorpusTest {
    static final Path CORPUS = Path.of("tests", "symtable_errors");

    record Case(String file, int lineno, int offset, int endLineno, int endOffset, String msg, String text) {}

    @Test
    void everyCorpusProgramRaisesCPythonsError() throws IOException {
        List<String> failures = new ArrayList<>();
        List<Case> cases = readExpectations();
        for (Case c : cases) {
            byte[] source = Files.readAllBytes(CORPUS.resolve(c.file()));
            String name = CORPUS.resolve(c.file()).toAbsolutePath().toString();
            String got;
            try {
                Mod.Module module = Parser.parseModule(source, name);
                SymbolTable.build(module, SourceFile.fromBytes(source, name), source);
                got = "no error";
            } catch (PythonSyntaxError e) {
                got = describe(new Case(c.file(), e.lineno, e.offset, e.endLineno, e.endOffset, e.msg, e.text));
            }
            String expected = describe(c);
            if (!expected.equals(got)) failures.add(c.file() + ":\n    expected " + expected + "\n    got      " + got);
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + cases.size() + " programs differ:\n"
            + String.join("\n", failures));
        assertTrue(cases.size() >= 30, "corpus too small: " + cases.size());
    }

    /** Every corpus file has an expectation and vice versa (regenerate with the tool otherwise). */
    @Test
    void expectationsCoverTheCorpus() throws IOException {
        TreeSet<String> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py"))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
        TreeSet<String> expected = new TreeSet<>();
        for (Case c : readExpectations()) expected.add(c.file());
        assertEquals(files, expected,
            "tests/symtable_errors/expected.tsv is stale: run python3 tools/symtable_error_expectations.py");
    }

    private static String describe(Case c) {
        return "SyntaxError: " + c.msg() + " at " + pos(c.lineno()) + ":" + pos(c.offset()) + "-"
            + pos(c.endLineno()) + ":" + pos(c.endOffset()) + " text=" + (c.text() == null ? "None"
            : "'" + c.text().replace("\n", "\\n") + "'");
    }

    private static String pos(int v) {
        return v == PythonSyntaxError.NONE ? "None" : Integer.toString(v);
    }

    static List<Case> readExpectations() throws IOException {
        List<Case> cases = new ArrayList<>();
        Path tsv = CORPUS.resolve("expected.tsv");
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 7) throw new IOException(tsv + ": expected 7 columns: " + line);
            cases.add(new Case(f[0], num(f[1]), num(f[2]), num(f[3]), num(f[4]), unescape(f[5]),
                f[6].equals("None") ? null : unescape(f[6])));
        }
        return cases;
    }

    private static int num(String s) {
        return s.equals("None") ? PythonSyntaxError.NONE : Integer.parseInt(s);
    }

    /** Reverses the escaping of tools/symtable_error_expectations.py. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
