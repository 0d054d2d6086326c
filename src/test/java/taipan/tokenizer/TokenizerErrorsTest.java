package taipan.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;

/**
 * Source decoding and tokenizer errors with the exact exception CPython 3.11
 * raises for {@code ast.parse(bytes)} (expectations recorded from CPython
 * 3.11.7; sources chosen so that the parser reaches the tokenizer error, so
 * tokenizing to the end stands in for parsing). Inputs are byte strings
 * written as Latin-1 Java strings. Fields: type|msg|lineno|offset|end_lineno|end_offset|text.
 */
class TokenizerErrorsTest {
    static final String[][] CASES = {
        {"x = (\n\n1,\n",
            "SyntaxError|'(' was never closed|1|5|1|0|x = ("},
        {"x = (\n",
            "SyntaxError|'(' was never closed|1|5|1|0|x = (\\n"},
        {"x = [\n1,\n(2\n",
            "SyntaxError|'(' was never closed|3|1|3|0|(2\\n"},
        {"if 1:\n  x = (\n",
            "SyntaxError|'(' was never closed|2|7|2|0|  x = (\\n"},
        {"x = {\n  'a': [1,\n",
            "SyntaxError|'[' was never closed|2|8|2|0|  'a': [1,\\n"},
        {"if x:\n    y\n  z\n",
            "IndentationError|unindent does not match any outer indentation level|3|4|3|-1|  z\\n"},
        {"if x:\n    y\n  z = (\n",
            "IndentationError|unindent does not match any outer indentation level|3|8|3|-1|  z = (\\n"},
        {"if x:\n\ty\n        z\n",
            "TabError|inconsistent use of tabs and spaces in indentation|3|1|3|0|        z\\n"},
        {"if x:\n        y\n\tz\n",
            "TabError|inconsistent use of tabs and spaces in indentation|3|1|3|0|\u0009z\\n"},
        {"if x:\n  \ty\n\t  z\n",
            "TabError|inconsistent use of tabs and spaces in indentation|3|1|3|0|\u0009  z\\n"},
        {"if x:\n\ty\n\tz\n",
            "OK"},
        {"x = 1 \\ y\n",
            "SyntaxError|unexpected character after line continuation character|1|8|1|0|x = 1 \\\\ y\\n"},
        {"x = (1 \\ y)\n",
            "SyntaxError|unexpected character after line continuation character|1|9|1|0|x = (1 \\\\ y)\\n"},
        {"x = 1 + \\\n 2 \\ y\n",
            "SyntaxError|unexpected character after line continuation character|2|15|2|0|x = 1 + \\\\\\n 2 \\\\ y\\n"},
        {"x = '''a\\\nb''' \\ y\n",
            "SyntaxError|unexpected character after line continuation character|2|17|2|0|x = '''a\\\\\\nb''' \\\\ y\\n"},
        {"x = 1 \\",
            "SyntaxError|unexpected EOF while parsing|1|8|1|-1|x = 1 \\\\\\n"},
        {"x = 1 \\\n",
            "SyntaxError|unexpected EOF while parsing|1|8|1|-1|x = 1 \\\\\\n"},
        {"\\\n",
            "SyntaxError|unexpected EOF while parsing|1|2|1|-1|\\\\\\n"},
        {"  \\\n",
            "SyntaxError|unexpected EOF while parsing|1|4|1|-1|  \\\\\\n"},
        {"if 1:\n  \\ x\n",
            "SyntaxError|unexpected character after line continuation character|2|4|2|0|  \\\\ x\\n"},
        {"x = 1\nab\u00f6cd = 2\n",
            "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte|2|5|2|-1|ab\ufffdcd = 2\\n"},
        {"x = 1\n\u00e9\n",
            "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data|2|1|2|-1|\ufffd\\n"},
        {"x = 1\n\u00e4\u00b8x = 1\n",
            "SyntaxError|(unicode error) 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte|2|3|2|-1|\ufffdx = 1\\n"},
        {"\u00ef\u00bb\u00bfx = 1\nab\u00f6cd = 2\n",
            "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte|2|3|2|-1|ab\ufffdcd = 2\\n"},
        {"# coding: uft-8\nx = 1\n",
            "SyntaxError|unknown encoding: uft-8|0|-1|None|None|"},
        {"\u00ef\u00bb\u00bf# coding: latin-1\n",
            "SyntaxError|encoding problem: iso-8859-1 with BOM|0|-1|None|None|"},
        {"\u00ef\u00bb\u00bf# coding: utf8\n1\n",
            "SyntaxError|encoding problem: utf8 with BOM|0|-1|None|None|"},
        {"\u00ef\u00bb\u00bf# coding: utf-8\nx = 1\n",
            "OK"},
        {"# coding=utf8\n\u00f6",
            "SyntaxError|'utf-8' codec can't decode byte 0xf6 in position 14: invalid start byte|0|-1|None|None|"},
        {"# coding: ascii\n\u00c3\u00a9",
            "SyntaxError|'ascii' codec can't decode byte 0xc3 in position 16: ordinal not in range(128)|0|-1|None|None|"},
        {"# coding: latin-1\n\u00e9 = 1\n",
            "OK"},
        {"\n# coding: latin-1\n\u00e9 = 1\n",
            "OK"},
        {"#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\n\u00e9 = 1\n",
            "OK"},
        {"x = 1\n# coding: latin-1\n\u00e9 = 1\n",
            "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data|3|1|3|-1|\ufffd = 1\\n"},
        {"\n\n# coding: latin-1\n\u00e9 = 1\n",
            "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data|4|1|4|-1|\ufffd = 1\\n"},
        {"# -*- coding: iso-8859-15 -*-\n\u00a4 = 1\n",
            "SyntaxError|invalid character '\u20ac' (U+20AC)|2|1|2|1|\u20ac = 1"},
        {"# coding: cp1252\nx = '\u0081'\n",
            "SyntaxError|'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>|0|-1|None|None|"},
        {"x = 'a\u00e9' \\ \n",
            "SyntaxError|unexpected character after line continuation character|1|11|1|0|x = 'a\ufffd' \\\\ \\n"},
        {"\u00e9\u00e9 = 'x' \\ y\n",
            "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte|1|2|1|-1|\ufffd\ufffd = 'x' \\\\ y\\n"},
        {"# coding: latin-1\n\u00e9\u00e9 = 'x' \\ y\n",
            "SyntaxError|unexpected character after line continuation character|2|11|2|0|\u00e9\u00e9 = 'x' \\\\ y\\n"},
        {"x = 1\r\n  \\\r\n",
            "OK"},
        {"x = (\r\n",
            "SyntaxError|'(' was never closed|1|5|1|0|x = ("},
        {"if x:\r\n    y\r\n  z\r\n",
            "IndentationError|unindent does not match any outer indentation level|3|4|3|-1|  z\\n"},
        {"x = 'abc\n",
            "SyntaxError|unterminated string literal (detected at line 1)|1|5|1|5|x = 'abc"},
        {"x = 'abc",
            "SyntaxError|unterminated string literal (detected at line 1)|1|5|1|5|x = 'abc"},
        {"x = '''abc\n\ndef\n",
            "SyntaxError|unterminated triple-quoted string literal (detected at line 3)|1|5|1|5|x = '''abc"},
        {"x = ('''abc\n\ndef\n",
            "SyntaxError|unterminated triple-quoted string literal (detected at line 3)|1|6|1|6|x = ('''abc"},
        {"\u00c3\u00a9 = 'abc\n",
            "SyntaxError|unterminated string literal (detected at line 1)|1|5|1|5|\u00e9 = 'abc"},
        {"x = 1 + \u00e2\u0082\u00ac\n",
            "SyntaxError|invalid character '\u20ac' (U+20AC)|1|9|1|9|x = 1 + \u20ac"},
        {"x = 1 + a\u00e2\u0082\u00acb\n",
            "SyntaxError|invalid character '\u20ac' (U+20AC)|1|10|1|10|x = 1 + a\u20acb"},
        {"x = 1 + \u00c2\u00a0\n",
            "SyntaxError|invalid non-printable character U+00A0|1|9|1|9|x = 1 + \u00a0"},
        {"x = a\u00c2\u00a0b\n",
            "SyntaxError|invalid non-printable character U+00A0|1|6|1|6|x = a\u00a0b"},
        {"x = '\u00c3\u00a9\u00c3\u00a9' + \u00e2\u0082\u00ac\n",
            "SyntaxError|invalid character '\u20ac' (U+20AC)|1|12|1|12|x = '\u00e9\u00e9' + \u20ac"},
        {"x = )\n",
            "SyntaxError|unmatched ')'|1|5|1|5|x = )"},
        {"x = (]\n",
            "SyntaxError|closing parenthesis ']' does not match opening parenthesis '('|1|6|1|6|x = (]"},
        {"x = (\n]\n",
            "SyntaxError|closing parenthesis ']' does not match opening parenthesis '(' on line 1|2|1|2|1|]"},
        {"x = 1andy\n",
            "SyntaxError|invalid decimal literal|1|5|1|5|x = 1andy"},
        {"x = 0x\n",
            "SyntaxError|invalid hexadecimal literal|1|6|1|6|x = 0x"},
        {"x = 0xg\n",
            "SyntaxError|invalid hexadecimal literal|1|6|1|6|x = 0xg"},
        {"x = 0o8\n",
            "SyntaxError|invalid digit '8' in octal literal|1|7|1|7|x = 0o8"},
        {"x = 0o\n",
            "SyntaxError|invalid octal literal|1|6|1|6|x = 0o"},
        {"x = 0o18\n",
            "SyntaxError|invalid digit '8' in octal literal|1|8|1|8|x = 0o18"},
        {"x = 0b2\n",
            "SyntaxError|invalid digit '2' in binary literal|1|7|1|7|x = 0b2"},
        {"x = 0b\n",
            "SyntaxError|invalid binary literal|1|6|1|6|x = 0b"},
        {"x = 012\n",
            "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1|5|1|6|x = 012"},
        {"x = 00012 + 1\n",
            "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1|5|1|8|x = 00012 + 1"},
        {"x = '\u00c3\u00a9' + 012\n",
            "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1|12|1|13|x = '\u00e9' + 012"},
        {"x = 1__0\n",
            "SyntaxError|invalid decimal literal|1|6|1|6|x = 1__0"},
        {"x = 1_\n",
            "SyntaxError|invalid decimal literal|1|6|1|6|x = 1_"},
        {"x = 1e\n",
            "SyntaxError|invalid decimal literal|1|5|1|5|x = 1e"},
        {"x = 1e+\n",
            "SyntaxError|invalid decimal literal|1|7|1|7|x = 1e+"},
        {"x = 1jx\n",
            "SyntaxError|invalid imaginary literal|1|6|1|6|x = 1jx"},
        {"x = 0b1_\n",
            "SyntaxError|invalid binary literal|1|8|1|8|x = 0b1_"},
        {"x = 1 \u0001\n",
            "SyntaxError|invalid non-printable character U+0001|1|7|1|7|x = 1 \u0001"},
        {"x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((\n",
            "SyntaxError|too many nested parentheses|1|205|1|205|x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("},
        {"x = '''\n\n'''  + 0o8\n",
            "SyntaxError|invalid digit '8' in octal literal|3|10|3|10|'''  + 0o8"},
        {"x = 1if 1else 2\n",
            "OK"},
        {"x = 0x1for x in y\n",
            "OK"},
        {"x = 1_000.0_1e1_0j + 0b_1 + 0o_7 + 0x_f + 1.e5 + .5 + 5. + 1e-5 + 1E+5J\n",
            "OK"},
        {"x = 0e0 + 00.5 + 0_0 + 00 + 0j + 09.5 + 09e1 + 09j\n",
            "OK"},
    };

    /** The same for a script run as {@code python3 /tmp/tk/sc.py} (CPython's file tokenizer). */
    static final String[][] SCRIPT_CASES = {
        {"x = 1\nab\u00f6 = 2\n", "SyntaxError|Non-UTF-8 code starting with '\\xf6' in file /tmp/tk/sc.py on line 2, "
                + "but no encoding declared; see https://peps.python.org/pep-0263/ for details|None|None|None|None|"},
        {"# coding: uft-8\nx = 1\n", "SyntaxError|encoding problem: uft-8|None|None|None|None|"},
        {"x = (1,\n", "SyntaxError|'(' was never closed|1|5|1|0|x = (1,\\n"},
        {"x = 1\r\ny = (\r\n", "SyntaxError|'(' was never closed|2|5|2|0|y = (\\n"},
        {"\u00f6 = 1\n", "SyntaxError|Non-UTF-8 code starting with '\\xf6' in file /tmp/tk/sc.py on line 1, "
                + "but no encoding declared; see https://peps.python.org/pep-0263/ for details|None|None|None|None|"},
        {"#\u00f6\nx = (\n", "SyntaxError|Non-UTF-8 code starting with '\\xf6' in file /tmp/tk/sc.py on line 1, "
                + "but no encoding declared; see https://peps.python.org/pep-0263/ for details|None|None|None|None|"},
        {"\u00ef\u00bb\u00bf# coding: latin-1\n", "SyntaxError|encoding problem: iso-8859-1 with BOM|None|None|None|None|"},
        {"x = (\n\u00f6\n", "SyntaxError|Non-UTF-8 code starting with '\\xf6' in file /tmp/tk/sc.py on line 2, "
                + "but no encoding declared; see https://peps.python.org/pep-0263/ for details|None|None|None|None|"},
        {"\u00ef\u00bb\u00bfx = (\n", "SyntaxError|'(' was never closed|1|3|1|0|\ufeffx = (\\n"},
        {"x = (", "SyntaxError|'(' was never closed|1|5|1|0|x = ("},
        {"if x:\n    y\n  z", "IndentationError|unindent does not match any outer indentation level|3|4|3|-1|  z"},
        {"x = 'abc\n", "SyntaxError|unterminated string literal (detected at line 1)|1|5|1|5|x = 'abc"},
        {"x = 1 \\\n", "SyntaxError|unexpected EOF while parsing|1|8|1|-1|x = 1 \\\\\\n"},
    };

    /** Tokenizes the whole source the way the parser would pull it; "OK" or the error. */
    static String run(byte[] source) {
        try {
            return drain(new Tokenizer(SourceFile.fromBytes(source, "<x>")));
        } catch (PythonSyntaxError e) {
            return describe(e);
        }
    }

    static String runScript(byte[] source) {
        try {
            return drain(new Tokenizer(SourceFile.fromScript(source, "/tmp/tk/sc.py")));
        } catch (PythonSyntaxError e) {
            return describe(e);
        }
    }

    private static String drain(Tokenizer t) {
        try {
            for (;;) {
                Token k = t.next();
                if (k.type == TokenType.ENDMARKER) return "OK";
                if (k.type == TokenType.ERRORTOKEN) return describe(t.deferredError());
            }
        } catch (PythonSyntaxError e) {
            return describe(e);
        }
    }

    static String describe(PythonSyntaxError e) {
        return CTokenizerOracle.describe(e).substring(4);
    }

    @TestFactory
    List<DynamicTest> cpythonErrors() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] c : CASES) {
            byte[] src = c[0].getBytes(StandardCharsets.ISO_8859_1);
            tests.add(DynamicTest.dynamicTest(name(c[0]), () -> assertEquals(c[1], run(src))));
        }
        for (String[] c : SCRIPT_CASES) {
            byte[] src = c[0].getBytes(StandardCharsets.ISO_8859_1);
            tests.add(DynamicTest.dynamicTest("script " + name(c[0]), () -> assertEquals(c[1], runScript(src))));
        }
        return tests;
    }

    private static String name(String src) {
        String name = CTokenizerOracle.esc(src);
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
