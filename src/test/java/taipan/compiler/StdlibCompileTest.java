package taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import taipan.bytecode.CodeObject;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;
import taipan.testing.CPythonOracle;

/**
 * Contract: every .py file of the installed CPython 3.11 Lib either compiles, with
 * every code object passing {@link CodeChecks} (the stack-depth flow analysis
 * itself rejects inconsistent depths), or raises PythonSyntaxError (the few files
 * CPython itself rejects, asked from CPython: bad-syntax test data); no other
 * exception. Prints the counts and the time. Skipped without CPython 3.11.
 */
class StdlibCompileTest {
    @Test
    void everyStdlibFileCompiles() throws Exception {
        CPythonOracle.CPython python = CPythonOracle.findCPython311();
        Assumptions.assumeTrue(python != null, "no CPython 3.11 found: stdlib compile skipped");
        List<String> files = CPythonOracle.listPyFiles(python.lib());
        List<String> failures = new ArrayList<>();
        List<String> syntaxErrors = new ArrayList<>();
        int[] codes = {0};
        long[] elapsed = {0};
        Thread worker = new Thread(null, () -> {
            long start = System.nanoTime();
            for (String rel : files) {
                try {
                    byte[] bytes = Files.readAllBytes(python.lib().resolve(rel));
                    SourceFile source = SourceFile.fromBytes(bytes, rel);
                    CodeObject co = Compiler.compile(source, rel, Compiler.Mode.EXEC);
                    codes[0] += CodeChecks.check(co);
                } catch (PythonSyntaxError e) {
                    syntaxErrors.add(rel + ": " + e.pythonLine());
                } catch (Throwable e) {
                    failures.add(rel + ": " + e);
                }
            }
            elapsed[0] = System.nanoTime() - start;
        }, "stdlib-compile", 512L << 20);
        worker.start();
        worker.join();
        System.out.printf("stdlib compile: %d files, %d code objects, %d syntax errors, %d failures, %d ms%n",
            files.size(), codes[0], syntaxErrors.size(), failures.size(), elapsed[0] / 1_000_000);
        syntaxErrors.forEach(s -> System.out.println("  syntax error: " + s));
        failures.stream().limit(40).forEach(s -> System.out.println("  FAILED " + s));
        assertTrue(failures.isEmpty(), failures.size() + " files failed, first: "
            + (failures.isEmpty() ? "" : failures.get(0)));
        List<String> ours = syntaxErrors.stream().map(s -> s.substring(0, s.indexOf(": "))).sorted().toList();
        assertEquals(cpythonRejects(python), ours, "files rejected with SyntaxError");
    }

    private static List<String> cpythonRejects(CPythonOracle.CPython python) throws Exception {
        String script = String.join("\n",
            "import os, sys",
            "lib = sys.argv[1]",
            "for root, dirs, files in os.walk(lib):",
            "    for f in files:",
            "        p = os.path.join(root, f)",
            "        rel = os.path.relpath(p, lib).replace(os.sep, '/')",
            "        if not f.endswith('.py') or '/site-packages/' in '/' + rel: continue",
            "        try: compile(open(p, 'rb').read(), rel, 'exec')",
            "        except (SyntaxError, ValueError): print(rel)");
        Process p = new ProcessBuilder(python.executable(), "-c", script, python.lib().toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines().sorted().toList();
    }
}
