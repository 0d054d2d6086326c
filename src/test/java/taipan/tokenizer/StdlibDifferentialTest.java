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
    /** Prints how long tokenizing the whole stdlib takes once warm (source already in memory). */
    private static void reportSpeed(Path lib, List<String> files) throws IOException {
        List<byte[]> sources = new java.util.ArrayList<>();
        long bytes = 0;
        for (String f : files) {
            byte[] b = Files.readAllBytes(lib.resolve(f));
            sources.add(b);
            bytes += b.length;
        }
        long best = Long.MAX_VALUE;
        long count = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            count = 0;
            for (byte[] b : sources) {
                try {
                    Tokenizer t = new Tokenizer(taipan.source.SourceFile.fromBytes(b, "f"));
                    for (Token k = t.next(); k.type != TokenType.ENDMARKER && k.type != TokenType.ERRORTOKEN;
                         k = t.next()) {
                        count++;
                    }
                } catch (taipan.source.PythonSyntaxError e) {
                    // a few test files are meant to fail
                }
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("tokenized %d files (%.1f MB, %d tokens) in %d ms (best of 3)%n", sources.size(),
                bytes / 1e6, count, best / 1_000_000);
    }

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
        reportSpeed(lib, files);
        assertTrue(r.mismatches.isEmpty(), () -> r.mismatches.size() + " files differ, first: " + r.mismatches.get(0));
    }
}
