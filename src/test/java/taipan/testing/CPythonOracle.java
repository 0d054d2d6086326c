package taipan.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the tests that compare Taipan with CPython 3.11 over its standard library
 * share: finding CPython 3.11 and its Lib, listing the files the digest scripts
 * walk, hashing text as those scripts do, and reading digests and
 * known-difference lists.
 */
public final class CPythonOracle {
    /** A CPython 3.11 executable and its Lib directory. */
    public record CPython(String executable, Path lib) {}

    private CPythonOracle() {}

    /** The same file list as the script: .py files, sorted, '/'-separated, no site-packages. */
    public static List<String> listPyFiles(Path lib) throws IOException {
        try (Stream<Path> walk = Files.walk(lib)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p))
                .map(p -> lib.relativize(p).toString().replace('\\', '/'))
                .filter(rel -> !("/" + rel).contains("/site-packages/"))
                .sorted().toList();
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8SurrogatePass(text)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** UTF-8 in which a lone surrogate becomes its 3-byte form, like Python's 'surrogatepass'. */
    public static byte[] utf8SurrogatePass(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | cp >> 6);
                out.write(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                out.write(0xF0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3F);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            }
        }
        return out.toByteArray();
    }

    public static Map<String, String> readDigests(Path out) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) digests.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return digests;
    }

    public static Map<String, String> readKnownDifferences(Path file) throws IOException {
        Map<String, String> known = new TreeMap<>();
        if (!Files.exists(file)) return known;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.substring(tab + 1).isBlank()) {
                throw new IOException(file + ": need 'relative/path.py<TAB>reason': " + line);
            }
            known.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return known;
    }

    /** The first of -Dtaipan.python, python3, python3.11 that is CPython 3.11, with its Lib directory. */
    public static CPython findCPython311() {
        List<String> candidates = new ArrayList<>();
        String property = System.getProperty("taipan.python");
        if (property != null && !property.isBlank()) candidates.add(property);
        candidates.add("python3");
        candidates.add("python3.11");
        for (String exe : candidates) {
            try {
                Process p = new ProcessBuilder(exe, "-c",
                        "import os, platform, sys\n"
                        + "print(platform.python_implementation(), '%d.%d' % sys.version_info[:2])\n"
                        + "print(os.path.dirname(os.__file__))")
                    .redirectErrorStream(true).start();
                List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines().toList();
                if (p.waitFor() == 0 && lines.size() == 2 && lines.get(0).equals("CPython 3.11")) {
                    return new CPython(exe, Path.of(lines.get(1)));
                }
            } catch (IOException e) {
                // not installed under this name: try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
