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
import taipan.ast.Expr;
import taipan.ast.ExprContext;
import taipan.source.PythonSyntaxError;
import taipan.tokenizer.Token;
import taipan.tokenizer.TokenType;

/**
 * Checks {@link StringLiterals#concatenate} against CPython 3.11's ast.dump (or
 * SyntaxError message) for every case in string_literals.txt, which
 * tools/gen_string_literal_cases.py generates with CPython. The STRING tokens
 * are found by a small scanner here and replacement-field expressions are
 * parsed by a stand-in host that knows names, attribute chains, ints and
 * parentheses, placing tokens as the real parser's fstring sub-parser does.
 */
class StringLiteralsTest {

    @Test
    void matchesCPython() throws IOException {
        List<String> lines = readCases();
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            String src = unescape(lines.get(i).substring(4));
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

    @Test
    void surrogateEscapes() {
        Expr.Constant lone = (Expr.Constant) StringLiterals.concatenate(stringTokens("'\\ud800'"), new FakeHost());
        assertEquals("\ud800", lone.value());
        Expr.Constant astral = (Expr.Constant) StringLiterals.concatenate(stringTokens("'\\U0001F600'"), new FakeHost());
        assertEquals("\ud83d\ude00", astral.value());
    }

    private static List<String> readCases() throws IOException {
        try (InputStream in = StringLiteralsTest.class.getResourceAsStream("string_literals.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return List.of(all.split("\n"));
        }
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            sb.append(switch (e) {
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                default -> e;
            });
        }
        return sb.toString();
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
     * Parses "(expr)" where expr is made of names, attribute accesses, ints and
     * parentheses; a token on line L, column C of the text is placed at line
     * startingLineno + L, column C (plus startingColOffset when L is 1).
     */
    static final class FakeHost implements FStringHost {
        private String text;
        private int pos, line, lineStart, startingLineno, startingColOffset;

        @Override
        public PythonSyntaxError syntaxError(String msg) {
            return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, null, 1, 1, 1, 1, null);
        }

        @Override
        public Expr parseFStringExpression(String text, int startingLineno, int startingColOffset) {
            this.text = text;
            this.pos = 0;
            this.line = 1;
            this.lineStart = 0;
            this.startingLineno = startingLineno;
            this.startingColOffset = startingColOffset;
            Expr e = primary();
            skipSpace();
            if (pos != text.length()) throw new IllegalStateException("fake host cannot parse " + text);
            return e;
        }

        private Expr primary() {
            skipSpace();
            int[] start = here();
            Expr e;
            char c = text.charAt(pos);
            if (c == '(') {
                pos++;
                e = primary();
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
            return new int[] {startingLineno + line, line == 1 ? startingColOffset + col : col};
        }
    }
}
