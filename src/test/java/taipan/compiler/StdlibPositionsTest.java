package taipan.compiler;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import taipan.bytecode.CodeObject;
import taipan.bytecode.Opcode;
import taipan.source.SourceFile;
import taipan.testing.CPythonOracle;

/**
 * Contract: for every stdlib file, each position CPython 3.11 gives an instruction
 * a traceback can point at (calls, attribute and subscript access, binary ops,
 * comparisons, raise, imports, unpacking, iteration: tools/cpython_positions.py)
 * is the position of an instruction of the same operation in our code object of
 * the same qualname and first line. One-directional: CPython folds constant
 * expressions we compute at run time. Files listed in
 * {@code tests/compiler_positions_known_differences.txt} are skipped. Skipped
 * without CPython 3.11.
 */
class StdlibPositionsTest {
    static final Path SCRIPT = Path.of("tools", "cpython_positions.py");
    static final Path KNOWN = Path.of("tests", "compiler_positions_known_differences.txt");

    @Test
    void cpythonPositionsAreOurs() throws Exception {
        CPythonOracle.CPython python = CPythonOracle.findCPython311();
        Assumptions.assumeTrue(python != null, "no CPython 3.11 found: positions comparison skipped");
        Path out = Files.createTempFile("cpython-positions", ".txt");
        try {
            Process p = new ProcessBuilder(python.executable(), SCRIPT.toString(), python.lib().toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) fail(SCRIPT + " failed");
            Map<String, List<String>> theirs = new LinkedHashMap<>();
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                if (line.isEmpty()) continue;
                theirs.computeIfAbsent(line.substring(0, line.indexOf('\t')), k -> new ArrayList<>()).add(line);
            }
            Set<String> known = CPythonOracle.readKnownDifferences(KNOWN).keySet();
            List<String> missing = new ArrayList<>();
            int[] checked = {0};
            Thread worker = new Thread(null, () -> {
                for (Map.Entry<String, List<String>> e : theirs.entrySet()) {
                    String rel = e.getKey();
                    if (known.contains(rel)) continue;
                    Set<String> ours = new HashSet<>();
                    try {
                        byte[] bytes = Files.readAllBytes(python.lib().resolve(rel));
                        entries(rel, Compiler.compile(SourceFile.fromBytes(bytes, rel), rel, Compiler.Mode.EXEC), ours);
                    } catch (Throwable err) {
                        missing.add(rel + ": " + err);
                        continue;
                    }
                    for (String entry : e.getValue()) {
                        checked[0]++;
                        if (!ours.contains(entry)) missing.add(entry);
                    }
                }
            }, "stdlib-positions", 512L << 20);
            worker.start();
            worker.join();
            System.out.printf("stdlib positions: %d files, %d CPython positions checked, %d missing%n",
                theirs.size(), checked[0], missing.size());
            if (!missing.isEmpty()) {
                fail(missing.size() + " CPython positions not found in our code:\n"
                    + String.join("\n", missing.subList(0, Math.min(20, missing.size()))));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void entries(String rel, CodeObject co, Set<String> out) {
        for (int i = 0; i < co.code.length; i++) {
            String name = Opcode.of(co.code[i]).name();
            if (name.startsWith("CALL_") && !name.equals("CALL_FUNCTION_EX")) name = "CALL";
            int[] p = co.positions;
            out.add(rel + "\t" + co.qualname + ":" + co.firstlineno + "\t" + name + " " + p[i * 4] + " "
                + p[i * 4 + 1] + " " + p[i * 4 + 2] + " " + p[i * 4 + 3]);
        }
        for (Object c : co.consts) if (c instanceof CodeObject nested) entries(rel, nested, out);
    }
}
