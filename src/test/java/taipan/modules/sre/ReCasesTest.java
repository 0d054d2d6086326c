package taipan.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import taipan.launcher.Main;

/**
 * The regular expression cases of {@code re_cases.py} (written by
 * tools/gen_re_cases.py from CPython 3.11): once straight through
 * {@code _sre.compile} with CPython's code lists (the engine alone), and once
 * through the {@code re} package when it can be imported (parser, compiler,
 * error messages and replacement templates too). A Python driver runs every
 * case and prints one line per mismatch, then the counts.
 */
class ReCasesTest {
    private static final String DRIVER = """
        def show(m):
            if m is None:
                return None
            return (m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup,
                    [m.span(i) for i in range(1, len(m.groups()) + 1)])
        OPS = {
            'search': lambda p, s, *a: show(p.search(s, *a)),
            'match': lambda p, s, *a: show(p.match(s, *a)),
            'fullmatch': lambda p, s, *a: show(p.fullmatch(s, *a)),
            'findall': lambda p, s, *a: p.findall(s, *a),
            'finditer': lambda p, s, *a: [show(m) for m in p.finditer(s, *a)],
            'sub': lambda p, r, s, *a: p.sub(r, s, *a),
            'subn': lambda p, r, s, *a: p.subn(r, s, *a),
            'subf': lambda p, s, *a: p.sub(lambda m: '<' + m.group().upper() + '>', s, *a),
            'subfb': lambda p, s, *a: p.sub(lambda m: b'<' + m.group().upper() + b'>', s, *a),
            'split': lambda p, s, *a: p.split(s, *a),
            'expand': lambda p, s, t: p.search(s).expand(t),
            'repr': lambda p: repr(p),
            'mrepr': lambda p, s: repr(p.search(s)),
            'attrs': lambda p: (p.pattern, p.flags, p.groups, dict(p.groupindex)),
            'group': lambda p, s, *g: p.search(s).group(*g),
            'start': lambda p, s, g: p.search(s).start(g),
            'scanner': lambda p, s: [show(m) for m in iter(p.scanner(s).match, None)],
        }
        def run(p, op, args):
            try:
                return ascii(OPS[op](p, *args))
            except Exception as e:
                return 'error: %s: %s' % (type(e).__name__, e)
        ok = bad = 0
        for pat, flags, code, groups, gi, ig, op, args, exp in CASES:
            if VIA_RE:
                try:
                    p = re.compile(pat, flags)
                except Exception as e:
                    got = 'error: %s: %s' % (type(e).__name__, e)
                else:
                    got = run(p, op, args)
            elif code is None or op == 'expand' or op in ('sub', 'subn') and '\\\\' in ascii(args[0]):
                continue
            else:
                got = run(_sre.compile(pat, flags, code, groups, gi, ig), op, args)
            if got == exp:
                ok += 1
            else:
                bad += 1
                print('MISMATCH', ascii((pat, flags, op, args))[:300], 'got', got[:300], 'expected', exp[:300])
        print('ok', ok, 'bad', bad)
        """;

    private static String run(String program) throws IOException {
        Path file = Files.createTempFile("re_cases", ".py");
        try {
            Files.writeString(file, program);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int rc = Main.run(new String[] {file.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            String text = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, rc, () -> text + err.toString(StandardCharsets.UTF_8));
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String cases() throws IOException {
        try (InputStream in = ReCasesTest.class.getResourceAsStream("re_cases.py")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static void check(String output, int atLeast) {
        String last = output.strip().substring(output.strip().lastIndexOf('\n') + 1);
        String[] words = last.split(" ");
        assertEquals("ok", words[0], output);
        assertEquals("0", words[3], output);
        assertTrue(Integer.parseInt(words[1]) >= atLeast, last);
    }

    @Test
    void engineMatchesCPythonOnItsOwnCodeLists() throws IOException {
        check(run("import _sre\nVIA_RE = False\n" + cases() + DRIVER), 5000);
    }

    @Test
    void rePackageMatchesCPython() throws IOException {
        String probe = run("try:\n    import re\n    print('yes')\nexcept ImportError:\n    print('no')\n");
        Assumptions.assumeTrue(probe.strip().endsWith("yes"), "import re needs modules not yet merged");
        check(run("import re\nVIA_RE = True\n" + cases() + DRIVER), 7000);
    }
}
