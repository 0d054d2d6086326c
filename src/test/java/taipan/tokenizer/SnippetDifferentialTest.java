package taipan.tokenizer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edge cases of the lexical grammar, each compared token by token (types,
 * positions, texts, immediate errors) with CPython 3.11's C tokenizer.
 * Skipped when no CPython 3.11 is installed; the same behaviours are pinned
 * by hand-written expectations in {@link TokenizerTest}.
 */
class SnippetDifferentialTest {
    static final String[] SNIPPETS = {
        // layout
        "if x:\n    y = 1\n    if z:\n\tw\n\n  # c\nv\n",
        "if x:\n\ty\n        z\n",
        "if x:\n        y\n\tz\n",
        "if a:\n  \tb\n  \tc\n",
        "\fif 1:\n  x = 1\n\f  y\n",
        "if 1:\n  x = 1\n \f  y\n",
        "if 1:\n    \\\n  x = 1\n",
        "if 1:\n  \\\n    x = 1\n",
        "x = 1 \\\n  + 2\n",
        "x = (1,\n  2,\n\n# c\n  3)\ny\n",
        "x = 1\n\n\n   \n\t\n# only comment\n  # indented comment\ny\n",
        "x = 1 # trailing",
        "x = 1",
        "",
        "\n\n",
        "# just a comment",
        "x\r\ny\r\n",
        "x\ry\r",
        "if 1:\r\n  x = '''a\r\nb'''\r\n",
        "def f(a, b) -> int:\n    return a\n",
        "async def f():\n    await x\n    async with y: pass\n",
        // strings
        "a = 'x' \"y\" '''z''' \"\"\"w\"\"\" '' \"\" '''''' \"\"\"\"\"\"\n",
        "a = r'x' R'x' u'x' U'x' b'x' B'x' br'x' rb'x' Rb'x' bR'x' f'x' F'x' fr'x' rf'x' Rf'x' fR'x'\n",
        "a = ur'x'\n",
        "a = bu'x'\n",
        "a = ub'x'\n",
        "a = fb'x'\n",
        "a = rr'x'\n",
        "a = 'a\\'b' 'c\\\\' \"\\\"\"\n",
        "a = 'line\\\ncontinued'\n",
        "a = '''multi\nline\n''' + f'''{x\n}'''\n",
        "a = f'{x!r:>{w}}' rf\"{y}\\n\"\n",
        "x = 'abc\n",
        "x = 'abc",
        "x = '''abc\n\ndef\n",
        "x = ('''abc\n\ndef\n",
        "x = 'a\\\nb\n",
        "é = 'abc\n",
        "x = \"\"\"\n\n\"\"\"  + 0o8\n",
        // numbers
        "x = 0 1 00 0_0 123 1_000 0x1F 0X_a_b 0o17 0O_7 0b1 0B_1_0\n",
        "x = 1.5 1. .5 1e5 1E+5 1e-5 1.5e5 1_0.0_1e1_0 .5j 1j 1J 1.5j 1e5j 0j 00.5 09.5 09e1 09j 0e0\n",
        "x = 1if 1else 2\n",
        "x = 0x1for x in y\n",
        "x = [1ifx in y]\n",
        "x = 1 and 2 or 3 not in 4 is 5\n",
        "x = 1and 2\n",
        "x = 1or 2\n",
        "x = 1not in y\n",
        "x = 1in y\n",
        "x = 1is y\n",
        "x = 1_if\n",
        "x = 1.e\n",
        "x = 1e\n",
        "x = 1ex\n",
        "x = 1else\n",
        "x = 1.5else 2\n",
        "x = 1jif 1 else 2\n",
        "x = 0andy\n",
        "x = 0_\n",
        "x = 0__1\n",
        "x = 1andy\n",
        "x = 0x\n",
        "x = 0x_\n",
        "x = 0xg\n",
        "x = 0x1g\n",
        "x = 0o8\n",
        "x = 0o\n",
        "x = 0o18\n",
        "x = 0o1x\n",
        "x = 0b2\n",
        "x = 0b12\n",
        "x = 0b\n",
        "x = 0b1_\n",
        "x = 0b1x\n",
        "x = 012\n",
        "x = 00012 + 1\n",
        "x = 0_1\n",
        "x = 09\n",
        "x = 'é' + 012\n",
        "x = 1__0\n",
        "x = 1_\n",
        "x = 1.5_\n",
        "x = 1e+\n",
        "x = 1e5x\n",
        "x = 1jx\n",
        "x = 1.2.3\n",
        "x = 1._5\n",
        "x = 1e_5\n",
        "x = ...\n",
        "x = ..\n",
        "x = a.b..c\n",
        // operators
        "a += b -= c *= d /= e //= f %= g @= h &= i |= j ^= k >>= l <<= m **= n\n",
        "a -> b := c != d <> e == f <= g >= h << i >> j ** k // l\n",
        "a ! b $ c ? d ` e\n",
        "x = (1, [2, {3: 4}])\n",
        "x = )\n",
        "x = (]\n",
        "x = (\n]\n",
        "x = }\n",
        "x = {1: (2]}\n",
        "x = 1 + \u20ac\n",
        "x = 1 + a\u20acb\n",
        "x = 1 + \u00a0\n",
        "x = a\u00a0b\n",
        "x = 1 \u0001\n",
        "x = 1 \u007f\n",
        "x = \u00e9\u00e9 + 'é' + \u20ac\n",
        // identifiers
        "\u00e9t\u00e9 = \u03c0 + \u0394x + \u65e5\u672c + _\u00b7 + \ufb01 + \u2118 + \u212e\n",
        "x = \ud835\udc00\ud835\udc01 + \u2160\n",
        "x = a\u0300b + \u0300\n",
        "x = \u00b7a\n",
        "x = a\u200db\n",
        "x = \u2e2f\n",
        "x = \u00ba + \u00aa\n",
        "x = a\u2044b\n",
        "x = \u309b\n",
        // brackets
        "(" .repeat(200) + ")".repeat(200) + "\n",
        "x = (" + "(".repeat(200) + "\n",
        "x = [\n1,\n(2\n",
        // continuation
        "x = 1 \\ y\n",
        "x = 1 + \\\n 2 \\ y\n",
        "\\\n",
        "x = 1 \\\n\n",
    };

    @Test
    void snippetsMatchCTokenizer(@TempDir Path dir) throws IOException, InterruptedException {
        String python = CTokenizerOracle.python();
        Assumptions.assumeTrue(python != null, "no CPython 3.11 'python3' on PATH: differential test skipped");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < SNIPPETS.length; i++) {
            String name = "s" + i + ".py";
            Files.write(dir.resolve(name), SNIPPETS[i].getBytes(StandardCharsets.UTF_8));
            files.add(name);
        }
        CTokenizerOracle.Result r = CTokenizerOracle.compare(python, dir, files, 1000);
        StringBuilder sb = new StringBuilder();
        for (String m : r.mismatches) {
            int i = Integer.parseInt(m.substring(1, m.indexOf('.')));
            sb.append(CTokenizerOracle.esc(SNIPPETS[i])).append("\n  ").append(m).append('\n');
        }
        assertTrue(r.mismatches.isEmpty(), () -> r.mismatches.size() + " snippets differ:\n" + sb);
        assertTrue(r.files == SNIPPETS.length, "compared " + r.files);
    }
}
