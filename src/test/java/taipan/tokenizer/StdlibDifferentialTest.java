package taipan.tokenizer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Tokenizes every .py file of the installed CPython 3.11 standard library
 * (site-packages excluded) and compares tokens, positions and errors with
 * CPython's own C tokenizer (tokenize._generate_tokens_from_c_tokenizer, the
 * real Parser/tokenizer.c; the pure-Python tokenize module differs from it in
 * NEWLINE/INDENT/DEDENT positions, COMMENT/NL tokens, ERRORTOKEN and f-strings,
 * so it is not used). Only files the oracle cannot decode as str are skipped
 * (bad cookies, undeclared non-UTF-8); their behaviour is unit-tested.
 * Skipped with a message when no CPython 3.11 is installed.
 */
class StdlibDifferentialTest {
    @Test
    void wholeStdlibMatchesCTokenizer() throws IOException, InterruptedException {
        String python = CTokenizerOracle.python();
        Assumptions.assumeTrue(python != null, "no CPython 3.11 'python3' on PATH: differential test skipped");
        Path lib = CTokenizerOracle.stdlib(python);
        Assumptions.assumeTrue(Files.isDirectory(lib), "CPython Lib not found at " + lib);
        List<String> files;
        try (Stream<Path> s = Files.walk(lib)) {
            files = s.filter(p -> p.toString().endsWith(".py"))
                    .map(p -> lib.relativize(p).toString())
                    .filter(p -> !p.startsWith("site-packages"))
                    .sorted().toList();
        }
        CTokenizerOracle.Result r = CTokenizerOracle.compare(python, lib, files, 20);
        System.out.printf("stdlib differential: %d files compared, %d skipped, %d tokens, %d mismatching files%n",
                r.files, r.skipped, r.tokens, r.mismatches.size());
        r.mismatches.stream().limit(20).forEach(m -> System.out.println("  " + m));
        assertTrue(r.files > 1000, "too few files compared: " + r.files);
        assertTrue(r.mismatches.isEmpty(), () -> r.mismatches.size() + " files differ, first: " + r.mismatches.get(0));
    }
}
