package taipan.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CPython's own tests as a regression check: every test id listed in
 * {@code tests/cpython/tier1/} and {@code tier2/} (one file per test module) must still pass on
 * this build. The work is done by {@code tools/cpython_tests.py check} (run
 * with {@code python3}), which runs the listed tests module by module in child
 * JVMs on this build's classes, with CPython's unittest and the installed
 * CPython's {@code Lib/test}, and exits with status 1 naming every listed test
 * that no longer passes.
 */
class CPythonTestSuiteTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final long TIMEOUT_MINUTES = 30;

    @ParameterizedTest(name = "tier {0}: every listed test still passes")
    @ValueSource(strings = {"1", "2"})
    void listedTestsStillPass(String tier) throws Exception {
        Path passLists = REPO.resolve("tests/cpython/tier" + tier);
        assertTrue(Files.isDirectory(passLists), "missing " + passLists);
        String taipan = ChildLauncher.command();
        // tests that start sys.executable get this build too
        Path launcher = ChildLauncher.script();
        Path log = Files.createTempFile("cpython-tests-", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(List.of("python3", "tools/cpython_tests.py", "check",
                    "--tier", tier, "--taipan", taipan));
            pb.environment().put("TAIPAN_EXECUTABLE", launcher.toString());
            Process p = pb
                .directory(REPO.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
            boolean finished = p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            if (!finished) {
                p.destroyForcibly().waitFor();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.print(output);
            assertTrue(finished, "tools/cpython_tests.py check timed out after " + TIMEOUT_MINUTES + " min\n" + output);
            assertEquals(0, p.exitValue(), output);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
