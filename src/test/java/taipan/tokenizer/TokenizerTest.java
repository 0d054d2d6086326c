package taipan.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;

/** Hand-written expectations for the tokenizer's features (positions as CPython's C tokenizer). */
class TokenizerTest {
    static List<Token> tokens(String src) {
        Tokenizer t = new Tokenizer(SourceFile.fromString(src, "<t>"));
        List<Token> out = new ArrayList<>();
        for (;;) {
            Token k = t.next();
            out.add(k);
            if (k.type == TokenType.ENDMARKER || k.type == TokenType.ERRORTOKEN) return out;
        }
    }

    /** "TYPE text line:col-endLine:endCol" per token, space separated (ENDMARKER left out). */
    static String dump(String src) {
        StringBuilder sb = new StringBuilder();
        for (Token k : tokens(src)) {
            if (k.type == TokenType.ENDMARKER) break;
            if (!sb.isEmpty()) sb.append(" | ");
            sb.append(k.type).append(' ').append(k.text).append(' ').append(k.line).append(':').append(k.col)
                    .append('-').append(k.endLine).append(':').append(k.endCol);
        }
        return sb.toString();
    }

    @Test
    void simpleStatement() {
        assertEquals("NAME x 1:0-1:1 | OP = 1:2-1:3 | NUMBER 1 1:4-1:5 | NEWLINE  1:5-1:5", dump("x = 1\n"));
    }

    @Test
    void missingFinalNewlineIsAdded() {
        assertEquals("NAME x 1:0-1:1 | NEWLINE  1:1-1:1", dump("x"));
        assertEquals("NAME x 1:0-1:1 | NEWLINE  1:2-1:11", dump("x # comment"));
    }

    @Test
    void indentAndDedentHaveNoColumn() {
        assertEquals("NAME if 1:0-1:2 | NAME x 1:3-1:4 | OP : 1:4-1:5 | NEWLINE  1:5-1:5 | INDENT  2:-1-2:-1"
                + " | NAME y 2:4-2:5 | NEWLINE  2:5-2:5 | DEDENT  3:-1-3:-1 | NAME z 3:0-3:1 | NEWLINE  3:1-3:1",
                dump("if x:\n    y\nz\n"));
    }

    @Test
    void blankAndCommentLinesDoNotCount() {
        assertEquals("NAME x 1:0-1:1 | NEWLINE  1:1-1:1 | NAME y 5:0-5:1 | NEWLINE  5:1-5:1",
                dump("x\n\n   # c\n\t\ny\n"));
    }

    @Test
    void bracketsJoinLines() {
        assertEquals("OP ( 1:0-1:1 | NUMBER 1 1:1-1:2 | OP , 1:2-1:3 | NUMBER 2 3:2-3:3 | OP ) 3:3-3:4"
                + " | NEWLINE  3:5-3:8", dump("(1,\n\n  2) # c\n")); // NEWLINE starts at a comment before it
    }

    @Test
    void backslashJoinsLines() {
        assertEquals("NAME x 1:0-1:1 | OP = 1:2-1:3 | NUMBER 1 2:2-2:3 | NEWLINE  2:3-2:3", dump("x = \\\n  1\n"));
    }

    @Test
    void tabsAndFormFeeds() {
        // a tab goes to the next multiple of 8 (and counts 1 for the consistency check);
        // a form feed resets the column
        assertEquals("OK", TokenizerErrorsTest.run("if 1:\n\tx\n\ty\n".getBytes()));
        assertEquals("OK", TokenizerErrorsTest.run("if 1:\n  x = 1\n \f  y\n".getBytes()));
        assertEquals("TabError|inconsistent use of tabs and spaces in indentation|3|1|3|0|        y\\n",
                TokenizerErrorsTest.run("if 1:\n\tx\n        y\n".getBytes()));
    }

    @Test
    void crlfAndCr() {
        assertEquals("NAME x 1:0-1:1 | NEWLINE  1:1-1:1 | NAME y 2:0-2:1 | NEWLINE  2:1-2:1", dump("x\r\ny\r"));
    }

    @Test
    void stringsWithPrefixes() {
        assertEquals("STRING rb'x' 1:0-1:5 | STRING F\"\" 1:6-1:9 | NAME ur 1:10-1:12 | STRING 'x' 1:12-1:15"
                + " | NEWLINE  1:15-1:15", dump("rb'x' F\"\" ur'x'\n"));
    }

    @Test
    void multiLineStringStartsOnFirstLine() {
        assertEquals("NAME x 1:0-1:1 | OP = 1:2-1:3 | STRING '''a\nb''' 1:4-2:4 | NEWLINE  2:4-2:4",
                dump("x = '''a\nb'''\n"));
    }

    @Test
    void numbers() {
        assertEquals("NUMBER 0x_1F 1:0-1:5 | NUMBER 1_0.5e-3j 1:6-1:15 | NUMBER .5 1:16-1:18 | NUMBER 1. 1:19-1:21",
                dump("0x_1F 1_0.5e-3j .5 1.").replace(" | NEWLINE  1:21-1:21", ""));
        assertEquals("NUMBER 1 1:0-1:1 | NAME if 1:1-1:3 | NUMBER 1 1:4-1:5 | NAME else 1:5-1:9 | NUMBER 2 1:10-1:11"
                + " | NEWLINE  1:11-1:11", dump("1if 1else 2\n"));
    }

    @Test
    void numberWarningsCanBecomeErrors() {
        List<String> seen = new ArrayList<>();
        Tokenizer t = new Tokenizer(SourceFile.fromString("x = 1if y else 2\n", "<t>").withWarnings((cat, msg, file, line) -> {
            seen.add(cat + ": " + msg + " @" + line);
            return true;
        }));
        t.next();
        t.next();
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, t::next);
        assertEquals(List.of("SyntaxWarning: invalid decimal literal @1"), seen);
        assertEquals("invalid decimal literal", e.msg);
        assertEquals(5, e.offset);
    }

    @Test
    void operatorsAreInterned() {
        List<Token> ts = tokens("a **= b -> c := d ... e <> f $\n");
        List<String> ops = ts.stream().filter(t -> t.type == TokenType.OP).map(t -> t.text).toList();
        assertEquals(List.of("**=", "->", ":=", "...", "<>", "$"), ops);
        assertSame("**=", ops.get(0));
        assertSame("$", ops.get(5));
    }

    @Test
    void nonAsciiNamesAreNfkcNormalized() {
        Token t = tokens("\ufb01x = 1\n").get(0);
        assertEquals("fix", t.text);
        assertEquals(0, t.col);
        assertEquals(4, t.endCol); // bytes: U+FB01 is three bytes
        assertEquals("NAME \u00e9t\u00e9 1:0-1:5", dump("\u00e9t\u00e9").split(" \\| ")[0]);
    }

    @Test
    void asyncAndAwaitArePlainNames() {
        assertEquals(TokenType.NAME, tokens("async def f(): await x\n").get(0).type);
    }

    @Test
    void errorsAreLazy() {
        Tokenizer t = new Tokenizer(SourceFile.fromString("x = 1\ny = \u20ac\n", "<t>"));
        for (int i = 0; i < 6; i++) t.next(); // x = 1 NEWLINE y =
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, t::next);
        assertEquals("invalid character '\u20ac' (U+20AC)", e.msg);
        assertEquals(2, e.lineno);
        assertSame(e, assertThrows(PythonSyntaxError.class, t::next));
    }

    @Test
    void levelAndUnclosedParen() {
        Tokenizer t = new Tokenizer(SourceFile.fromString("f(a, [b,\n", "<t>"));
        for (int i = 0; i < 5; i++) t.next();
        assertEquals(2, t.level());
        PythonSyntaxError e = t.unclosedParenError();
        assertEquals("'[' was never closed", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(6, e.offset);
        assertEquals(0, e.endOffset);
    }

    @Test
    void checkRestForErrorsFindsLaterTokenizerErrors() {
        Tokenizer t = new Tokenizer(SourceFile.fromString("1 +\nx = 0o8\n", "<t>"));
        for (int i = 0; i < 3; i++) t.next();
        PythonSyntaxError e = t.checkRestForErrors(1);
        assertEquals("invalid digit '8' in octal literal", e.msg);
        assertEquals(2, e.lineno);

        t = new Tokenizer(SourceFile.fromString("x = (1,\ny = 2 +\n", "<t>"));
        for (int i = 0; i < 9; i++) t.next();
        e = t.checkRestForErrors(2);
        assertEquals("'(' was never closed", e.msg);

        t = new Tokenizer(SourceFile.fromString("x = (1 2\n", "<t>"));
        for (int i = 0; i < 5; i++) t.next();
        assertNull(t.checkRestForErrors(1)); // bracket opened on the error line: keep the parser's error
    }

    @Test
    void fstringSubExpressionOffsets() {
        // "(a +\n b)" whose first line is line 3, column 7 of the enclosing file
        Tokenizer t = new Tokenizer(SourceFile.fromString("(a +\n b)", "<t>"), 3, 7);
        Token lpar = t.next();
        Token a = t.next();
        t.next();
        Token b = t.next();
        assertEquals("3:7-3:8", lpar.line + ":" + lpar.col + "-" + lpar.endLine + ":" + lpar.endCol);
        assertEquals("3:8-3:9", a.line + ":" + a.col + "-" + a.endLine + ":" + a.endCol);
        assertEquals("4:1-4:2", b.line + ":" + b.col + "-" + b.endLine + ":" + b.endCol);
    }

    @Test
    void sourceFilePositions() {
        SourceFile f = SourceFile.fromString("\u00e9\u00e9 = 1 +\nx\n", "f.py");
        assertEquals("\u00e9\u00e9 = 1 +", f.lineText(1));
        assertEquals(2, f.lineCount());
        assertEquals(2, f.charColumn(1, 4));
        assertEquals(11, f.lineOffset(2));
        PythonSyntaxError e = f.error(PythonSyntaxError.Kind.SyntaxError, "invalid syntax", 1, 9, 1, 10);
        assertEquals(8, e.offset);
        assertEquals(9, e.endOffset);
        // bytes without a declared encoding: pegen leaves byte offsets unconverted
        SourceFile g = SourceFile.fromBytes("\u00e9\u00e9 = 1 +\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "g");
        assertEquals(10, g.error(PythonSyntaxError.Kind.SyntaxError, "m", 1, 9, 1, 10).offset);
        assertTrue(g.utf8().length == 11);
        // a script: byte offsets too, and the text is the whole line as reread from the file
        SourceFile h = SourceFile.fromScript("x = 1\n\u00e9\u00e9 = 1 +".getBytes(java.nio.charset.StandardCharsets.UTF_8), "h");
        e = h.error(PythonSyntaxError.Kind.SyntaxError, "invalid syntax", 2, 10, 2, 10);
        assertEquals(11, e.offset);
        assertEquals("\u00e9\u00e9 = 1 +", e.text);
        assertEquals("x = 1\n", h.error(PythonSyntaxError.Kind.SyntaxError, "m", 1, 0, 1, 0).text);
    }
}
