package taipan.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's command line: version, help, and the --dump-ast output format. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, java.io.InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionNamesThePythonVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out().startsWith("Python 3.11"), out());
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(0, run("-h"));
        assertTrue(out().contains("--dump-ast"), out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("--no-such-option"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option"));
    }

    @Test
    void dumpAstPrintsTreeOrErrorPerFileAndGoesOnAfterAnUnreadableOne(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.py"), "x = 1\n");
        Path bad = Files.writeString(dir.resolve("bad.py"), "x = (1,\n");
        Path missing = dir.resolve("missing.py");
        assertEquals(1, run("--dump-ast", missing.toString(), good.toString(), bad.toString()));
        String[] lines = out().split("\n");
        assertEquals(6, lines.length, out());
        assertEquals("=== " + missing, lines[0]);
        assertTrue(lines[1].startsWith("error: cannot read " + missing), lines[1]);
        assertEquals("=== " + good, lines[2]);
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
            + "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), "
            + "lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])", lines[3]);
        assertEquals("=== " + bad, lines[4]);
        assertEquals("SyntaxError: '(' was never closed (bad.py, line 1)", lines[5]);
    }

    @Test
    void pathologicalNestingIsReportedLikeCPythonInsteadOfCrashing(@TempDir Path dir) throws IOException {
        Path unary = Files.writeString(dir.resolve("unary.py"), "-".repeat(100_000) + "1\n");
        Path chain = Files.writeString(dir.resolve("chain.py"), "x" + ".a".repeat(100_000) + "\n");
        assertEquals(0, run("--dump-ast", unary.toString(), chain.toString()));
        String[] lines = out().split("\n");
        assertEquals("MemoryError: ", lines[1]);
        assertEquals("RecursionError: maximum recursion depth exceeded during ast construction", lines[3]);
    }

    @Test
    void warningAndXOptionsFillSysAndApplyTheirFilters() {
        String code = "import sys, warnings; print(sys.warnoptions, sorted(sys._xoptions.items()), warnings.filters[0][0])";
        assertEquals(0, run("-Wd", "-W", "error", "-Xutf8", "-X", "a=b", "-c", code));
        assertEquals("['d', 'error'] [('a', 'b'), ('utf8', True)] error\n", out());
    }
}
