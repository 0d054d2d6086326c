package taipan.tokenizer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Compares our XID_Start / XID_Continue / isprintable with CPython 3.11's
 * (str.isidentifier, str.isprintable) on every code point CPython's Unicode
 * database assigns. Code points unassigned in CPython 3.11's Unicode 14 but
 * assigned in the JDK's newer Unicode are not compared (known gap: such
 * characters are accepted in identifiers by Taipan, rejected by CPython).
 */
class IdentifiersTest {
    @Test
    void characterClassesMatchCPython() throws IOException, InterruptedException {
        String python = CTokenizerOracle.python();
        Assumptions.assumeTrue(python != null, "no CPython 3.11 'python3' on PATH: test skipped");
        // one char per code point: '-' unassigned, else a digit: 4*start + 2*continue + printable
        Process p = new ProcessBuilder(python, "-c", """
                import sys, unicodedata
                out = []
                for cp in range(0x110000):
                    ch = chr(cp)
                    if unicodedata.category(ch) == 'Cn':
                        out.append('-')
                    else:
                        out.append(str(4 * ch.isidentifier() + 2 * ('a' + ch).isidentifier() + ch.isprintable()))
                sys.stdout.write(''.join(out))
                """).redirectErrorStream(true).start();
        String flags = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        p.waitFor(60, TimeUnit.SECONDS);
        assertTrue(flags.length() == 0x110000, () -> "bad output: " + flags.substring(0, Math.min(200, flags.length())));
        List<String> diffs = new ArrayList<>();
        for (int cp = 0; cp < 0x110000; cp++) {
            char f = flags.charAt(cp);
            int expected = f == '-' ? 0 : f - '0';
            int ours = (Identifiers.isXidStart(cp) || cp == '_' ? 4 : 0)
                    + (Identifiers.isXidContinue(cp) ? 2 : 0) + (taipan.unicode.Unicode14.isPrintable(cp) ? 1 : 0);
            if (ours != expected) diffs.add(String.format("U+%04X cpython=%d taipan=%d", cp, expected, ours));
        }
        assertTrue(diffs.isEmpty(), () -> diffs.size() + " differences: " + diffs.subList(0, Math.min(40, diffs.size())));
    }
}
