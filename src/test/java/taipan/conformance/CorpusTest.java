package taipan.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;
import taipan.launcher.Main;

/**
 * Contract: every program {@code tests/corpus/**}{@code /NAME.py} (names starting with
 * {@code _} are helper modules, not programs) behaves under Taipan exactly as under
 * CPython 3.11: the same stdout bytes, the same exit code and the same last non-empty
 * line of stderr. The expectations ({@code NAME.stdout}, {@code NAME.status}) are written
 * by {@code tools/corpus_expectations.py} under CPython and committed, so this test needs
 * no CPython at run time.
 *
 * <p>Each program runs in-process through {@link Main#run} with its absolute path as the
 * only argument and {@code NAME.stdin} (if present) as stdin, on a fresh thread with a
 * {@value #STACK_BYTES}-byte stack and a {@value #TIMEOUT_SECONDS}-second time limit; a
 * program that overruns fails and its thread is abandoned as a daemon.
 *
 * <p>Known failures are listed in {@code tests/corpus/known_failures.txt}, one
 * {@code relative/path.py<TAB>reason} a line ({@code #} starts a comment). A listed program
 * that still fails passes (with a report entry naming the reason); a listed program that
 * now matches CPython fails, so the list can only shrink. Running with
 * {@code -Dcorpus.updateKnownFailures=true} (e.g. {@code bin/test -Dtest=CorpusTest
 * -Dcorpus.updateKnownFailures=true}) fails no program and instead rewrites the list with
 * every program that currently fails, keeping hand-written reasons of programs still
 * failing and writing an automatic reason (the first difference) otherwise.
 */
class CorpusTest {
    static final Path CORPUS = Path.of("tests", "corpus");
    static final Path KNOWN_FAILURES = CORPUS.resolve("known_failures.txt");
    static final int TIMEOUT_SECONDS = 30;
    static final long STACK_BYTES = 1L << 30;
    static final boolean UPDATE = Boolean.getBoolean("corpus.updateKnownFailures");
    static final int MAX_REASON = 240;

    /** Automatic reasons start with one of these; any other reason counts as hand-written and is kept. */
    static final List<String> AUTOMATIC_PREFIXES = List.of(
        "exit ", "stdout ", "stderr ", "timed out", "Main.run threw ", "no expected ");

    static final String HEADER = """
        # Corpus programs (paths relative to tests/corpus) that Taipan does not yet run like CPython 3.11.
        # Format: relative/path.py<TAB>reason. CorpusTest passes a listed program while it still fails
        # and fails it once it matches CPython (then remove its line). Regenerate with
        #   bin/test -Dtest=CorpusTest -Dcorpus.updateKnownFailures=true
        # which keeps hand-written reasons of programs still failing; reasons starting with
        # "exit ", "stdout ", "stderr ", "timed out", "Main.run threw " or "no expected " are automatic
        # and are rewritten each time.
        """;

    /** The expected results of one program, from its .stdout and .status files. */
    record Expected(String stdout, int exit, String stderrLast) {}

    /** What Taipan did with one program; crash is a Java exception escaping Main.run. */
    record Actual(String stdout, int exit, String stderrLast, boolean timedOut, Throwable crash) {}

    /** Relative path -> automatic reason, for every program that failed in this run. */
    private static final Map<String, String> FAILING = new ConcurrentSkipListMap<>();
    /** Programs that ran in this run (failing or not). */
    private static final Map<String, Boolean> RAN = new ConcurrentSkipListMap<>();
    private static int programCount = -1;

    @TestFactory
    Stream<DynamicTest> corpus(TestReporter reporter) throws IOException {
        Map<String, String> known = readKnownFailures();
        // programs that start sys.executable run this build in a child process
        System.setProperty("taipan.executable", ChildLauncher.script().toString());
        List<String> programs = programs();
        programCount = programs.size();
        return programs.stream().map(rel -> DynamicTest.dynamicTest(rel, CORPUS.resolve(rel).toUri(),
            () -> check(rel, known.get(rel), reporter)));
    }

    private static void check(String rel, String knownReason, TestReporter reporter) throws Exception {
        Path program = CORPUS.resolve(rel);
        String difference;
        String reason;
        Expected expected = null;
        try {
            expected = readExpected(program);
        } catch (IOException e) {
            // Reported by everyProgramHasExpectedResults; still counts as failing here.
        }
        if (expected == null) {
            difference = "no expected results: run python3 tools/corpus_expectations.py " + program;
            reason = "no expected results";
        } else {
            Actual actual = run(program);
            difference = describeDifferences(rel, expected, actual);
            reason = difference == null ? null : firstDifference(rel, expected, actual);
        }
        RAN.put(rel, Boolean.TRUE);
        if (difference != null) FAILING.put(rel, reason);
        if (UPDATE) {
            if (difference != null) reporter.publishEntry("failing", reason);
            return;
        }
        if (knownReason != null) {
            if (difference == null) {
                fail(rel + " now matches CPython: remove it from known_failures.txt (was: " + knownReason + ")");
            }
            reporter.publishEntry("known failure", knownReason);
            return;
        }
        if (difference != null) fail(difference);
    }

    /** Every program has both expected-result files (written by tools/corpus_expectations.py). */
    @Test
    void everyProgramHasExpectedResults() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String rel : programs()) {
            String base = rel.substring(0, rel.length() - 3);
            for (String ext : List.of(".stdout", ".status")) {
                if (!Files.isRegularFile(CORPUS.resolve(base + ext))) missing.add(base + ext);
            }
        }
        assertTrue(missing.isEmpty(), "missing expected results (run python3 tools/corpus_expectations.py): " + missing);
    }

    /** known_failures.txt names only existing programs, each once. */
    @Test
    void knownFailuresNameExistingPrograms() throws IOException {
        List<String> programs = programs();
        List<String> stale = new ArrayList<>();
        for (String rel : readKnownFailures().keySet()) {
            if (!programs.contains(rel)) stale.add(rel);
        }
        assertTrue(stale.isEmpty(), "known_failures.txt lists programs that do not exist: " + stale);
    }

    @AfterAll
    static void updateKnownFailures() throws IOException {
        if (!UPDATE) return;
        if (RAN.size() != programCount) {
            System.err.println("CorpusTest: only " + RAN.size() + " of " + programCount
                + " programs ran, so known_failures.txt was not rewritten");
            return;
        }
        Map<String, String> old = Files.exists(KNOWN_FAILURES) ? readKnownFailures() : Map.of();
        StringBuilder sb = new StringBuilder(HEADER);
        for (Map.Entry<String, String> e : FAILING.entrySet()) {
            String previous = old.get(e.getKey());
            boolean handWritten = previous != null && AUTOMATIC_PREFIXES.stream().noneMatch(previous::startsWith);
            sb.append(e.getKey()).append('\t').append(handWritten ? previous : e.getValue()).append('\n');
        }
        Files.writeString(KNOWN_FAILURES, sb.toString(), StandardCharsets.UTF_8);
        System.err.println("CorpusTest: wrote " + FAILING.size() + " of " + programCount
            + " programs to " + KNOWN_FAILURES);
    }

    // ---------------------------------------------------------------- running

    static Actual run(Path program) throws IOException, InterruptedException {
        Path stdinFile = sibling(program, ".stdin");
        InputStream stdin = new ByteArrayInputStream(
            Files.exists(stdinFile) ? Files.readAllBytes(stdinFile) : new byte[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        String[] args = {program.toAbsolutePath().toString()};
        int[] exit = {Integer.MIN_VALUE};
        Throwable[] crash = {null};
        Thread t = new Thread(null, () -> {
            try {
                exit[0] = Main.run(args, stdin, outStream, errStream);
            } catch (Throwable e) {
                crash[0] = e;
            } finally {
                outStream.flush();
                errStream.flush();
            }
        }, "corpus " + program.getFileName(), STACK_BYTES);
        t.setDaemon(true);
        t.start();
        t.join(TIMEOUT_SECONDS * 1000L);
        boolean timedOut = t.isAlive();
        String stdout;
        String stderr;
        synchronized (out) {
            stdout = out.toString(StandardCharsets.UTF_8);
        }
        synchronized (err) {
            stderr = err.toString(StandardCharsets.UTF_8);
        }
        return new Actual(stdout, exit[0], lastNonEmptyLine(stderr), timedOut, crash[0]);
    }

    // ---------------------------------------------------------------- comparing

    /** All differences, for a failing test's message; null when Taipan matches CPython. */
    static String describeDifferences(String rel, Expected e, Actual a) {
        if (a.timedOut()) {
            return rel + ": timed out after " + TIMEOUT_SECONDS + " s (thread left running as a daemon)\n"
                + "stdout so far:\n" + tail(a.stdout(), 10);
        }
        if (a.crash() != null) {
            throw new AssertionError(rel + ": Main.run threw " + a.crash() + "\nstdout so far:\n"
                + tail(a.stdout(), 10), a.crash());
        }
        List<String> parts = new ArrayList<>();
        if (e.exit() != a.exit()) {
            parts.add("exit code: expected " + e.exit() + ", got " + a.exit());
        }
        if (!e.stdout().equals(a.stdout())) {
            parts.add("stdout differs:\n" + stdoutDiff(e.stdout(), a.stdout()));
        }
        if (!e.stderrLast().equals(a.stderrLast())) {
            parts.add("last stderr line differs:\n  expected: " + quote(e.stderrLast()) + "\n  actual:   "
                + quote(a.stderrLast()));
        }
        if (parts.isEmpty()) return null;
        return rel + ": " + String.join("\n", parts);
    }

    /** The first difference in one line, for known_failures.txt. */
    static String firstDifference(String rel, Expected e, Actual a) {
        String r;
        if (a.timedOut()) {
            r = "timed out after " + TIMEOUT_SECONDS + " s";
        } else if (a.crash() != null) {
            r = "Main.run threw " + a.crash();
        } else if (e.exit() != a.exit()) {
            r = "exit " + a.exit() + " instead of " + e.exit() + "; stderr: " + a.stderrLast().strip();
        } else if (!e.stdout().equals(a.stdout())) {
            List<String> el = lines(e.stdout());
            List<String> al = lines(a.stdout());
            int i = firstDifferentLine(el, al);
            r = "stdout line " + (i + 1) + ": expected " + quote(lineAt(el, i)) + ", got " + quote(lineAt(al, i));
        } else {
            r = "stderr last line: expected " + quote(e.stderrLast()) + ", got " + quote(a.stderrLast());
        }
        String abs = CORPUS.resolve(rel).toAbsolutePath().toString();
        r = r.replace(abs, rel).replaceAll("[\\t\\r\\n]+", " ");
        return r.length() > MAX_REASON ? r.substring(0, MAX_REASON) + "..." : r;
    }

    static String stdoutDiff(String expected, String actual) {
        List<String> el = lines(expected);
        List<String> al = lines(actual);
        int i = firstDifferentLine(el, al);
        StringBuilder sb = new StringBuilder();
        sb.append("  first difference at line ").append(i + 1).append(" (expected ").append(el.size())
            .append(" lines, got ").append(al.size()).append(")\n");
        for (int k = Math.max(0, i - 3); k < i; k++) {
            sb.append("    ").append(quote(el.get(k))).append('\n');
        }
        sb.append("  expected:\n");
        for (int k = i; k < Math.min(el.size(), i + 3); k++) sb.append("  > ").append(quote(el.get(k))).append('\n');
        if (i >= el.size()) sb.append("  > <end of output>\n");
        sb.append("  actual:\n");
        for (int k = i; k < Math.min(al.size(), i + 3); k++) sb.append("  < ").append(quote(al.get(k))).append('\n');
        if (i >= al.size()) sb.append("  < <end of output>\n");
        return sb.toString();
    }

    /** Lines with their terminators, so a missing final newline counts as a difference. */
    static List<String> lines(String s) {
        List<String> result = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                result.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) result.add(s.substring(start));
        return result;
    }

    static int firstDifferentLine(List<String> a, List<String> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) i++;
        return i;
    }

    private static String lineAt(List<String> lines, int i) {
        return i < lines.size() ? lines.get(i) : "<end of output>";
    }

    private static String tail(String s, int n) {
        List<String> l = lines(s);
        return String.join("", l.subList(Math.max(0, l.size() - n), l.size()));
    }

    /** A line shown with its invisible characters escaped. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** The last line (as Python's str.splitlines splits) that is not all whitespace, or "". */
    static String lastNonEmptyLine(String s) {
        String last = "";
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            boolean end = i == s.length();
            char c = end ? '\n' : s.charAt(i);
            if (end || isLineBreak(c)) {
                String line = s.substring(start, i);
                if (!line.strip().isEmpty()) last = line;
                if (!end && c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        return last;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
            || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    // ---------------------------------------------------------------- files

    /** Programs as paths relative to tests/corpus with '/' separators, sorted. */
    static List<String> programs() throws IOException {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(Files::isRegularFile)
                .filter(p -> p.getFileName().toString().endsWith(".py") && !p.getFileName().toString().startsWith("_"))
                .map(p -> CORPUS.relativize(p).toString().replace('\\', '/'))
                .sorted()
                .collect(Collectors.toList());
        }
    }

    static Map<String, String> readKnownFailures() throws IOException {
        Map<String, String> known = new TreeMap<>();
        if (!Files.exists(KNOWN_FAILURES)) return known;
        int n = 0;
        for (String line : Files.readAllLines(KNOWN_FAILURES, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", 2);
            if (f.length != 2 || f[1].isBlank()) {
                throw new IOException(KNOWN_FAILURES + ":" + n + ": expected relative/path.py<TAB>reason: " + line);
            }
            if (known.put(f[0], f[1]) != null) {
                throw new IOException(KNOWN_FAILURES + ":" + n + ": " + f[0] + " is listed twice");
            }
        }
        return known;
    }

    static Expected readExpected(Path program) throws IOException {
        String stdout = Files.readString(sibling(program, ".stdout"), StandardCharsets.UTF_8);
        String status = Files.readString(sibling(program, ".status"), StandardCharsets.UTF_8);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : status.split("\n", -1)) {
            if (line.isEmpty()) continue;
            int space = line.indexOf(' ');
            if (space < 0) throw new IOException(program + ".status: malformed line " + quote(line));
            fields.put(line.substring(0, space), line.substring(space + 1));
        }
        if (!fields.containsKey("exit") || !fields.containsKey("stderr")) {
            throw new IOException(sibling(program, ".status") + ": expected \"exit N\" and \"stderr LINE\"");
        }
        return new Expected(stdout, Integer.parseInt(fields.get("exit").trim()), fields.get("stderr"));
    }

    private static Path sibling(Path program, String ext) {
        String name = program.getFileName().toString();
        return program.resolveSibling(name.substring(0, name.length() - 3) + ext);
    }
}
