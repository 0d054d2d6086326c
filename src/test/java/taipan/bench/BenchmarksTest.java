package taipan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every benchmark of {@code bench/programs} for one iteration at its "tiny" size and
 * checks its result (never its time): each program verifies its own answer and prints an
 * {@code @@bench ... ok=1} line, or exits with code 3 on a wrong answer.
 *
 * <p>The benchmarks run on Taipan (this build's classes, in a child JVM) as soon as Taipan
 * can run a hello-world program; until then on CPython ({@code python3}), so that the suite
 * itself stays correct; without either the tests are skipped, saying why.
 */
class BenchmarksTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Path PROGRAMS = REPO.resolve("bench/programs");
    private static final long TIMEOUT_SECONDS = 60;

    /** The command that runs a Python program on the chosen implementation, or null. */
    private static List<String> interpreter;
    private static String interpreterName;
    private static String whyNoInterpreter;

    record Result(int exitCode, String stdout, String stderr) {}

    private static Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(REPO.toFile());
        Path out = Files.createTempFile("bench-out", ".txt");
        Path err = Files.createTempFile("bench-err", ".txt");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return new Result(-1, Files.readString(out), "timed out after " + TIMEOUT_SECONDS + " s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> cmd = new ArrayList<>(base);
        cmd.addAll(List.of(more));
        return cmd;
    }

    private static synchronized List<String> interpreter() throws Exception {
        if (interpreter != null || whyNoInterpreter != null) {
            return interpreter;
        }
        String hello = PROGRAMS.resolve("_hello.py").toString();
        // Taipan: this build's classes in a child JVM (bin/taipan would rebuild the jar).
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> taipan = List.of(java, "-Xss16m", "-cp", System.getProperty("java.class.path"),
                "taipan.launcher.Main");
        Result t = run(with(taipan, hello));
        if (t.exitCode() == 0 && t.stdout().contains("hello world")) {
            interpreter = taipan;
            interpreterName = "Taipan";
            return interpreter;
        }
        String taipanReason = firstLine(t.stderr());
        try {
            Result c = run(List.of("python3", hello));
            if (c.exitCode() == 0 && c.stdout().contains("hello world")) {
                interpreter = List.of("python3");
                interpreterName = "CPython (Taipan cannot run programs yet: " + taipanReason + ")";
                System.out.println("BenchmarksTest: checking the benchmarks on " + interpreterName);
                return interpreter;
            }
            whyNoInterpreter = "Taipan cannot run programs yet (" + taipanReason
                    + ") and python3 failed: " + firstLine(c.stderr());
        } catch (IOException e) {
            whyNoInterpreter = "Taipan cannot run programs yet (" + taipanReason
                    + ") and there is no python3 to check the benchmarks with";
        }
        return null;
    }

    /** bench/known_failures.txt: "name<TAB>reason" lines for benchmarks Taipan cannot run yet. */
    private static java.util.Map<String, String> knownFailures() throws IOException {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        Path file = REPO.resolve("bench/known_failures.txt");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    out.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
                }
            }
        }
        return out;
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "no message" : line;
    }

    private static List<String> benchmarks() throws IOException {
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".py") && !n.startsWith("_"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBenchmarkComputesItsCheckedResult() throws Exception {
        List<String> names = benchmarks();
        assertTrue(names.size() >= 20, "expected the whole suite in bench/programs, found " + names);
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            List<String> python = interpreter();
            Assumptions.assumeTrue(python != null, () -> whyNoInterpreter);
            Result r = run(with(python, PROGRAMS.resolve(name + ".py").toString(),
                    "--iterations", "1", "--size", "tiny"));
            String known = interpreterName.equals("Taipan") ? knownFailures().get(name) : null;
            boolean ok = r.exitCode() == 0
                && r.stdout().contains("@@bench name=" + name + " size=tiny iterations=1 ok=1 ");
            if (known != null) {
                assertFalse(ok, name + " now runs on Taipan: remove it from bench/known_failures.txt");
                System.out.println("BenchmarksTest: " + name + " is a known failure: " + known);
                return;
            }
            if (r.exitCode() != 0) {
                fail(name + " on " + interpreterName + " exited with " + r.exitCode() + ": " + r.stderr());
            }
            assertTrue(r.stdout().contains("@@bench name=" + name + " size=tiny iterations=1 ok=1 "),
                    name + " printed no checked result: " + r.stdout());
        }));
    }

    @Test
    void aWrongAnswerIsAnErrorNotATime() throws Exception {
        List<String> python = interpreter();
        Assumptions.assumeTrue(python != null, () -> whyNoInterpreter);
        Path prog = Files.createTempFile(PROGRAMS, "_wrong", ".py");
        try {
            Files.writeString(prog, """
                    import _harness
                    _harness.main("wrong", lambda n: n + 1, {"tiny": 1}, {"tiny": 3})
                    """);
            Result r = run(with(python, prog.toString(), "--size", "tiny"));
            assertEquals(3, r.exitCode(), "stdout: " + r.stdout() + " stderr: " + r.stderr());
            assertTrue(r.stderr().contains("WRONG RESULT"), r.stderr());
            assertTrue(!r.stdout().contains("@@bench"), r.stdout());
        } finally {
            Files.deleteIfExists(prog);
        }
    }
}
