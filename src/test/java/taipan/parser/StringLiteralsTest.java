package taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import taipan.ast.AstDump;
import taipan.ast.CmpOpKind;
import taipan.ast.Expr;
import taipan.ast.ExprContext;
import taipan.source.PythonSyntaxError;
import taipan.tokenizer.Token;
import taipan.tokenizer.TokenType;

/**
 * Checks {@link StringLiterals#concatenate} against CPython 3.11's ast.dump (or
 * SyntaxError message) for every case in string_literals.txt, and the real
 * parser's error positions for the modules in string_errors.txt; both files
 * are generated with CPython by tools/gen_string_literal_cases.py. The STRING tokens
 * are found by a small scanner here and replacement-field expressions are
 * parsed by a stand-in host that knows names, attribute chains, ints,
 * comparisons and parentheses, placing tokens as the real parser's fstring sub-parser does.
 */
class StringLiteralsTest {

    @Test
    void matchesCPython() throws IOException {
        List<String> lines = readResource("string_literals.txt");
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            String src = SyntaxErrorCorpusTest.unescape(lines.get(i).substring(4));
            String expected = lines.get(i + 1);
            String actual;
            try {
                actual = "AST " + AstDump.dump(StringLiterals.concatenate(stringTokens(src), new FakeHost()));
            } catch (PythonSyntaxError e) {
                actual = "ERR " + e.msg;
            } catch (RuntimeException e) {
                actual = "EXC " + e;
            }
            if (!expected.equals(actual)) {
                failures.add("source: " + lines.get(i).substring(4) + "\n  expected: " + expected
                        + "\n  actual:   " + actual);
            }
            checked++;
        }
        assertTrue(checked > 200, "too few cases: " + checked);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + checked + " cases differ from CPython:\n" + String.join("\n", failures));
        }
    }

    /** Whole modules through the real parser: message and position of each string-literal error. */
    @Test
    void errorPositionsMatchCPython() throws IOException {
        List<String> lines = readResource("string_errors.txt");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            byte[] source = SyntaxErrorCorpusTest.unescape(lines.get(i).substring(4)).getBytes(StandardCharsets.UTF_8);
            String actual;
            try {
                Parser.parseModule(source, "t.py");
                actual = "no error";
            } catch (PythonSyntaxError e) {
                actual = "ERR " + e.msg + "|" + e.lineno + "|" + e.offset + "|" + e.endLineno + "|" + e.endOffset;
            }
            if (!lines.get(i + 1).equals(actual)) {
                failures.add(lines.get(i) + "\n  expected: " + lines.get(i + 1) + "\n  actual:   " + actual);
            }
        }
        assertTrue(lines.size() > 100, "too few cases");
        if (!failures.isEmpty()) fail(failures.size() + " errors differ from CPython:\n" + String.join("\n", failures));
    }

    @Test
    void surrogateEscapes() {
        Expr.Constant lone = (Expr.Constant) StringLiterals.concatenate(stringTokens("'\\ud800'"), new FakeHost());
        assertEquals("\ud800", lone.value());
        Expr.Constant astral = (Expr.Constant) StringLiterals.concatenate(stringTokens("'\\U0001F600'"), new FakeHost());
        assertEquals("\ud83d\ude00", astral.value());
    }

    @Test
    void invalidUtf8InLiteral() {
        String[][] cases = {
            {"print(\"b\u00f6se\")\n", "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte"},
            {"x = 'a\\n\u00c3\u00a4\u00c3\u00a4\u00f6'\n", "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 4: invalid start byte"},
            {"x = r'\\n\u00c3'\n", "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 2: unexpected end of data"},
        };
        for (String[] c : cases) {
            // Each char below U+0100 stands for one byte of the file.
            byte[] source = c[0].getBytes(StandardCharsets.ISO_8859_1);
            PythonSyntaxError e = org.junit.jupiter.api.Assertions.assertThrows(PythonSyntaxError.class,
                    () -> Parser.parseModule(source, "t.py"));
            assertEquals(c[1], e.msg);
        }
    }

    private static List<String> readResource(String name) throws IOException {
        try (InputStream in = StringLiteralsTest.class.getResourceAsStream(name)) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return List.of(all.split("\n"));
        }
    }

    /** The STRING tokens of src, which holds nothing but strings, names, '=', parentheses and spaces. */
    static List<Token> stringTokens(String src) {
        List<Token> tokens = new ArrayList<>();
        int line = 1, lineStart = 0;
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            int q = i;
            while (q < src.length() && "rRbBuUfF".indexOf(src.charAt(q)) >= 0) q++;
            boolean startsString = q < src.length() && (src.charAt(q) == '\'' || src.charAt(q) == '"')
                    && (i == 0 || !Character.isLetterOrDigit(src.charAt(i - 1)));
            if (!startsString) {
                if (c == '\r' && i + 1 < src.length() && src.charAt(i + 1) == '\n') i++;
                if (c == '\n' || c == '\r') {
                    line++;
                    lineStart = i + 1;
                }
                i++;
                continue;
            }
            char quote = src.charAt(q);
            boolean triple = src.startsWith("" + quote + quote + quote, q);
            int j = q + (triple ? 3 : 1);
            int startLine = line, startCol = FStringParser.utf8Length(src, lineStart, i);
            while (true) {
                char d = src.charAt(j);
                if (d == '\\') {
                    j++;
                } else if (triple ? src.startsWith("" + quote + quote + quote, j) : d == quote) {
                    j += triple ? 3 : 1;
                    break;
                }
                if (src.charAt(j) == '\r' && src.charAt(j + 1) == '\n') j++;
                if (src.charAt(j) == '\n' || src.charAt(j) == '\r') {
                    line++;
                    lineStart = j + 1;
                }
                j++;
            }
            tokens.add(new Token(TokenType.STRING, src.substring(i, j), startLine, startCol, line,
                    FStringParser.utf8Length(src, lineStart, j)));
            i = j;
        }
        return tokens;
    }

    /**
     * Parses "(expr)" where expr is made of names, attribute accesses, ints,
     * comparisons and parentheses; a token on line L, column C of the text is
     * placed at line startingLineno + L - 1, column C (plus startingColOffset
     * when L is 1), as the real parser's sub-tokenizer places it.
     */
    static final class FakeHost implements FStringHost {
        /** Comparison operators in CmpOpKind order (Eq, NotEq, Lt, LtE, Gt, GtE), tried from the end so "<=" wins over "<". */
        private static final String[] CMP_OPS = {"==", "!=", "<", "<=", ">", ">="};
        private String text;
        private int pos, line, lineStart, startingLineno, startingColOffset;

        @Override
        public PythonSyntaxError syntaxError(String msg) {
            return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, null, 1, 1, 1, 1, null);
        }

        @Override
        public PythonSyntaxError syntaxErrorAt(Token t, String msg) {
            return syntaxError(msg);
        }

        @Override
        public void invalidEscape(Token t, String message) {
        }

        @Override
        public byte[] uncheckedBytes(Token t) {
            return null;
        }

        @Override
        public Expr parseFStringExpression(String text, int startingLineno, int startingColOffset) {
            this.text = text;
            this.pos = 0;
            this.line = 1;
            this.lineStart = 0;
            this.startingLineno = startingLineno;
            this.startingColOffset = startingColOffset;
            Expr e = comparison();
            skipSpace();
            if (pos != text.length()) throw new IllegalStateException("fake host cannot parse " + text);
            return e;
        }

        private Expr comparison() {
            Expr left = primary();
            List<CmpOpKind> ops = new ArrayList<>();
            List<Expr> comparators = new ArrayList<>();
            while (true) {
                skipSpace();
                CmpOpKind op = null;
                for (int k = CMP_OPS.length - 1; k >= 0; k--) {
                    if (text.startsWith(CMP_OPS[k], pos)) {
                        op = CmpOpKind.values()[k];
                        pos += CMP_OPS[k].length();
                        break;
                    }
                }
                if (op == null) break;
                ops.add(op);
                comparators.add(primary());
            }
            if (ops.isEmpty()) return left;
            taipan.ast.Located l = (taipan.ast.Located) left;
            taipan.ast.Located r = (taipan.ast.Located) comparators.get(comparators.size() - 1);
            return new Expr.Compare(left, ops, comparators, l.lineno(), l.colOffset(), r.endLineno(), r.endColOffset());
        }

        private Expr primary() {
            skipSpace();
            int[] start = here();
            Expr e;
            char c = text.charAt(pos);
            if (c == '(') {
                pos++;
                e = comparison();
                skipSpace();
                expect(')');
            } else if (Character.isDigit(c)) {
                int s = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
                int[] end = here();
                e = new Expr.Constant(Long.parseLong(text.substring(s, pos)), null, start[0], start[1], end[0], end[1]);
            } else {
                String id = name();
                int[] end = here();
                e = new Expr.Name(id, ExprContext.Load, start[0], start[1], end[0], end[1]);
            }
            while (true) {
                skipSpace();
                if (pos >= text.length() || text.charAt(pos) != '.') return e;
                pos++;
                skipSpace();
                String attr = name();
                int[] end = here();
                Located l = new Located(e);
                e = new Expr.Attribute(e, attr, ExprContext.Load, l.line, l.col, end[0], end[1]);
            }
        }

        private record Located(int line, int col) {
            Located(Expr e) {
                this(((taipan.ast.Located) e).lineno(), ((taipan.ast.Located) e).colOffset());
            }
        }

        private String name() {
            int s = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            if (s == pos) throw new IllegalStateException("fake host cannot parse " + text);
            return text.substring(s, pos);
        }

        private void expect(char c) {
            if (pos >= text.length() || text.charAt(pos) != c) {
                throw new IllegalStateException("fake host cannot parse " + text);
            }
            pos++;
        }

        private void skipSpace() {
            while (pos < text.length() && " \t\f\n".indexOf(text.charAt(pos)) >= 0) {
                if (text.charAt(pos) == '\n') {
                    line++;
                    lineStart = pos + 1;
                }
                pos++;
            }
        }

        private int[] here() {
            int col = FStringParser.utf8Length(text, lineStart, pos);
            return new int[] {startingLineno + line - 1, line == 1 ? startingColOffset + col : col};
        }
    }
}
