package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.security.MessageDigest;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import taipan.unicode.Unicode14Text;

/**
 * Checks str's one-character predicates (isalpha, isdigit, isupper, ...) on
 * every code point against CPython 3.11, from str_unicode_props.txt (written by
 * tools/gen_str_unicode_cases.py); each property reports the first few code
 * points where Taipan differs; and the names of all code points (as one digest).
 */
class StrUnicodePropertiesTest {
    static {
        TypeSetup.installAll();
    }

    @TestFactory
    Stream<DynamicTest> properties() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                StrUnicodePropertiesTest.class.getResourceAsStream("str_unicode_props.txt"),
                StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(" ");
                if (f[0].equals("names")) {
                    tests.add(DynamicTest.dynamicTest("names", () -> assertEquals(f[1], namesDigest())));
                    continue;
                }
                BitSet expected = new BitSet(0x110000);
                for (int i = 1; i < f.length; i++) {
                    String[] lohi = f[i].split("-");
                    expected.set(Integer.parseInt(lohi[0], 16), Integer.parseInt(lohi[1], 16) + 1);
                }
                tests.add(DynamicTest.dynamicTest(f[0], () -> assertEquals("", differences(f[0], expected))));
            }
        }
        return tests.stream();
    }

    /** The SHA-256 of every code point's name ('' for none), one per line, in UTF-8. */
    private static String namesDigest() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int cp = 0; cp < 0x110000; cp++) {
            if (cp > 0) {
                sb.append('\n');
            }
            String n = Unicode14Text.name(cp);
            sb.append(n == null ? "" : n);
        }
        byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d);
    }

    private static String differences(String method, BitSet expected) {
        MethodDescriptor md = (MethodDescriptor) BuiltinTypes.STR.lookup(method);
        StringBuilder sb = new StringBuilder();
        int count = 0;
        Object[] none = new Object[0];
        for (int cp = 0; cp < 0x110000; cp++) {
            boolean got = (Boolean) md.callWithSelf(PyStr.of(Character.toString(cp)), none, null);
            if (got != expected.get(cp) && count++ < 10) {
                sb.append(String.format("U+%04X:%s ", cp, got));
            }
        }
        return count == 0 ? "" : count + " differ: " + sb;
    }
}
