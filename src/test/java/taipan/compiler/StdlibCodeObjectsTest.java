package taipan.compiler;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import taipan.bytecode.CodeObject;
import taipan.runtime.PyStr;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;
import taipan.testing.CPythonOracle;

/**
 * Contract: for every stdlib file, the code objects we compile equal CPython
 * 3.11's in pre-order (tools/cpython_code_objects.py): qualname, first line,
 * flags, argument counts, varnames, cellvars and freevars in CPython's order, and
 * whether constant 0 of a def or lambda is its docstring; a file CPython rejects
 * we reject too. Files listed in {@code tests/compiler_code_objects_known_differences.txt}
 * (path TAB reason) are skipped. Skipped without CPython 3.11.
 */
class StdlibCodeObjectsTest {
    static final Path SCRIPT = Path.of("tools", "cpython_code_objects.py");
    static final Path KNOWN = Path.of("tests", "compiler_code_objects_known_differences.txt");

    @Test
    void codeObjectsMatchCPython() throws Exception {
        CPythonOracle.CPython python = CPythonOracle.findCPython311();
        Assumptions.assumeTrue(python != null, "no CPython 3.11 found: code object comparison skipped");
        Path out = Files.createTempFile("cpython-code-objects", ".txt");
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
            List<String> problems = new ArrayList<>();
            int[] codes = {0};
            Thread worker = new Thread(null, () -> {
                for (Map.Entry<String, List<String>> e : theirs.entrySet()) {
                    String rel = e.getKey();
                    if (known.contains(rel)) continue;
                    List<String> ours = new ArrayList<>();
                    try {
                        byte[] bytes = Files.readAllBytes(python.lib().resolve(rel));
                        entries(rel, Compiler.compile(SourceFile.fromBytes(bytes, rel), rel, Compiler.Mode.EXEC), ours);
                    } catch (PythonSyntaxError err) {
                        ours = List.of(rel + "\tERROR");
                    } catch (Throwable err) {
                        ours = List.of(rel + "\t" + err);
                    }
                    codes[0] += ours.size();
                    if (!ours.equals(e.getValue())) problems.add(firstDifference(e.getValue(), ours));
                }
            }, "stdlib-code-objects", 512L << 20);
            worker.start();
            worker.join();
            System.out.printf("stdlib code objects: %d files, %d code objects, %d files differ%n",
                theirs.size(), codes[0], problems.size());
            if (!problems.isEmpty()) {
                fail(problems.size() + " files differ from CPython:\n" + String.join("\n", problems.subList(0,
                    Math.min(10, problems.size()))));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static String firstDifference(List<String> theirs, List<String> ours) {
        for (int i = 0; i < Math.max(theirs.size(), ours.size()); i++) {
            String t = i < theirs.size() ? theirs.get(i) : "(none)";
            String o = i < ours.size() ? ours.get(i) : "(none)";
            if (!t.equals(o)) return "CPython: " + t + "\n  ours: " + o;
        }
        return "?";
    }

    private static void entries(String rel, CodeObject co, List<String> out) {
        boolean function = (co.flags & CodeObject.CO_OPTIMIZED) != 0;
        boolean comprehension = co.name.equals("<listcomp>") || co.name.equals("<setcomp>")
            || co.name.equals("<dictcomp>") || co.name.equals("<genexpr>");
        String doc = function && !comprehension && co.consts.length > 0 && co.consts[0] instanceof PyStr ? "str" : "-";
        out.add(String.join("\t", rel, co.qualname + ":" + co.firstlineno, Integer.toHexString(co.flags),
            co.argcount + "/" + co.posonlyargcount + "/" + co.kwonlyargcount, String.join(",", co.varnames),
            String.join(",", co.cellvars), String.join(",", co.freevars), doc));
        for (Object c : co.consts) if (c instanceof CodeObject nested) entries(rel, nested, out);
    }
}
