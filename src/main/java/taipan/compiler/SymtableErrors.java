package taipan.compiler;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;

/**
 * Builds the SyntaxErrors of the symbol-table stage the way CPython 3.11 does
 * ({@code PyErr_RangedSyntaxLocationObject}): offsets are the AST's UTF-8 byte
 * columns plus one, never converted to characters, and the text is not the
 * tokenizer's but line {@code lineno} of the file re-read from disk: split with
 * universal newlines, strictly UTF-8 decoded (None when the line is not valid
 * UTF-8, or when there is no file), a BOM kept, "\n" appended unless it is an
 * unterminated last line. With no file bytes given the source's own line (plus
 * "\n") stands in, which is the same for a UTF-8 file without BOM.
 */
final class SymtableErrors {
    private final SourceFile source;
    private final byte[] fileBytes;
    private final boolean useFile;

    /** Error text from the source's own lines. */
    SymtableErrors(SourceFile source) {
        this.source = source;
        this.fileBytes = null;
        this.useFile = false;
    }

    /** Error text re-read from {@code fileBytes} (null: there is no file, the text is None). */
    SymtableErrors(SourceFile source, byte[] fileBytes) {
        this.source = source;
        this.fileBytes = fileBytes;
        this.useFile = true;
    }

    /** An error at 0-based byte columns col..endCol (the offsets reported are col + 1, endCol + 1). */
    PythonSyntaxError at(String msg, int line, int col, int endLine, int endCol) {
        return make(msg, line, col + 1, endLine, endCol + 1);
    }

    /** An error with the 1-based offset given as is (future.c's positions) and end offset None. */
    PythonSyntaxError atOffset(String msg, int line, int offset) {
        return make(msg, line, offset, line, PythonSyntaxError.NONE);
    }

    /** An error without location (CPython: a directive that cannot be found). */
    PythonSyntaxError unlocated(String msg) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, source.filename(),
            PythonSyntaxError.NONE, PythonSyntaxError.NONE, PythonSyntaxError.NONE, PythonSyntaxError.NONE, null);
    }

    private PythonSyntaxError make(String msg, int line, int offset, int endLine, int endOffset) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, source.filename(), line, offset,
            endLine, endOffset, text(line));
    }

    private String text(int line) {
        if (!useFile) return line >= 1 && line <= source.lineCount() ? source.lineText(line) + "\n" : null;
        if (fileBytes == null || line < 1) return null;
        int start = 0;
        int n = fileBytes.length;
        for (int current = 1; current < line; current++) {
            int end = lineEnd(start);
            if (end >= n) return null;
            start = end + (fileBytes[end] == '\r' && end + 1 < n && fileBytes[end + 1] == '\n' ? 2 : 1);
        }
        if (start >= n) return null;
        int end = lineEnd(start);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(fileBytes, start, end - start)).toString();
            return end < n ? text + "\n" : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < fileBytes.length && fileBytes[i] != '\n' && fileBytes[i] != '\r') i++;
        return i;
    }
}
