package taipan.tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;

/**
 * Runs CPython 3.11's own C tokenizer (through the test resource c_tokens.py)
 * on files and compares its tokens, positions and errors with ours, token by
 * token. Used by the differential tests; null python means "not available".
 */
final class CTokenizerOracle {
    /** Result of comparing a batch of files. */
    static final class Result {
        int files;
        int skipped;
        long tokens;
        final List<String> mismatches = new ArrayList<>();
    }

    private CTokenizerOracle() {}

    /** A python3 that is CPython 3.11, or null. */
    static String python() {
        try {
            Process p = new ProcessBuilder("python3", "-c",
                    "import sys, tokenize; print(sys.version_info[:2] == (3, 11) and "
                            + "hasattr(tokenize, '_generate_tokens_from_c_tokenizer'))")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(30, TimeUnit.SECONDS);
            return out.equals("True") ? "python3" : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    /** The directory of CPython's standard library (os.py's directory). */
    static Path stdlib(String python) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python, "-c", "import os; print(os.path.dirname(os.__file__))").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(30, TimeUnit.SECONDS);
        return Path.of(out);
    }

    static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String describe(PythonSyntaxError e) {
        return "ERR " + e.kind + "|" + e.msg + "|" + e.lineno + "|" + e.offset + "|"
                + (e.endLineno == PythonSyntaxError.NONE ? "None" : e.endLineno) + "|"
                + (e.endOffset == PythonSyntaxError.NONE ? "None" : e.endOffset) + "|"
                + esc(e.text == null ? "" : e.text);
    }

    private static String kind(TokenType t) {
        return switch (t) {
            case NAME -> "N";
            case NUMBER -> "U";
            case STRING -> "S";
            case NEWLINE -> "L";
            case INDENT -> "I";
            case DEDENT -> "D";
            default -> "O";
        };
    }

    /** Compares our tokenizer with CPython's on every file (paths relative to dir). */
    static Result compare(String python, Path dir, List<String> files, int maxMismatches)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("c_tokens", ".py");
        try (InputStream in = CTokenizerOracle.class.getResourceAsStream("c_tokens.py")) {
            Files.write(script, in.readAllBytes());
        }
        ProcessBuilder pb = new ProcessBuilder(python, script.toString()).directory(dir.toFile());
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        Thread feeder = new Thread(() -> {
            try (OutputStream os = p.getOutputStream()) {
                os.write(String.join("\n", files).concat("\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the reader below reports a short output
            }
        });
        feeder.start();
        Result r = new Result();
        try (BufferedReader rd = new BufferedReader(
                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
            String line = rd.readLine();
            while (line != null) {
                if (!line.startsWith("FILE ")) throw new IllegalStateException("unexpected oracle output: " + line);
                String file = line.substring(5);
                line = rd.readLine();
                if (line != null && line.startsWith("SKIP")) {
                    r.skipped++;
                    line = rd.readLine();
                    continue;
                }
                r.files++;
                Tokenizer tok;
                String ours;
                try {
                    tok = new Tokenizer(SourceFile.fromBytes(Files.readAllBytes(dir.resolve(file)), file));
                } catch (PythonSyntaxError e) {
                    tok = null;
                }
                boolean mismatch = false;
                while (line != null && !line.startsWith("FILE ")) {
                    ours = tok == null ? "INIT-ERROR" : nextLine(tok);
                    if (!mismatch && !same(line, ours)) {
                        mismatch = true;
                        if (r.mismatches.size() < maxMismatches) {
                            r.mismatches.add(file + "\n    cpython: " + line + "\n    taipan:  " + ours);
                        } else {
                            r.mismatches.add(file);
                        }
                    }
                    if (!line.startsWith("END") && !line.startsWith("ERR")) r.tokens++;
                    line = rd.readLine();
                }
            }
        } finally {
            feeder.join();
            p.waitFor(60, TimeUnit.SECONDS);
            Files.deleteIfExists(script);
        }
        return r;
    }

    private static boolean same(String c, String ours) {
        if (c.equals(ours)) return true;
        if (c.startsWith("L ") && ours.startsWith("L ")) {
            // the C NEWLINE token's text is the comment before it, if any; ours is always ""
            return c.startsWith(ours);
        }
        if (c.startsWith("N ") && ours.startsWith("N ")) {
            int i = nthSpace(c, 5);
            int j = nthSpace(ours, 5);
            return c.substring(0, i).equals(ours.substring(0, j))
                    && Normalizer.normalize(c.substring(i + 1), Normalizer.Form.NFKC).equals(ours.substring(j + 1));
        }
        return false;
    }

    private static int nthSpace(String s, int n) {
        int i = -1;
        for (int k = 0; k < n; k++) i = s.indexOf(' ', i + 1);
        return i;
    }

    private static String nextLine(Tokenizer tok) {
        Token t;
        try {
            t = tok.next();
        } catch (PythonSyntaxError e) {
            return describe(e);
        }
        if (t.type == TokenType.ENDMARKER || t.type == TokenType.ERRORTOKEN) return "END";
        return kind(t.type) + " " + t.line + " " + t.col + " " + t.endLine + " " + t.endCol + " " + esc(t.text);
    }
}
