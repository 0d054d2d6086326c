package taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static taipan.testing.CPythonOracle.findCPython311;
import static taipan.testing.CPythonOracle.listPyFiles;
import static taipan.testing.CPythonOracle.readDigests;
import static taipan.testing.CPythonOracle.readKnownDifferences;
import static taipan.testing.CPythonOracle.sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import taipan.ast.Mod;
import taipan.parser.Parser;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;
import taipan.testing.CPythonOracle.CPython;

/**
 * Contract: for every .py file of the installed CPython 3.11's Lib directory
 * (site-packages excluded), our parser plus {@link SymbolTable} produce exactly
 * the table text tools/cpython_symtable_digests.py prints for CPython's
 * {@code _symtable.symtable(src, f, 'exec')} (block type, name, line, nesting,
 * parameters, children order, and every symbol's raw flag word including its
 * resolved scope), or, when CPython raises, the same {@code type: str(e)} line.
 * Files listed in {@code tests/stdlib_symtable_known_differences.txt} (relative
 * path TAB reason) are exempt; a listed file that now matches fails the test, so
 * the list only shrinks. CPython's digests come from a separate process started
 * first; for the first few mismatches the failure shows the first differing lines
 * of both texts. The same comparison runs over the hand-written tricky programs
 * of {@code tests/symtable_valid} and over random scoping programs from
 * tools/gen_symtable_fuzz.py, where every file must match. Skipped when no CPython 3.11 is found ({@code -Dtaipan.python},
 * {@code python3}, {@code python3.11}).
 */
class StdlibSymtableTest {
    static final Path DIGEST_SCRIPT = Path.of("tools", "cpython_symtable_digests.py");
    static final Path KNOWN_DIFFERENCES = Path.of("tests", "stdlib_symtable_known_differences.txt");
    static final Path VALID_CORPUS = Path.of("tests", "symtable_valid");
    static final Path FUZZ_SCRIPT = Path.of("tools", "gen_symtable_fuzz.py");
    static final int FUZZ_PROGRAMS = 3000;
    static final int DETAILED_MISMATCHES = 5;
    static final long TIMEOUT_MINUTES = 10;

    @Test
    void everyStdlibFileHasCPythonsSymbolTable() throws Exception {
        CPython python = findCPython311();
        Assumptions.assumeTrue(python != null,
            "no CPython 3.11 found (tried -Dtaipan.python, python3, python3.11): stdlib symtable comparison skipped");
        Path out = Files.createTempFile("cpython-symtable", ".txt");
        Path err = Files.createTempFile("cpython-symtable", ".err");
        try {
            Process cpython = new ProcessBuilder(python.executable(), DIGEST_SCRIPT.toString(),
                    "--jobs", "1", python.lib().toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            long start = System.nanoTime();
            List<String> files = listPyFiles(python.lib());
            Map<String, String> ours = digestAll(python.lib(), files);
            long oursDone = System.nanoTime();
            if (!cpython.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                cpython.destroyForcibly();
                fail(DIGEST_SCRIPT + " did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            if (cpython.exitValue() != 0) {
                fail(DIGEST_SCRIPT + " failed (exit " + cpython.exitValue() + "):\n" + Files.readString(err));
            }
            Map<String, String> theirs = readDigests(out);
            System.out.printf("StdlibSymtableTest: Taipan built %d tables in %.1f s; CPython's digests ready after"
                + " %.1f s%n", ours.size(), (oursDone - start) / 1e9, (System.nanoTime() - start) / 1e9);
            compare(python, files, ours, theirs);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The hand-written corpus of tricky valid programs, tests/symtable_valid: all must match. */
    @Test
    void trickyProgramsHaveCPythonsSymbolTables() throws Exception {
        CPython python = findCPython311();
        Assumptions.assumeTrue(python != null, "no CPython 3.11 found: symtable corpus comparison skipped");
        compareDirectory(python, VALID_CORPUS.toAbsolutePath(), 30);
    }

    /**
     * Random programs from tools/gen_symtable_fuzz.py (fixed seed; about a third
     * build a table, the rest raise symtable or parser errors): all must match.
     * {@code -Dtaipan.fuzzSeed=N -Dtaipan.fuzzCount=M} explore other programs.
     */
    @Test
    void randomScopingProgramsMatchCPython() throws Exception {
        CPython python = findCPython311();
        Assumptions.assumeTrue(python != null, "no CPython 3.11 found: random symtable comparison skipped");
        Path dir = Files.createTempDirectory("symtable-fuzz");
        try {
            String seed = System.getProperty("taipan.fuzzSeed", "20261124");
            int count = Integer.getInteger("taipan.fuzzCount", FUZZ_PROGRAMS);
            Process gen = new ProcessBuilder(python.executable(), FUZZ_SCRIPT.toString(), seed,
                    Integer.toString(count), dir.toString()).redirectErrorStream(true).start();
            String output = new String(gen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!gen.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || gen.exitValue() != 0) {
                fail(FUZZ_SCRIPT + " failed:\n" + output);
            }
            compareDirectory(python, dir, count);
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            Files.delete(dir);
        }
    }

    /** Every .py file under root (at least minFiles of them) has CPython's table text, or its error line. */
    private static void compareDirectory(CPython python, Path root, int minFiles) throws Exception {
        Process cpython = new ProcessBuilder(python.executable(), DIGEST_SCRIPT.toString(), "--jobs", "1",
                root.toString()).redirectErrorStream(true).start();
        String output = new String(cpython.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!cpython.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || cpython.exitValue() != 0) {
            fail(DIGEST_SCRIPT + " failed on " + root + ":\n" + output);
        }
        Path out = Files.createTempFile("cpython-symtable-corpus", ".txt");
        try {
            Files.writeString(out, output);
            Map<String, String> theirs = readDigests(out);
            List<String> files = listPyFiles(root);
            Map<String, String> ours = digestAll(root, files);
            StringBuilder report = new StringBuilder();
            int differing = 0;
            for (String rel : files) {
                if (!ours.get(rel).equals(theirs.get(rel))) {
                    if (differing++ < DETAILED_MISMATCHES) report.append(firstDifference(python, root, rel));
                }
            }
            assertTrue(files.size() >= minFiles && theirs.size() == files.size(), "corpus incomplete: " + files.size());
            String summary = differing + " of " + files.size() + " programs under " + root + " differ:";
            assertTrue(report.isEmpty(), () -> summary + report);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void compare(CPython python, List<String> files, Map<String, String> ours,
                                Map<String, String> theirs) throws Exception {
        Map<String, String> known = readKnownDifferences(KNOWN_DIFFERENCES);
        StringBuilder report = new StringBuilder();
        List<String> unexpected = new ArrayList<>();
        List<String> nowMatching = new ArrayList<>();
        int matching = 0;
        for (String rel : files) {
            if (!theirs.containsKey(rel)) {
                report.append("no CPython digest for ").append(rel).append('\n');
                continue;
            }
            boolean same = theirs.get(rel).equals(ours.get(rel));
            if (same) matching++;
            if (!same && !known.containsKey(rel)) unexpected.add(rel);
            if (same && known.containsKey(rel)) nowMatching.add(rel);
        }
        String summary = String.format("%d files under %s: %d identical, %d differ (%d known, %d unexpected); "
                + "%d known-difference entries now match%n", files.size(), python.lib(), matching,
            files.size() - matching, files.size() - matching - unexpected.size(), unexpected.size(),
            nowMatching.size());
        System.out.print("StdlibSymtableTest: " + summary);
        if (!unexpected.isEmpty()) {
            report.append(unexpected.size()).append(" files whose symbol table differs from CPython's (add to ")
                .append(KNOWN_DIFFERENCES).append(" only with a reason):\n");
            for (String rel : unexpected) report.append("  ").append(rel).append('\n');
            for (String rel : unexpected.subList(0, Math.min(DETAILED_MISMATCHES, unexpected.size()))) {
                report.append(firstDifference(python, python.lib(), rel));
            }
        }
        if (!nowMatching.isEmpty()) {
            report.append("known-difference entries that now match CPython; remove them from ")
                .append(KNOWN_DIFFERENCES).append(":\n");
            for (String rel : nowMatching) report.append("  ").append(rel).append('\n');
        }
        assertTrue(report.isEmpty(), () -> summary + report);
    }

    /** The text the script hashes, for Taipan: the table dump, or the error line. */
    static String ourText(Path file) throws IOException {
        byte[] source = Files.readAllBytes(file);
        String name = file.toAbsolutePath().toString();
        try {
            Mod.Module module = Parser.parseModule(source, name);
            return SymbolTableDump.dump(SymbolTable.build(module, SourceFile.fromBytes(source, name)));
        } catch (PythonSyntaxError e) {
            return e.pythonLine();
        } catch (CompilerRecursionError e) {
            return e.pythonLine();
        } catch (RuntimeException | StackOverflowError e) {
            return "Java " + e;
        }
    }

    private static Map<String, String> digestAll(Path lib, List<String> files) throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        Exception[] failure = new Exception[1];
        Thread worker = new Thread(null, () -> {
            try {
                for (String rel : files) {
                    String digest = sha256(ourText(lib.resolve(rel)));
                    synchronized (digests) { digests.put(rel, digest); }
                }
            } catch (Exception e) {
                failure[0] = e;
            }
        }, "stdlib-symtable", 256L << 20);
        worker.setDaemon(true);
        worker.start();
        worker.join(TimeUnit.MINUTES.toMillis(TIMEOUT_MINUTES));
        if (worker.isAlive()) fail("our symbol tables did not finish within " + TIMEOUT_MINUTES + " minutes");
        if (failure[0] != null) throw failure[0];
        synchronized (digests) { return new LinkedHashMap<>(digests); }
    }

    private static String firstDifference(CPython python, Path root, String rel) throws Exception {
        Process p = new ProcessBuilder(python.executable(), DIGEST_SCRIPT.toString(), "--dump",
                root.toString(), rel).redirectErrorStream(true).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        p.waitFor();
        List<String> expected = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        List<String> actual = ourText(root.resolve(rel)).lines().toList();
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) i++;
        StringBuilder sb = new StringBuilder("\n=== ").append(rel).append(": first difference at line ")
            .append(i + 1).append(" of the table text\n");
        int blockLine = i;
        while (blockLine > 0 && !expected.get(Math.min(blockLine, expected.size() - 1)).strip().startsWith("block")) {
            blockLine--;
        }
        if (blockLine < expected.size()) sb.append("    in ").append(expected.get(blockLine).strip()).append('\n');
        for (int k = i; k < i + 3; k++) {
            sb.append("    CPython: ").append(k < expected.size() ? expected.get(k) : "<end>").append('\n');
            sb.append("    Taipan : ").append(k < actual.size() ? actual.get(k) : "<end>").append('\n');
        }
        return sb.toString();
    }
}
