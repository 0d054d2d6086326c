package taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import taipan.ast.AstDump;
import taipan.source.PythonSyntaxError;
import taipan.testing.CPythonOracle.CPython;

/**
 * Contract: for every .py file of the installed CPython 3.11's Lib directory
 * (site-packages excluded), our parser produces exactly CPython's
 * {@code ast.dump(ast.parse(src, f), include_attributes=True)}, or, when CPython
 * raises, the same {@code type(e).__name__ + ": " + str(e)} line; files listed in
 * {@code tests/stdlib_ast_known_differences.txt} (relative path TAB reason, '#'
 * comments) are exempt, and an exempt file that now matches fails the test, so the
 * list only shrinks.
 *
 * <p>CPython's side runs as {@code tools/cpython_ast_digests.py} (two workers) in a
 * separate process started first; meanwhile this JVM parses and dumps every file on
 * a thread with a large stack and hashes the text the same way (SHA-256 of UTF-8,
 * lone surrogates encoded as with 'surrogatepass'). For the first few unexpected
 * mismatches the failure message shows both texts around the first differing
 * character, fetched with the script's {@code --dump} mode. Skipped when no CPython
 * 3.11 is found ({@code python3}, {@code python3.11}, or the {@code taipan.python}
 * system property).
 */
class StdlibAstTest {
    static final Path DIGEST_SCRIPT = Path.of("tools", "cpython_ast_digests.py");
    static final Path KNOWN_DIFFERENCES = Path.of("tests", "stdlib_ast_known_differences.txt");
    static final int DETAILED_MISMATCHES = 5;
    static final int CONTEXT = 80;
    static final long TIMEOUT_MINUTES = 10;

    /** A CPython 3.11 interpreter and its Lib directory. */
    @Test
    void everyStdlibFileParsesLikeCPython() throws Exception {
        CPython python = findCPython311();
        Assumptions.assumeTrue(python != null,
            "no CPython 3.11 found (tried -Dtaipan.python, python3, python3.11): stdlib AST comparison skipped");

        Path out = Files.createTempFile("cpython-digests", ".txt");
        Path err = Files.createTempFile("cpython-digests", ".err");
        try {
            Process cpython = new ProcessBuilder(python.executable(), DIGEST_SCRIPT.toString(),
                    "--jobs", "2", python.lib().toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();

            long start = System.nanoTime();
            List<String> files = listPyFiles(python.lib());
            Map<String, String> ours = digestAll(python.lib(), files);
            long oursDone = System.nanoTime();

            if (!cpython.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                cpython.destroyForcibly();
                fail("tools/cpython_ast_digests.py did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            if (cpython.exitValue() != 0) {
                fail("tools/cpython_ast_digests.py failed (exit " + cpython.exitValue() + "):\n"
                    + Files.readString(err));
            }
            Map<String, String> theirs = readDigests(out);
            System.out.printf("StdlibAstTest: Taipan parsed, dumped and hashed in %.1f s; CPython's digests were"
                + " ready after %.1f s%n", (oursDone - start) / 1e9, (System.nanoTime() - start) / 1e9);
            compare(python, files, ours, theirs);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The harness itself: our hash of a text equals Python's sha256 of text.encode('utf-8', 'surrogatepass'). */
    @Test
    void digestMatchesPythonsSurrogatepassSha256() {
        assertEquals("2693d93de391c90c5aa37165f530f00d7c1c162ea4509e1e41d0a6961bb511aa",
            sha256("a\udc80\u00e9\ud83d\ude00\ud83d"));
    }

    private static void compare(CPython python, List<String> files, Map<String, String> ours,
                                Map<String, String> theirs) throws Exception {
        Map<String, String> known = readKnownDifferences(KNOWN_DIFFERENCES);
        StringBuilder report = new StringBuilder();
        TreeSet<String> onlyOurs = new TreeSet<>(ours.keySet());
        onlyOurs.removeAll(theirs.keySet());
        TreeSet<String> onlyTheirs = new TreeSet<>(theirs.keySet());
        onlyTheirs.removeAll(ours.keySet());
        if (!onlyOurs.isEmpty() || !onlyTheirs.isEmpty()) {
            report.append("file lists differ: only in Java's walk ").append(onlyOurs)
                .append(", only in CPython's ").append(onlyTheirs).append('\n');
        }
        List<String> unexpected = new ArrayList<>();
        List<String> nowMatching = new ArrayList<>();
        int matching = 0;
        for (String rel : files) {
            if (!theirs.containsKey(rel)) continue;
            boolean same = theirs.get(rel).equals(ours.get(rel));
            if (same) matching++;
            if (!same && !known.containsKey(rel)) unexpected.add(rel);
            if (same && known.containsKey(rel)) nowMatching.add(rel);
        }
        String summary = String.format("%d files under %s: %d identical, %d differ (%d known, %d unexpected); "
                + "%d known-difference entries now match%n", files.size(), python.lib(), matching,
            files.size() - matching, files.size() - matching - unexpected.size(), unexpected.size(),
            nowMatching.size());
        System.out.print("StdlibAstTest: " + summary);
        if (!unexpected.isEmpty()) {
            report.append(unexpected.size()).append(" files whose tree differs from CPython's ")
                .append("(add to ").append(KNOWN_DIFFERENCES).append(" only with a reason):\n");
            for (String rel : unexpected) report.append("  ").append(rel).append('\n');
            for (String rel : unexpected.subList(0, Math.min(DETAILED_MISMATCHES, unexpected.size()))) {
                report.append(firstDifference(python, rel));
            }
        }
        if (!nowMatching.isEmpty()) {
            report.append("known-difference entries that now match CPython; remove them from ")
                .append(KNOWN_DIFFERENCES).append(":\n");
            for (String rel : nowMatching) report.append("  ").append(rel).append('\n');
        }
        for (String rel : known.keySet()) {
            if (!ours.containsKey(rel)) {
                System.out.println("StdlibAstTest: note: known-difference entry " + rel
                    + " names no file of " + python.lib());
            }
        }
        assertTrue(report.isEmpty(), () -> summary + report);
    }

    /** The text CPython's script hashes, for our parser: the dump, or the error line. */
    static String ourText(Path file) throws IOException {
        byte[] source = Files.readAllBytes(file);
        try {
            return AstDump.dump(Parser.parseModule(source, file.toString()));
        } catch (PythonSyntaxError e) {
            return e.pythonLine();
        } catch (RuntimeException | StackOverflowError e) {
            return "Java " + e;
        }
    }

    /** Parses and hashes every file on one thread with a big stack; fails naming the file if it hangs. */
    private static Map<String, String> digestAll(Path lib, List<String> files) throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        String[] current = new String[1];
        Exception[] failure = new Exception[1];
        Thread worker = new Thread(null, () -> {
            try {
                for (String rel : files) {
                    synchronized (current) { current[0] = rel; }
                    String digest = sha256(ourText(lib.resolve(rel)));
                    synchronized (digests) { digests.put(rel, digest); }
                }
            } catch (Exception e) {
                failure[0] = e;
            }
        }, "stdlib-parser", 256L << 20);
        worker.setDaemon(true);
        worker.start();
        worker.join(TimeUnit.MINUTES.toMillis(TIMEOUT_MINUTES));
        if (worker.isAlive()) {
            synchronized (current) {
                fail("our parser did not finish within " + TIMEOUT_MINUTES + " minutes; stuck on " + current[0]);
            }
        }
        if (failure[0] != null) throw failure[0];
        synchronized (digests) { return new LinkedHashMap<>(digests); }
    }

    private static String firstDifference(CPython python, String rel) throws Exception {
        Process p = new ProcessBuilder(python.executable(), DIGEST_SCRIPT.toString(), "--dump",
                python.lib().toString(), rel).redirectErrorStream(true).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        p.waitFor();
        String expected = new String(bytes, StandardCharsets.UTF_8).stripTrailing();
        String actual = ourText(python.lib().resolve(rel));
        int i = 0;
        int n = Math.min(expected.length(), actual.length());
        while (i < n && expected.charAt(i) == actual.charAt(i)) i++;
        StringBuilder sb = new StringBuilder();
        sb.append("\n=== ").append(rel).append(": first difference at character ").append(i)
            .append(" (CPython's text has ").append(expected.length()).append(" chars, ours ")
            .append(actual.length()).append(")\n");
        Matcher m = Pattern.compile("(?<!end_)lineno=(\\d+)").matcher(expected);
        if (m.find(Math.max(0, expected.lastIndexOf(' ', i)))) {
            int line = Integer.parseInt(m.group(1));
            sb.append("    next node position in CPython's dump: source line ").append(line);
            List<String> lines = sourceLines(python.lib().resolve(rel));
            if (line >= 1 && line <= lines.size()) sb.append(": ").append(lines.get(line - 1).strip());
            sb.append('\n');
        }
        sb.append("    CPython: ").append(around(expected, i)).append('\n');
        sb.append("    Taipan : ").append(around(actual, i)).append('\n');
        return sb.toString();
    }

    private static List<String> sourceLines(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    }

    private static String around(String s, int i) {
        int from = Math.max(0, i - CONTEXT);
        int to = Math.min(s.length(), i + CONTEXT);
        return (from > 0 ? "..." : "") + s.substring(from, i) + " >>>|" + s.substring(i, to)
            + (to < s.length() ? "..." : "");
    }
}
